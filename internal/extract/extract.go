package extract

import (
	"fmt"
	"slices"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/dates"
	"github.com/newsfacts/newsfacts/internal/extract/entities"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/numbers"
	"github.com/newsfacts/newsfacts/internal/extract/quotes"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Options says what to extract and against which reference date.
type Options struct {
	// Kinds to output; nil means all of facts.Kinds.
	Kinds []string
	// Date is the article's reference date from the command line, or nil to
	// look for it in the text.
	Date *time.Time
	// Disable names rules to switch off, for an ablation in newsfacts
	// eval (see CheckRules); nil runs every rule, as the shipped binary
	// does.
	Disable []string
	// Carry, when set, is the entity state of the earlier windows of one
	// large document (canonical names and ids, bounded: see
	// entities.Carry), which this window reads and updates; nil for a
	// whole document.
	Carry *entities.Carry
}

// NewCarry returns the entity state of a large document's first window
// (entities.NewCarry with the default bound).
func NewCarry() *entities.Carry { return entities.NewCarry(0) }

// Context is what every extractor sees: the parsed article and the facts
// found so far, from which each step passes its dependencies on as
// arguments.
type Context struct {
	article.Article
	Out *facts.Document
	opt Options
}

type extractor struct {
	kind string
	// needs lists the kinds whose facts this extractor reads from Out.
	needs []string
	// entities is set when the extractor reads the entity tagger's output
	// (doc.Document.Entities), so Parse runs the tagger only when needed.
	entities bool
	run      func(*Context)
}

// registry is in dependency order: an extractor comes after all it needs.
var registry = []extractor{
	{kind: facts.KindSentences, run: sentences},
	{kind: facts.KindDates, run: func(c *Context) {
		c.Out.Dates = append(c.Out.Dates, dates.Extract(&c.Article)...)
	}},
	{kind: facts.KindNationalities, run: func(c *Context) {
		c.Out.Nationalities = append(c.Out.Nationalities, nationalities.Extract(&c.Article)...)
	}},
	{kind: facts.KindEntities, needs: []string{facts.KindNationalities}, entities: true, run: func(c *Context) {
		c.Out.Entities = append(c.Out.Entities, entities.Extract(&c.Article, c.Out.Nationalities, entities.Options{Disable: c.opt.Disable, Carry: c.opt.Carry})...)
	}},
	{kind: facts.KindNumbers, needs: []string{facts.KindDates}, run: func(c *Context) {
		c.Out.Numbers = append(c.Out.Numbers, numbers.Extract(&c.Article, c.Out.Dates, numbers.Options{Disable: c.opt.Disable})...)
	}},
	{kind: facts.KindQuotes, needs: []string{facts.KindEntities}, entities: true, run: func(c *Context) {
		qs := quotes.Extract(&c.Article, c.Out.Entities)
		entities.LinkSpeakers(c.Out.Entities, qs)
		c.Out.Quotes = append(c.Out.Quotes, qs...)
	}},
}

// CheckRules returns an error naming the first name that is no rule that
// Options.Disable can switch off.
func CheckRules(names []string) error {
	all := RuleNames()
	for _, n := range names {
		if !slices.Contains(all, n) {
			return fmt.Errorf("unknown rule %q (want one of %v)", n, all)
		}
	}
	return nil
}

// RuleNames lists the rules Options.Disable can name: the entity rules,
// then the numbers' exclusion rules. No two kinds share a rule name.
func RuleNames() []string {
	var out []string
	for _, r := range entities.Rules {
		out = append(out, r.Name)
	}
	return append(out, numbers.RuleNames()...)
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
	if err := CheckRules(opt.Disable); err != nil {
		return nil, err
	}
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
	c := &Context{Article: article.Article{Doc: d}, Out: out, opt: opt}
	if opt.Date != nil {
		c.Ref, c.HasRef = *opt.Date, true
		out.DateSource = facts.DateSourceFlag
	} else if ref, source, ok := dates.ArticleDate(d); ok {
		c.Ref, c.HasRef = ref, true
		out.DateSource = source
	}
	if c.HasRef {
		s := c.Ref.Format(time.DateOnly)
		out.Date = &s
	}
	// A text without a sentence (empty or blank) has no facts to find:
	// the extractors' lexicons, built at their first call, are not needed
	// (two thirds of such a run). TestNoFactsWithoutSentences holds every
	// extractor to that.
	if len(d.Sentences) > 0 {
		for _, e := range steps {
			e.run(c)
		}
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

func sentences(c *Context) {
	for _, s := range c.Doc.Sentences {
		c.Out.Sentences = append(c.Out.Sentences, facts.Sentence{Index: s.Index, Text: s.Text,
			Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
}
