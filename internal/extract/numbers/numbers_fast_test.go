package numbers

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/dates"
)

// TestSkipMatchesExhaustive is the differential test of run's skip over
// pieces no number is within reach of: on the TempEval-3 corpus and on
// the rule rows' sentences, the numbers are those of trying every piece.
func TestSkipMatchesExhaustive(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus: not in -short")
	}
	docs, _ := articletest.TBAQ(t, doc.Options{})
	for _, s := range []string{
		"Between 10 and 20 percent voted; from 5,600 to 8,870 nautical miles.",
		"No more than minus US $ 5 and a few million people, half of them; twice as many.",
		"It rose to a half million, three-quarters of the vote, two thirds of 20.",
	} {
		d, err := doc.Parse(s, doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	for i, d := range docs {
		c := &article.Article{Doc: d}
		c.Ref, c.HasRef = dates.ReferenceDate(d)
		ds := dates.Extract(c)
		fast, slow := extract(c, ds, nil, false), extract(c, ds, nil, true)
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("document %d (%.60q): skipping finds\n%v\nevery piece finds\n%v", i, strings.TrimSpace(d.Text), fast, slow)
		}
	}
}

// TestCoreWords checks the core word set against denominator and
// multiplierWords, the readers it stands for.
func TestCoreWords(t *testing.T) {
	lx := numbersLexicon()
	p := &numParser{lx: lx}
	var ws []string
	for w := range lx.words {
		ws = append(ws, w, w+"s", strings.TrimSuffix(w, "s"))
	}
	for w := range multiplierWords {
		ws = append(ws, w)
	}
	ws = append(ws, "half", "halves", "quarters", "thirds", "the", "s", "")
	for _, w := range ws {
		_, mult := multiplierWords[w]
		if want := mult || p.denominator(w) != 0; lx.coreWords[w] != want {
			t.Errorf("coreWords[%q] = %v, want %v", w, lx.coreWords[w], want)
		}
	}
}

// TestCoreFlag checks the core flag the lexer sets against coreWords, for
// whole tokens and words cut from a token.
func TestCoreFlag(t *testing.T) {
	lx := numbersLexicon()
	text := "Half of them, twice as many, one-half of it, three-quarters, the thirds; Twice 5-fold halves"
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nl := newNumLexer(lx, text)
	ps := lexSentence(nl, nil, d.Tokens, 0)
	cores := 0
	for _, pc := range ps {
		want := pc.kind == pOther && lx.coreWords[pc.low]
		if pc.core != want {
			t.Errorf("piece %q (kind %d): core %v, want %v", pc.text, pc.kind, pc.core, want)
		}
		if pc.core {
			cores++
		}
	}
	if cores < 6 {
		t.Errorf("%d core words in %q, want at least 6", cores, text)
	}
}

// TestRoundValueWhole checks roundValue's fast path for whole numbers
// against the round trip through twelve significant digits it skips.
func TestRoundValueWhole(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -7, 1e6, 525799999, 999999999999, -999999999999,
		1e12, 123456789012345, 1 << 53, 2.5e9, 17e9, 0.5, 525.8 * 1e6} {
		want, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := roundValue(v); got != want || math.Signbit(got) != math.Signbit(want) {
			t.Errorf("roundValue(%v) = %v, want %v", v, got, want)
		}
	}
}
