package entities

import (
	"unicode"

	"github.com/newsfacts/newsfacts/internal/doc"
	lists "github.com/newsfacts/newsfacts/internal/gazetteer"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// makers relabels ORG a MISC mention that is a company's name standing
// alone: "Boeing said", "Airbus delivered", where the tagger, trained on
// 1996 Reuters that wrote "Airbus" mostly before a model ("Airbus A340"),
// says MISC (a product). The name must be in the tagger's company list and
// neither an English word ("New", "General") nor a nationality word
// ("American", "Dutch", names of airlines), and no model designation may
// follow it: "Boeing 787" and "Airbus A380" stay products.
func makers(d *doc.Document, ms []ment) {
	m, err := ner.Default()
	if err != nil {
		return
	}
	var words []string
	for i := range ms {
		mt := &ms[i]
		if mt.label != "MISC" || mt.fixed || mt.e > 0 {
			continue
		}
		if mt.b < len(d.Tokens) && modelDesignation(d.Tokens[mt.b].Text) {
			continue
		}
		words = words[:0]
		common := true
		for _, t := range d.Tokens[mt.a:mt.b] {
			words = append(words, t.Text)
			common = common && m.CommonWord(t.Text)
		}
		// A nationality word in the company list ("American", "Dutch":
		// airlines) is the nationality first.
		if t := m.ListTypes(words); !common && t&(1<<lists.Company) != 0 && t&(1<<lists.Nationality) == 0 {
			mt.label = "ORG"
		}
	}
}

// modelDesignation reports whether a word names a model after its maker:
// it holds a digit ("787", "A380", "737-800").
func modelDesignation(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
