package dates

import (
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
)

// TestContextHelpers: each helper gives what the whole-sentence form it
// replaces gave, for every comparison the rules make.
func TestContextHelpers(t *testing.T) {
	long := strings.Repeat("Words before THE ", 10)
	for _, s := range []string{"", " ", "the", "  The  ", "since ", "at 2082.1, down 4.5% from THE", long, long + "Ünïcödé İstanbul ", "a\u00a0b\u2003"} {
		if got, want := lastWordLower(s), lastField(strings.Fields(strings.ToLower(s))); got != want {
			t.Errorf("lastWordLower(%q) = %q, want %q", s, got, want)
		}
		for _, w := range []string{"the", " the", "at", "then ", "then-", long[:40]} {
			if got, want := strings.HasSuffix(tailLower(s), w), strings.HasSuffix(strings.ToLower(s), w); got != want {
				t.Errorf("HasSuffix(tailLower(%q), %q) = %v, want %v", s, w, got, want)
			}
			if got, want := strings.HasPrefix(headLower(s), w), strings.HasPrefix(strings.ToLower(s), w); got != want {
				t.Errorf("HasPrefix(headLower(%q), %q) = %v, want %v", s, w, got, want)
			}
			if got, want := headLower(s) == w, strings.ToLower(s) == w; got != want {
				t.Errorf("headLower(%q) == %q: %v, want %v", s, w, got, want)
			}
		}
	}
}

func lastField(f []string) string {
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// TestTokenRange: the binary search finds the tokens the walk of the
// sentence found, for spans on, inside, across and between tokens.
func TestTokenRange(t *testing.T) {
	d, err := doc.Parse("Talks resumed on Tuesday,  May 30, in Pristina.", doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks := d.Tokens
	for st := 0; st <= len(d.Text); st++ {
		for en := st; en <= len(d.Text); en++ {
			first, last := -1, -1
			for i, tk := range toks {
				if tk.End > st && tk.Start < en {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if f, l := tokenRange(toks, st, en); f != first || l != last {
				t.Fatalf("[%d:%d]: got %d..%d, want %d..%d", st, en, f, l, first, last)
			}
		}
	}
}

// TestLongSentenceLinear: one sentence of many dates and no verb (a table
// pasted as one line) once cost the square of its length. CPU time for 4x
// the sentence must grow less than 8x (16x is quadratic); a warm-up run
// keeps the one-time loading of the rules out of it.
func TestLongSentenceLinear(t *testing.T) {
	const unit = "John Smith France 111 12.5% May 3, 2023 and the previous Friday in March "
	ref := time.Date(2023, 5, 30, 0, 0, 0, 0, time.UTC)
	cost := func(n int) time.Duration {
		d, err := doc.Parse(strings.Repeat(unit, n), doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		before := cpuTime()
		got := Extract(&article.Article{Doc: d, Ref: ref, HasRef: true})
		took := cpuTime() - before
		if len(got) < n {
			t.Errorf("%d dates in %d units, want at least as many", len(got), n)
		}
		return took
	}
	cost(10)
	small, large := cost(1000), cost(4000)
	if large > 8*small+200*time.Millisecond {
		t.Errorf("CPU time %s for 1,000 units, %s for 4,000: not linear", small, large)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestKeepDisjoint: the marking pass keeps what comparing with every kept
// candidate kept, on many overlapping candidates.
func TestKeepDisjoint(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		var cands []timex
		for range n {
			st := r.IntN(300)
			cands = append(cands, timex{start: st, end: st + 1 + r.IntN(20)})
		}
		var want []timex
		for _, c := range cands {
			if !slices.ContainsFunc(want, func(k timex) bool { return c.start < k.end && k.start < c.end }) {
				want = append(want, c)
			}
		}
		if got := keepDisjoint(cands); !slices.Equal(got, want) {
			t.Fatalf("%d candidates: got %v, want %v", n, got, want)
		}
	}
}
