package extract

import (
	"fmt"
	"slices"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Options says what to extract and against which reference date.
type Options struct {
	// Kinds to output; nil means all of facts.Kinds.
	Kinds []string
	// Date is the article's reference date from the command line, or nil to
	// look for it in the text.
	Date *time.Time
}

// Context is what every extractor sees: the parsed document, the reference
// date and the facts found so far by the extractors it depends on.
type Context struct {
	Doc *doc.Document
	// Ref is the reference date; HasRef is false when none was given or found.
	Ref    time.Time
	HasRef bool
	Out    *facts.Document
}

type extractor struct {
	kind string
	// needs lists the kinds whose facts this extractor reads from Out.
	needs []string
	// entities is set when the extractor reads prose's entity labels.
	entities bool
	run      func(*Context)
}

// registry is in dependency order: an extractor comes after all it needs.
var registry = []extractor{
	{kind: facts.KindSentences, run: sentences},
	{kind: facts.KindDates, run: dates},
	{kind: facts.KindNationalities, run: nationalities},
	{kind: facts.KindEntities, needs: []string{facts.KindNationalities}, entities: true, run: entities},
	{kind: facts.KindNumbers, needs: []string{facts.KindDates}, run: numbers},
	{kind: facts.KindQuotes, needs: []string{facts.KindEntities}, entities: true, run: quotes},
}

// CheckKinds returns an error naming the first unknown kind.
func CheckKinds(kinds []string) error {
	for _, k := range kinds {
		if !slices.Contains(facts.Kinds, k) {
			return fmt.Errorf("unknown kind %q (want one of %v)", k, facts.Kinds)
		}
	}
	return nil
}

// plan returns the extractors to run for the wanted kinds, with everything
// they depend on, in registry order.
func plan(wanted []string) []extractor {
	need := map[string]bool{}
	var add func(string)
	add = func(k string) {
		if need[k] {
			return
		}
		need[k] = true
		for _, e := range registry {
			if e.kind == k {
				for _, n := range e.needs {
					add(n)
				}
			}
		}
	}
	for _, k := range wanted {
		add(k)
	}
	var out []extractor
	for _, e := range registry {
		if need[e.kind] {
			out = append(out, e)
		}
	}
	return out
}

// Run parses text and extracts the facts asked for. Facts of kinds that were
// only computed as dependencies are left out of the result.
func Run(source, text string, opt Options) (*facts.Document, error) {
	wanted := opt.Kinds
	if wanted == nil {
		wanted = facts.Kinds
	}
	steps := plan(wanted)
	withEntities := false
	for _, e := range steps {
		withEntities = withEntities || e.entities
	}
	d, err := doc.Parse(text, doc.Options{Entities: withEntities})
	if err != nil {
		return nil, err
	}
	out := facts.New(source)
	out.Input = text
	c := &Context{Doc: d, Out: out}
	if opt.Date != nil {
		c.Ref, c.HasRef = *opt.Date, true
		out.DateSource = "flag"
	} else if ref, ok := referenceDate(d); ok {
		c.Ref, c.HasRef = ref, true
		out.DateSource = "text"
	}
	if c.HasRef {
		s := c.Ref.Format(time.DateOnly)
		out.Date = &s
	}
	for _, e := range steps {
		e.run(c)
	}
	empty := facts.New(source)
	for _, k := range facts.Kinds {
		if !slices.Contains(wanted, k) {
			clearKind(out, empty, k)
		}
	}
	out.Sort()
	return out, nil
}

// clearKind empties the list of kind k in out.
func clearKind(out, empty *facts.Document, k string) {
	switch k {
	case facts.KindSentences:
		out.Sentences = empty.Sentences
	case facts.KindEntities:
		out.Entities = empty.Entities
	case facts.KindNumbers:
		out.Numbers = empty.Numbers
	case facts.KindNationalities:
		out.Nationalities = empty.Nationalities
	case facts.KindDates:
		out.Dates = empty.Dates
	case facts.KindQuotes:
		out.Quotes = empty.Quotes
	}
}

// span builds the Span of text[start:end].
func (c *Context) span(start, end int) facts.Span {
	return facts.Span{Text: c.Doc.Text[start:end], Start: start, End: end, Sentence: c.Doc.SentenceAt(start)}
}

func sentences(c *Context) {
	for _, s := range c.Doc.Sentences {
		c.Out.Sentences = append(c.Out.Sentences, facts.Sentence{Index: s.Index, Text: s.Text,
			Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
}
