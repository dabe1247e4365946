package entities

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// TestMakers: a company's name the tagger called a product (MISC) is the
// company when it stands alone, and stays a product before a model.
func TestMakers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		tok        int // the MISC mention: token tok alone
		fixed      bool
		want       string
	}{
		{"maker alone is the company", "Boeing said on Monday it would cut jobs.", 0, false, "ORG"},
		{"maker in capitals", "Shares of AIRBUS rose.", 2, false, "ORG"},
		{"maker before a model number", "Boeing 787 deliveries resumed.", 0, false, "MISC"},
		{"maker before an alphanumeric model", "Airbus A380 flights resumed.", 0, false, "MISC"},
		{"nationality word that names an airline", "American travellers said so.", 0, false, "MISC"},
		{"common English word in the company list", "The New plan failed.", 1, false, "MISC"},
		{"label a stronger rule fixed", "Boeing said so.", 0, true, "MISC"},
		{"not a company", "Xqzzv said so.", 0, false, "MISC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := doc.Parse(tc.text, doc.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ms := []ment{{a: tc.tok, b: tc.tok + 1, label: "MISC", fixed: tc.fixed}}
			makers(d, ms)
			if ms[0].label != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.text, d.Tokens[tc.tok].Text, ms[0].label, tc.want)
			}
		})
	}
}

// TestNamedNorp: the nationality ranges that become NORP mentions, given
// the tagger's mention over them.
func TestNamedNorp(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		ment       ment     // the tagger's mention
		norp       [][2]int // nationality token ranges
		want       [][2]int
	}{
		{"an event keeps its nationality", "He won the British Masters .",
			ment{a: 3, b: 5, label: "MISC"}, [][2]int{{3, 4}}, nil},
		{"nationalities that make up a name are one", "The Bosnian Serb army .",
			ment{a: 1, b: 3, label: "MISC"}, [][2]int{{1, 2}, {2, 3}}, [][2]int{{1, 3}}},
		{"an organisation's nationality is split off", "German KFOR troops .",
			ment{a: 0, b: 2, label: "ORG"}, [][2]int{{0, 1}}, [][2]int{{0, 1}}},
		{"a nationality alone", "The Iraqi army .",
			ment{a: 1, b: 2, label: "MISC"}, [][2]int{{1, 2}}, [][2]int{{1, 2}}},
		{"no mention over it", "Iraqi troops in Kosovo .",
			ment{a: 3, b: 4, label: "GPE"}, [][2]int{{0, 1}}, [][2]int{{0, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := doc.Parse(tc.text, doc.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := namedNorp(d, []ment{tc.ment}, tc.norp)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestSurnamesOutvoted: a fuller person name relabels the one-word
// mentions of its last word, unless the tagger reads that word one other
// way more than maxOutvoted times as often.
func TestSurnamesOutvoted(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		full       [2]int   // the fuller PERSON mention
		word       string   // its last word, mentioned alone
		labels     []string // the tagger's labels of the one-word mentions
		want       string
	}{
		{"a slip of the tagger", "Jens Stoltenberg spoke . Stoltenberg left .",
			[2]int{0, 2}, "Stoltenberg", []string{"ORG"}, "PERSON"},
		{"a place throughout its story", "Lebed Chechnya plan . Chechnya talks . Peace in Chechnya . War in Chechnya .",
			[2]int{0, 2}, "Chechnya", []string{"GPE", "GPE", "GPE"}, "GPE"},
		{"a word the tagger cannot settle", "Barnett Slepian died . Slepian was shot . Slepian lived . Slepian worked .",
			[2]int{0, 2}, "Slepian", []string{"MISC", "ORG", "GPE"}, "PERSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := doc.Parse(tc.text, doc.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ms := []ment{{a: tc.full[0], b: tc.full[1], label: "PERSON"}}
			k := 0
			for i, tok := range d.Tokens {
				if tok.Text == tc.word && i >= tc.full[1] {
					ms = append(ms, ment{a: i, b: i + 1, label: tc.labels[k]})
					k++
				}
			}
			if k != len(tc.labels) {
				t.Fatalf("%d mentions of %s, want %d", k, tc.word, len(tc.labels))
			}
			surnames(d, ms)
			if got := ms[1].label; got != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.text, tc.word, got, tc.want)
			}
		})
	}
}
