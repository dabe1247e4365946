package postag

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/emoticon"
)

func prose(t testing.TB) *tag.Tagger {
	t.Helper()
	p, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ours(t testing.TB) *Tagger {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m.NewTagger()
}

// compare tags one sentence with both taggers and reports the first
// difference.
func compare(t testing.TB, p *tag.Tagger, g *Tagger, words []string) bool {
	t.Helper()
	want := p.Tag(words)
	got := make([]string, len(words))
	g.Tag(words, got)
	for i := range words {
		if got[i] != want[i].Tag {
			t.Errorf("%q in %q: got %q, prose %q", words[i], strings.Join(words, " "), got[i], want[i].Tag)
			return false
		}
	}
	return true
}

// TestSpecialCases covers each rule that bypasses the model, and words of
// each normalisation, in sentence context.
func TestSpecialCases(t *testing.T) {
	p, g := prose(t), ours(t)
	for name, sentence := range map[string]string{
		"lone hyphen":               "He left - quietly .",
		"emoticon":                  "Great news :-) and :( too xD",
		"handle":                    "@newsfacts said so @",
		"traces":                    "0 * *U* *?* *-1 *T*-12 *-1234 *T* *t*-1",
		"bracket literals":          "-LRB- yes -RRB- -LCB- -lrb- -LRBX-",
		"year and signed integers":  "In 1999 , +123 and -123 rose by 12 %",
		"hyphenated":                "a well-known long-term -led plan",
		"capitals and non-ASCII":    "The ÉCOLE and Zürich STRASSE “ quoted ” it’s",
		"unambiguous words":         "The of and to a in is was",
		"digits lead":               "3rd 42nd 9am 1,000 3.5",
		"empty and odd bytes":       "x \u00a0 ½ ﬁ İstanbul",
		"short words at the bounds": "I a",
	} {
		t.Run(name, func(t *testing.T) {
			compare(t, p, g, strings.Fields(sentence))
		})
	}
	compare(t, p, g, []string{"", "a", ""})
	compare(t, p, g, []string{"two words", "NN VB", "i word x"})
}

// TestMatchesProse is the differential test of the issue: every token of
// the TBAQ news corpus (segmented and tokenised by prose) and of every
// CoNLL-2003 validation sentence gets prose's tag.
func TestMatchesProse(t *testing.T) {
	p, g := prose(t), ours(t)
	texts, _ := devdata.TBAQ(t)
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	tok := tokenize.New()
	tokens, failed := 0, 0
	check := func(words []string) {
		if len(words) > 0 && failed < 5 {
			tokens += len(words)
			if !compare(t, p, g, words) {
				failed++
			}
		}
	}
	for _, text := range texts {
		for _, s := range seg.Segment(text) {
			var words []string
			for _, w := range tok.Tokenize(s.Text) {
				words = append(words, w.Text)
			}
			check(words)
		}
	}
	for _, d := range devdata.CoNLLValid(t) {
		for _, sent := range d {
			var words []string
			for _, w := range sent {
				words = append(words, w.Text)
			}
			check(words)
		}
	}
	t.Logf("%d tokens compared", tokens)
}

// TestEmoticonsAreSymbols checks the copied emoticon list against prose:
// each one alone is SYM for both.
func TestEmoticonsAreSymbols(t *testing.T) {
	p, g := prose(t), ours(t)
	for _, e := range emoticon.All() {
		if compare(t, p, g, []string{e}) && p.Tag([]string{e})[0].Tag != "SYM" {
			t.Errorf("%q is not SYM in prose", e)
		}
	}
}

var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// FuzzMatchesProse tags arbitrary space-separated words with both taggers;
// it also holds the hand-written trace and bracket tests to prose's
// regular expressions.
func FuzzMatchesProse(f *testing.F) {
	for _, s := range []string{
		"The U.S. well-known 1999 *T*-1 -LRB- :) @x",
		"*-123 *A*-1 *ab*-1 ** *_* *-",
		"İ ﬁ \xff 0 - --",
	} {
		f.Add(s)
	}
	p, g := prose(f), ours(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		for _, w := range words {
			if isTrace(w) != noneRe.MatchString(w) {
				t.Fatalf("isTrace(%q) = %v", w, isTrace(w))
			}
			if isBracketLiteral(w) != keepRe.MatchString(w) {
				t.Fatalf("isBracketLiteral(%q) = %v", w, isBracketLiteral(w))
			}
		}
		compare(t, p, g, words)
	})
}
