package tokenize_test

import (
	"strings"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/emoticon"
	. "github.com/newsfacts/newsfacts/internal/tokenize"
)

var reference = prose.New()

// compare tokenises text with both tokenizers and reports the first
// difference.
func compare(t testing.TB, text string) bool {
	t.Helper()
	want := reference.Tokenize(text)
	got := Append(nil, text)
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			t.Errorf("%q: token %d: got none, prose %q at %d", text, i, want[i].Text, want[i].Start)
		case i >= len(want):
			t.Errorf("%q: token %d: got %q at %d, prose none", text, i, got[i].Text, got[i].Start)
		case got[i].Text != want[i].Text || got[i].Start != want[i].Start || got[i].End != want[i].End():
			t.Errorf("%q: token %d: got %q at [%d:%d], prose %q at [%d:%d]", text, i,
				got[i].Text, got[i].Start, got[i].End, want[i].Text, want[i].Start, want[i].End())
		default:
			if text[got[i].Start:got[i].End] != got[i].Text {
				t.Errorf("%q: token %q does not sit at [%d:%d]", text, got[i].Text, got[i].Start, got[i].End)
				return false
			}
			continue
		}
		return false
	}
	return true
}

// TestRules holds one row per rule of prose's tokenizer, each checked
// against prose itself and against the tokens written out.
func TestRules(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"white space of every kind", " a\tb\u00a0c\u2003d \n e\u0085f ", []string{"a", "b", "c", "d", "e", "f"}},
		{"prefixes", `$5 (a "b [c “d ‘e`, []string{"$", "5", "(", "a", `"`, "b", "[", "c", "“", "d", "‘", "e"}},
		{"a lone prefix stays whole", `$ ( " [ “ ‘`, []string{"$", "(", `"`, "[", "“", "‘"}},
		{"suffixes in source order", `a, b). c!"] d;? e:' f”’`,
			[]string{"a", ",", "b", ")", ".", "c", "!", `"`, "]", "d", ";", "?", "e", ":", "'", "f", "”", "’"}},
		{"a lone suffix stays whole", `, ) . ’ ”`, []string{",", ")", ".", "’", "”"}},
		{"initialisms keep their stops", "U.S. p.m. a.b.c. U.S", []string{"U.S.", "p.m.", "a.b.c.", "U.S"}},
		{"short capitalised abbreviations", "Mr. Gen. Dr Mrs. Sept. MR. mr.", []string{"Mr.", "Gen.", "Dr", "Mrs.", "Sept", ".", "MR", ".", "mr", "."}},
		{"abbreviation inside brackets", "(Mr.) (U.S.),", []string{"(", "Mr.", ")", "(", "U.S.", ")", ","}},
		{"contractions", "don't they'll I'm we're it's CAN'T", []string{"do", "n't", "they", "'ll", "I", "'m", "we", "'re", "it", "'s", "CA", "N'T"}},
		{"curly contractions", "don’t they’ll I’m we’re it’s", []string{"do", "n’t", "they", "’ll", "I", "’m", "we", "’re", "it", "’s"}},
		{"a leading contraction counts nowhere", "'s's 's n't", []string{"'s's", "'s", "n't"}},
		{"earliest contraction first", "o's'll x'sn't", []string{"o", "'s", "'ll", "x", "'s", "n't"}},
		{"contraction then suffix", `"don't."`, []string{`"`, "do", "n't", ".", `"`}},
		{"emoticons", ":) :-) (-8 ¯\\(ツ)/¯ (:", []string{":", ")", ":-)", "(-8", "¯\\(ツ)/¯", "(:"}},
		{"emoticon after a prefix", "((: [-:", []string{"(", "(:", "[-:"}},
		{"URLs and e-mail stay whole", "https://example.com/a?b=c. me@x.org,", []string{"https://example.com/a?b=c", ".", "me@x.org", ","}},
		{"invalid bytes are not space", "a\xffb \xff.", []string{"a\xffb", "\xff", "."}},
		{"empty", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			compare(t, c.text)
			var got []string
			for _, tok := range Append(nil, c.text) {
				got = append(got, tok.Text)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// TestMatchesProse is the differential test: every sentence doc.Parse finds
// in the TBAQ news corpus, every whole article, and every CoNLL-2003
// validation sentence (its tokens joined by spaces) gets prose's tokens.
func TestMatchesProse(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	texts, failed := 0, 0
	check := func(s string) {
		texts++
		if failed < 5 && !compare(t, s) {
			failed++
		}
	}
	for _, text := range articles {
		check(text)
		d, err := doc.Parse(text, doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Sentences {
			check(s.Text)
		}
	}
	for _, d := range devdata.CoNLLValid(t) {
		for _, sent := range d {
			words := make([]string, len(sent))
			for i, w := range sent {
				words[i] = w.Text
			}
			check(strings.Join(words, " "))
		}
	}
	t.Logf("%d texts compared", texts)
}

// FuzzMatchesProse tokenises arbitrary input, valid UTF-8 or not, with
// both tokenizers.
func FuzzMatchesProse(f *testing.F) {
	for _, s := range []string{
		"",
		`He said "hi there" to me.`,
		"He said “hi there” to me. It’s Mr. Smith’s (U.S.) car.",
		"They'll say don't, won't, and I'm. 'S's N'T n’T",
		"$100 (roughly) [see note] — 50% off!",
		"emoji 🎉 \u00a0 \u2028 \u0085 \xff\xfe a.b. Ab. ABC.",
		"(-8 :) 8-D ((: ¯\\(ツ)/¯ xDD.",
		"n’T’S’ll’RE’m 'LL'Re'M N'T ’s’s “‘$([x]”’",
		"A.b.C.d. Ab.. “Mr.” (U.S.), ‘Gen.’ $:-) [-:] :)))!",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		compare(t, s)
	})
}

// TestLongSpans holds the spans that once cost the square of their length
// (a suffix stripped per round, each round rescanning the span): each is
// checked against prose on a size prose still handles, and for time on a
// large one.
func TestLongSpans(t *testing.T) {
	for _, c := range []struct{ name, head, unit string }{
		{"nested closing brackets", "word", ")"},
		{"mixed suffixes and quote marks", "word", `)!.?,"”’`},
		{"initials closed by suffixes", strings.Repeat("a.", 300) + "(", ".)"},
		{"contractions far apart", "x's", strings.Repeat("a", 50) + "'"},
		{"curly contraction before suffixes", "they’ll", "’”"},
	} {
		t.Run(c.name, func(t *testing.T) {
			compare(t, c.head+strings.Repeat(c.unit, 600))
			big := c.head + strings.Repeat(c.unit, (1<<20)/len(c.unit))
			start := time.Now()
			toks := Append(nil, big)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%d bytes took %s: not linear", len(big), d)
			}
			if toks[len(toks)-1].End != len(big) {
				t.Errorf("tokens end at %d, not %d", toks[len(toks)-1].End, len(big))
			}
		})
	}
}

// TestEmoticonsFitMaxSpecial guards the shortcut of spanState.special: a
// span longer than MaxSpecial is never an emoticon.
func TestEmoticonsFitMaxSpecial(t *testing.T) {
	for _, e := range emoticon.All() {
		if len(e) > MaxSpecial {
			t.Errorf("emoticon %q is longer than %d bytes", e, MaxSpecial)
		}
	}
}
