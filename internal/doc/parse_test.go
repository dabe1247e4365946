package doc

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentenceTexts(t *testing.T, text string) []string {
	t.Helper()
	d, err := Parse(text, Options{Entities: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range d.Sentences {
		if got := text[s.Start:s.End]; got != s.Text {
			t.Fatalf("sentence %d: text[%d:%d] = %q, want %q", s.Index, s.Start, s.End, got, s.Text)
		}
		out = append(out, s.Text)
	}
	checkOffsets(t, d)
	return out
}

// checkOffsets asserts that every token and entity locates its own text.
func checkOffsets(t *testing.T, d *Document) {
	t.Helper()
	for _, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q at %d:%d locates %q", tok.Text, tok.Start, tok.End, d.Text[tok.Start:tok.End])
		}
		s := d.Sentences[tok.Sentence]
		if tok.Start < s.Start || tok.End > s.End {
			t.Fatalf("token %q at %d:%d outside its sentence %d:%d", tok.Text, tok.Start, tok.End, s.Start, s.End)
		}
	}
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %q at %d:%d locates %q", e.Text, e.Start, e.End, d.Text[e.Start:e.End])
		}
	}
}

func TestSegmentation(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"headline is its own sentence",
			"NATO sends troops to Kosovo\n\nThe alliance said on Tuesday it would act.",
			[]string{"NATO sends troops to Kosovo", "The alliance said on Tuesday it would act."}},
		{"headline on the line before the body",
			"NATO sends troops to Kosovo\nThe alliance said on Tuesday it would send more troops to the region soon.",
			[]string{"NATO sends troops to Kosovo", "The alliance said on Tuesday it would send more troops to the region soon."}},
		{"photo credit after a caption",
			"Soldiers guard a building in Zvecan, Tuesday, May 30, 2023. (AP Photo/Bojan Slavkovic)\n\nThe NATO chief spoke.",
			[]string{"Soldiers guard a building in Zvecan, Tuesday, May 30, 2023.", "(AP Photo/Bojan Slavkovic)", "The NATO chief spoke."}},
		{"bracket that continues the sentence is kept",
			"Talks start at 3 p.m. (1900 GMT) on Tuesday in Brussels.",
			[]string{"Talks start at 3 p.m. (1900 GMT) on Tuesday in Brussels."}},
		{"sub-heading and source line",
			"Kosovo is tense.\n\nGrowing tensions\n\nProtesters clashed with police.\n\nSource: TRT",
			[]string{"Kosovo is tense.", "Growing tensions", "Protesters clashed with police.", "Source: TRT"}},
		{"hard-wrapped paragraph is not split at line ends",
			"The alliance will put a battalion from the reserve forces on heightened alert so\nit can also be deployed if needed, Jens Stoltenberg told a news conference on\nTuesday along with Norwegian Prime Minister Jonas Gahr Store.",
			[]string{"The alliance will put a battalion from the reserve forces on heightened alert so\nit can also be deployed if needed, Jens Stoltenberg told a news conference on\nTuesday along with Norwegian Prime Minister Jonas Gahr Store."}},
		{"title abbreviation at a line end does not end the sentence",
			"The statement was read by Mr.\nSmith, the spokesman.",
			[]string{"The statement was read by Mr.\nSmith, the spokesman."}},
		{"title before a surname that is also a word does not end the sentence",
			"\"We will fight,\" added Mr. Bell. Mrs. Young agreed.",
			[]string{"\"We will fight,\" added Mr. Bell.", "Mrs. Young agreed."}},
		{"a full stop after U.S. still ends the sentence",
			"The troops went home to the U.S. They left on Monday.",
			[]string{"The troops went home to the U.S.", "They left on Monday."}},
		{"CRLF line ends",
			"Headline here\r\n\r\nFirst sentence. Second one.\r\n",
			[]string{"Headline here", "First sentence.", "Second one."}},
		{"byte order mark is skipped",
			"\uFEFFHeadline\n\nBody text.",
			[]string{"Headline", "Body text."}},
		{"no final newline", "One. Two", []string{"One.", "Two"}},
		{"multi-byte text keeps offsets",
			"Zürich’s mayor — Corine Mauch — said “no”.\n\nŁódź agreed.",
			[]string{"Zürich’s mayor — Corine Mauch — said “no”.", "Łódź agreed."}},
		{"empty input", "", nil},
		{"only white space", " \n\r\n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(t, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("sentences:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSampleArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := sentenceTexts(t, string(b))
	for _, want := range []string{
		"NATO sends hundreds of more troops to Kosovo as tensions escalate",
		"(AP Photo/Bojan Slavkovic)",
		"Growing tensions",
		"Source: TRT",
	} {
		found := false
		for _, s := range got {
			found = found || s == want
		}
		if !found {
			t.Errorf("no sentence %q in %q", want, got)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d, err := Parse("  One. Two. Three.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for off, want := range map[int]int{0: -1, 2: 0, 6: 0, 7: 1, 17: 2} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "A. B.", "Head\n\nBody. (AP Photo/X)\r\n", "\uFEFF“Quote,” he said.", "Mr.\nX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		d, err := Parse(text, Options{Entities: true})
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, d)
		prev := 0
		for _, s := range d.Sentences {
			if s.Start < prev || s.End < s.Start || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad sentence %+v", s)
			}
			prev = s.End
		}
	})
}
