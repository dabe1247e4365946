package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// proseLabels maps prose's ACE-style labels to ours. GSP (geo-social-
// political) is a GPE for readers.
var proseLabels = map[string]string{
	"PERSON":       "PERSON",
	"ORGANIZATION": "ORG",
	"GPE":          "GPE",
	"GSP":          "GPE",
	"LOCATION":     "LOC",
	"FACILITY":     "FAC",
}

func entities(c *Context) {
	for _, e := range c.Doc.Entities {
		label, ok := proseLabels[e.Label]
		if !ok {
			continue
		}
		c.Out.Entities = append(c.Out.Entities, facts.Entity{Span: c.span(e.Start, e.End), Label: label})
	}
	canonicalise(c.Out.Entities)
}

// canonicalise sets each entity's Canonical to the longest mention of the
// same label whose words end with, or start with, the mention's words:
// "Stoltenberg" after "Jens Stoltenberg".
func canonicalise(es []facts.Entity) {
	for i := range es {
		best := es[i].Text
		words := strings.Fields(best)
		for _, o := range es {
			if o.Label != es[i].Label || len(o.Text) <= len(best) {
				continue
			}
			ow := strings.Fields(o.Text)
			if hasWords(ow, words) {
				best = o.Text
			}
		}
		es[i].Canonical = strings.Join(strings.Fields(best), " ")
	}
}

// hasWords reports whether sub is a prefix or suffix of words.
func hasWords(words, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(words) {
		return false
	}
	return equalWords(words[:len(sub)], sub) || equalWords(words[len(words)-len(sub):], sub)
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
