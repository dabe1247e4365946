package window_test

import (
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/render"
	. "github.com/newsfacts/newsfacts/internal/window"
)

func TestBounds(t *testing.T) {
	for _, c := range []struct {
		name, text string
		size       int
		want       []string
	}{
		{"within one window", "a\n\nb\n", 10, []string{"a\n\nb\n"}},
		{"empty", "", 10, []string{""}},
		{"after the first blank line past the size", "aaaa\n\nbb\n\ncc\n", 3, []string{"aaaa\n\n", "bb\n\ncc\n"}},
		{"blank line of spaces and CRLF", "aaaa\r\n \r\nbbbb\r\n", 3, []string{"aaaa\r\n \r\n", "bbbb\r\n"}},
		{"a long paragraph is cut at a line break", "aaa\nbbb\nccc\nddd\neee\nfff\n", 2, []string{"aaa\n", "bbb\n", "ccc\n", "ddd\n", "eee\nfff\n"}},
		{"a long line is cut after a space", "aaaaa bbbbbbbbbbbbbbbbbbbbbbbb", 4, []string{"aaaaa ", strings.Repeat("b", 4), strings.Repeat("b", 4), strings.Repeat("b", 4), strings.Repeat("b", 4), strings.Repeat("b", 8)}},
		{"a line with no space is cut at a character", strings.Repeat("é", 9), 5, []string{"éé", "éé", "ééééé"}},
		{"a long line ending in a break is cut before it", strings.Repeat("a", 50) + "\n\nb", 4, append(slices.Repeat([]string{"aaaa"}, 11), "aaaaaa\n\n", "b")},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			end := 0
			for _, b := range Bounds(c.text, c.size) {
				if b[0] != end {
					t.Fatalf("windows do not meet: %v", Bounds(c.text, c.size))
				}
				end = b[1]
				got = append(got, c.text[b[0]:b[1]])
			}
			if end != len(c.text) || !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func run(kinds []string) Extract {
	return func(text string, date *time.Time) (*facts.Document, error) {
		return extract.Run("x", text, extract.Options{Kinds: kinds, Date: date})
	}
}

func marshal(t *testing.T, d *facts.Document) string {
	t.Helper()
	b, err := render.Marshal(d, "")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOrdinaryArticlesUnchanged: an article within one window comes out
// exactly as from extract.Run, with every kind and with the sentences left
// out.
func TestOrdinaryArticlesUnchanged(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	for _, kinds := range [][]string{nil, {facts.KindDates, facts.KindQuotes}} {
		withSentences := append(slices.Clone(kinds), facts.KindSentences)
		if kinds == nil {
			withSentences = nil
		}
		for i, text := range articles {
			want, err := extract.Run("x", text, extract.Options{Kinds: kinds})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Run("x", text, Options{Size: Size}, Sentences(kinds), run(withSentences))
			if err != nil {
				t.Fatal(err)
			}
			if a, b := marshal(t, got), marshal(t, want); a != b {
				t.Fatalf("article %d, kinds %v: windowed output differs\ngot  %.300s\nwant %.300s", i, kinds, a, b)
			}
		}
	}
}

// TestWindowsJoin: a text of many articles in small windows gives each
// window's facts at offsets and indexes of the whole text, every span
// pointing at its own text and into its own sentence, and progress adds up
// to the whole.
func TestWindowsJoin(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	text := strings.Join(articles[:40], "\n\n")
	const size = 16 << 10
	if n := len(Bounds(text, size)); n < 4 {
		t.Fatalf("only %d windows", n)
	}
	done := 0
	d, err := Run("x", text, Options{Size: size, Progress: func(n int) { done += n }}, true, run(nil))
	if err != nil {
		t.Fatal(err)
	}
	if done != len(text) {
		t.Errorf("progress %d of %d bytes", done, len(text))
	}
	para := 0
	for i, s := range d.Sentences {
		if s.Index != i || text[s.Start:s.End] != s.Text || s.Paragraph < para {
			t.Fatalf("sentence %d: %+v", i, s)
		}
		para = s.Paragraph
	}
	check := func(kind string, sp facts.Span) {
		if text[sp.Start:sp.End] != sp.Text {
			t.Fatalf("%s %q at %d is not the text there", kind, sp.Text, sp.Start)
		}
		if s := d.Sentences[sp.Sentence]; sp.Start < s.Start || sp.Start >= s.End {
			t.Fatalf("%s %q at %d is not in its sentence %d [%d:%d]", kind, sp.Text, sp.Start, sp.Sentence, s.Start, s.End)
		}
	}
	for _, e := range d.Entities {
		check("entity", e.Span)
	}
	for _, e := range d.Numbers {
		check("number", e.Span)
	}
	for _, e := range d.Dates {
		check("date", e.Span)
	}
	for _, e := range d.Nationalities {
		check("nationality", e.Span)
	}
	for _, q := range d.Quotes {
		check("quote", q.Span)
		if q.SpeakerEnd > q.SpeakerStart && text[q.SpeakerStart:q.SpeakerEnd] != q.SpeakerText {
			t.Fatalf("speaker %q at %d", q.SpeakerText, q.SpeakerStart)
		}
		if q.CueEnd > q.CueStart && text[q.CueStart:q.CueEnd] != q.Cue {
			t.Fatalf("cue %q at %d", q.Cue, q.CueStart)
		}
	}
	// The last window on its own, shifted, is what the join holds for it.
	b := Bounds(text, size)
	last := b[len(b)-1]
	alone, err := extract.Run("x", text[last[0]:last[1]], extract.Options{Date: refOf(t, d)})
	if err != nil {
		t.Fatal(err)
	}
	// Entity ids go on from the windows before: none is reused.
	before := 0
	for _, e := range d.Entities {
		if e.Start < last[0] {
			before = max(before, e.Entity)
		}
	}
	var tail []facts.Entity
	for _, e := range d.Entities {
		if e.Start >= last[0] {
			if e.Entity <= before {
				t.Fatalf("entity %q of the last window has id %d, used before it", e.Text, e.Entity)
			}
			e.Start -= last[0]
			e.End -= last[0]
			e.Sentence -= len(d.Sentences) - len(alone.Sentences)
			e.Entity -= before
			tail = append(tail, e)
		}
	}
	if !slices.Equal(tail, alone.Entities) {
		t.Errorf("the last window's entities differ from the window extracted alone")
	}
}

func refOf(t *testing.T, d *facts.Document) *time.Time {
	if d.Date == nil {
		return nil
	}
	r, err := time.Parse(time.DateOnly, *d.Date)
	if err != nil {
		t.Fatal(err)
	}
	return &r
}

// FuzzBounds: for any text and window, the windows cover the text in
// order without gaps, none is empty but for an empty text, each ends on a
// character boundary, and none is larger than 4 windows plus its last line
// (a window holding a blank line or a line break past the size ends there).
func FuzzBounds(f *testing.F) {
	f.Add("a\n\nb", 1)
	f.Add("aaaa\r\n \r\nbbbb\r\n", 3)
	f.Add(strings.Repeat("é", 20), 5)
	f.Add(strings.Repeat("x y\n", 40), 7)
	f.Fuzz(func(t *testing.T, text string, size int) {
		if size <= 0 || size > 1<<20 || !utf8.ValidString(text) {
			return // input is checked for UTF-8 before any window
		}
		end := 0
		for _, b := range Bounds(text, size) {
			if b[0] != end || b[1] < b[0] || b[1] == b[0] && text != "" {
				t.Fatalf("windows %v of %q", Bounds(text, size), text)
			}
			if b[1] < len(text) && !utf8.RuneStart(text[b[1]]) {
				t.Fatalf("window [%d:%d] ends inside a character", b[0], b[1])
			}
			w := text[b[0]:b[1]]
			if n := len(w) - len(w[:strings.LastIndexByte(strings.TrimRight(w, " \t\r\n"), '\n')+1]); len(w) > 4*size+n+size && b[1] < len(text) {
				t.Fatalf("window [%d:%d] of %d bytes for size %d", b[0], b[1], len(w), size)
			}
			end = b[1]
		}
		if end != len(text) {
			t.Fatalf("windows end at %d of %d", end, len(text))
		}
	})
}

// readAll is Read's windows of text, read through a reader that gives at
// most 7 bytes a call, so windows and reads never line up.
func readAll(t *testing.T, text string, size int) []string {
	t.Helper()
	var got []string
	err := Read(iotest.HalfReader(&chunked{text, 7}), size, func(w string) error {
		got = append(got, w)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

type chunked struct {
	s string
	n int
}

func (c *chunked) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), c.n)], c.s)
	c.s = c.s[n:]
	return n, nil
}

func bounded(text string, size int) []string {
	var out []string
	for _, b := range Bounds(text, size) {
		out = append(out, text[b[0]:b[1]])
	}
	return out
}

// TestReadMatchesBounds: read a window at a time, ordinary text (TBAQ
// articles joined) and the cases of TestBounds are cut exactly as Bounds
// cuts the whole text; only a line of over 4 windows that ends in a blank
// line beyond Ahead windows is cut at its first line break instead.
func TestReadMatchesBounds(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	for _, c := range []struct {
		name, text string
		size       int
	}{
		{"articles joined", strings.Join(articles[:80], "\n\n"), 16 << 10},
		{"within one window", "a\n\nb\n", 10},
		{"empty", "", 10},
		{"blank line of spaces and CRLF", "aaaa\r\n \r\nbbbb\r\n", 3},
		{"a long paragraph", "aaa\nbbb\nccc\nddd\neee\nfff\n", 2},
		{"a long line", "aaaaa bbbbbbbbbbbbbbbbbbbbbbbb", 4},
		{"no space", strings.Repeat("é", 9), 5},
		{"a long line ending in a break", strings.Repeat("a", 50) + "\n\nb", 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, want := readAll(t, c.text, c.size), bounded(c.text, c.size); !slices.Equal(got, want) {
				t.Errorf("got %d windows %.200q, want %d %.200q", len(got), got, len(want), want)
			}
		})
	}
	text := "aaaaa\n" + strings.Repeat("x", 60) + "\n\nb"
	got, whole := readAll(t, text, 4), bounded(text, 4)
	if slices.Equal(got, whole) || got[0] != "aaaaa\n" {
		t.Errorf("the far blank line: got %q (whole text: %q)", got, whole)
	}
}

// FuzzRead: Read's windows cover the text in order, and match Bounds on
// any text whose lines are no longer than a window.
func FuzzRead(f *testing.F) {
	f.Add("a\n\nb", 1)
	f.Add("aaaa\r\n \r\nbbbb\r\n", 3)
	f.Add(strings.Repeat("x y\n", 40), 7)
	f.Add(strings.Repeat("ab\n\n", 30), 2)
	f.Fuzz(func(t *testing.T, text string, size int) {
		if size <= 0 || size > 1<<12 || !utf8.ValidString(text) {
			return
		}
		got := readAll(t, text, size)
		if strings.Join(got, "") != text {
			t.Fatalf("windows %q do not make %q", got, text)
		}
		for _, line := range strings.Split(text, "\n") {
			if len(line) > size {
				return
			}
		}
		if want := bounded(text, size); !slices.Equal(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}
