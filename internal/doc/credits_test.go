package doc

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/tokenize"
)

// splitCreditsNaive is splitCredits as it was, searching for the closing
// bracket afresh at every ". (": the reference for the one-scan version.
func splitCreditsNaive(out [][2]int, text string, start, end int) [][2]int {
	from := start
	for pos := start; pos < end; {
		i := strings.Index(text[pos:end], ". (")
		if i < 0 {
			break
		}
		open := pos + i + 2
		close := strings.IndexByte(text[open:end], ')')
		if close < 0 {
			break
		}
		rest := strings.TrimLeft(text[open+close+1:end], " \t")
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsUpper(r) {
			out = append(out, [2]int{from, open - 1})
			from = open
		}
		pos = open
	}
	return append(out, [2]int{from, end})
}

func TestSplitCredits(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"photo credit after a full stop", "Troops patrol in Zvecan, May 30, 2023. (AP Photo/Bojan Slavkovic)"},
		{"time in brackets goes on", "They met at 3 p.m. (1900 GMT) on Tuesday."},
		{"credit then a new sentence", "He left. (Reuters) Talks resumed."},
		{"two opens share one close", "a. (b a. (c) D"},
		{"opens after the last close", "a. (b) C. (d"},
		{"no close", "a. (b a. (c"},
	} {
		got := splitCredits(nil, c.text, 0, len(c.text))
		if want := splitCreditsNaive(nil, c.text, 0, len(c.text)); !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", c.name, got, want)
		}
	}
	// Many opens before one far close: once quadratic.
	big := strings.Repeat("a. (b ", 200000) + ") C"
	start := time.Now()
	got := splitCredits(nil, big, 0, len(big))
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("%d bytes took %s", len(big), d)
	}
	if len(got) != 200001 {
		t.Errorf("%d parts, want 200001", len(got))
	}
}

func TestCountParagraphs(t *testing.T) {
	for _, text := range []string{"", "\uFEFFa\n\nb", "a\r\n \r\nb\n\n\n c \n", "one line", "\n\n\n"} {
		d, err := Parse(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := CountParagraphs(text); got != len(d.Paragraphs) {
			t.Errorf("%q: %d paragraphs, Parse finds %d", text, got, len(d.Paragraphs))
		}
	}
}

// TestMaxSentenceTokens: a text with no sentence punctuation (a long
// line, a run of brackets) is cut into sentences of MaxSentenceTokens
// tokens, each starting and ending at a token, the tokens unchanged.
func TestMaxSentenceTokens(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("the talks went on and ", 700),
		"word" + strings.Repeat(")", 2500),
		"Short sentence. " + strings.Repeat("a ", MaxSentenceTokens) + "end.",
	} {
		d, err := Parse(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i, s := range d.Sentences {
			toks := d.SentenceTokens(i)
			if len(toks) > MaxSentenceTokens {
				t.Errorf("sentence %d has %d tokens", i, len(toks))
			}
			if len(toks) > 0 && (toks[0].Start < s.Start || toks[len(toks)-1].End > s.End) {
				t.Errorf("sentence %d [%d:%d] does not hold its tokens", i, s.Start, s.End)
			}
			for _, tk := range toks {
				if tk.Sentence != i || text[tk.Start:tk.End] != tk.Text {
					t.Fatalf("token %q at %d: sentence %d, want %d", tk.Text, tk.Start, tk.Sentence, i)
				}
			}
			n += len(toks)
		}
		if want := len(tokenize.Append(nil, text)); n != want || len(d.Sentences) < 2 {
			t.Errorf("%d tokens in %d sentences", n, len(d.Sentences))
		}
	}
}
