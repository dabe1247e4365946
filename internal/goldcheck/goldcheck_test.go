package goldcheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/eval"
	"github.com/newsfacts/newsfacts/internal/units"
)

// goldDir is relative to this package; the gold lives at the repository root so that
// `newsfacts eval testdata/gold/*.jsonl` works from a clone.
const goldDir = "../../testdata/gold"

// span is the part every gold item shares. Pointers tell a missing field from a zero one.
type span struct {
	Start *int    `json:"start"`
	End   *int    `json:"end"`
	Text  *string `json:"text"`
}

type entity struct {
	span
	Label *string `json:"label"`
}

type number struct {
	span
	Value     *float64 `json:"value"`
	ValueMax  *float64 `json:"value_max"`
	Qualifier *string  `json:"qualifier"`
	Unit      *string  `json:"unit"`
	Per       *string  `json:"per"`
	Counted   *string  `json:"counted"`
}

type nationality struct {
	span
	Country *string `json:"country"`
	Code    *string `json:"code"`
	Form    *string `json:"form"`
	Group   *string `json:"group"`
}

type date struct {
	span
	Type  *string `json:"type"`
	Value *string `json:"value"`
}

type quote struct {
	span
	Kind    *string `json:"kind"`
	Speaker *string `json:"speaker"`
	Cue     *string `json:"cue"`
}

type document struct {
	ID            *string        `json:"id"`
	Source        *string        `json:"source"`
	Date          *string        `json:"date"`
	Text          *string        `json:"text"`
	TextFrom      *eval.TextFrom `json:"text_from"`
	Entities      *[]entity      `json:"entities"`
	Numbers       *[]number      `json:"numbers"`
	Nationalities *[]nationality `json:"nationalities"`
	Dates         *[]date        `json:"dates"`
	Quotes        *[]quote       `json:"quotes"`
}

var (
	labels      = set("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
	qualifiers  = set("exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague")
	forms       = set("adjective", "person", "people")
	dateTypes   = set("DATE", "TIME", "DURATION", "SET")
	quoteKinds  = set("direct", "indirect", "mixed")
	measures    = set("", "percent", "pp", "point", "fraction", "times")
	isoCurrency = regexp.MustCompile(`^[A-Z]{3}$`)
	isoCountry  = regexp.MustCompile(`^[A-Z]{2}$`)
	isoDate     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	// A TIMEX3 value: dates, weeks, quarters, seasons, times, durations, the _REF values, sets.
	timexValue = regexp.MustCompile(`^(PRESENT_REF|PAST_REF|FUTURE_REF|P[0-9.]*[YMWDHS]|PT[0-9.]*[HMS]|[0-9X]{2,4}(-(W[0-9X]{2}(-[0-9])?|Q[1-4]|SP|SU|FA|WI|H[12]|[0-9X]{2}(-[0-9X]{2})?))?(T([0-9]{2}(:[0-9]{2})?|MO|AF|EV|NI))?)$`)
)

// knownUnit accepts the units of the contract: a count's "", the named
// ones, an ISO 4217 code, a canonical name of the units lexicon ("km",
// "yr") and an age in a time unit ("age_yr").
func knownUnit(u string) bool {
	if measures[u] || isoCurrency.MatchString(u) {
		return true
	}
	name, age := strings.CutPrefix(u, "age_")
	r, ok := units.ByName(name)
	return ok && (!age || r.Kind == "time")
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Opening and closing quotation marks as they occur in the corpora: straight, curly, and the
// PTB-style pairs of backquotes and apostrophes of the TimeBank/AQUAINT texts.
var (
	openMarks  = []string{`"`, "\u201c", "``", "'", "\u2018"}
	closeMarks = []string{`"`, "\u201d", "''", "'", "\u2019"}
)

func TestGoldFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no gold files in %s", goldDir)
	}
	ids := map[string]string{}
	corpora := map[string]map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		line := 0
		for sc.Scan() {
			line++
			where := fmt.Sprintf("%s:%d", filepath.Base(f), line)
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				t.Errorf("%s: blank line", where)
				continue
			}
			d, err := decode(t, sc.Bytes(), corpora)
			if err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			if prev, ok := ids[*d.ID]; ok {
				t.Errorf("%s: id %q already used at %s", where, *d.ID, prev)
			}
			ids[*d.ID] = where
			for _, p := range checkDocument(d) {
				t.Errorf("%s (%s): %s", where, *d.ID, p)
			}
		}
		if err := sc.Err(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// decode reads one document strictly: unknown fields are errors, so a misspelt attribute is
// not silently dropped.
// decode reads one gold line; corpora keeps the corpora a text_from
// reads, once per test rather than once per line (nil: not kept).
func decode(t *testing.T, line []byte, corpora map[string]map[string]string) (*document, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	var d document
	if err := dec.Decode(&d); err != nil {
		return nil, err
	}
	if d.TextFrom != nil {
		if d.Text != nil {
			return nil, fmt.Errorf("both text and text_from")
		}
		devdata.Path(t, ".") // the text lives in ../shared
		text, err := d.TextFrom.Resolve(goldDir, corpora)
		if err != nil {
			return nil, err
		}
		d.Text = &text
	}
	switch {
	case d.ID == nil || *d.ID == "":
		return nil, fmt.Errorf("missing id")
	case d.Source == nil || *d.Source == "":
		return nil, fmt.Errorf("missing source")
	case d.Text == nil || *d.Text == "":
		return nil, fmt.Errorf("missing text")
	case d.Date == nil || !isoDate.MatchString(*d.Date):
		return nil, fmt.Errorf("missing or malformed date")
	}
	return &d, nil
}

// checkDocument returns every problem found in one document.
func checkDocument(d *document) []string {
	c := &checker{text: *d.Text}
	if d.Entities != nil {
		check(c, "entities", *d.Entities, func(e *entity) *span { return &e.span }, entityProblem)
	}
	if d.Numbers != nil {
		check(c, "numbers", *d.Numbers, func(n *number) *span { return &n.span }, numberProblem)
	}
	if d.Nationalities != nil {
		check(c, "nationalities", *d.Nationalities, func(n *nationality) *span { return &n.span }, nationalityProblem)
	}
	if d.Dates != nil {
		check(c, "dates", *d.Dates, func(x *date) *span { return &x.span }, dateProblem)
	}
	if d.Quotes != nil {
		check(c, "quotes", *d.Quotes, func(q *quote) *span { return &q.span }, func(q *quote) string { return quoteProblem(c.text, q) })
	}
	return c.probs
}

// checker collects the problems of one document.
type checker struct {
	text  string
	probs []string
}

func (c *checker) bad(kind string, i int, s *span, msg string) {
	what := "?"
	if s.Text != nil {
		what = *s.Text
	}
	c.probs = append(c.probs, fmt.Sprintf("%s[%d] %q: %s", kind, i, what, msg))
}

// check reports each item's own problem (problem returns "" for none), then
// the problems of the kind's spans.
func check[T any](c *checker, kind string, items []T, spanOf func(*T) *span, problem func(*T) string) {
	spans := make([]*span, len(items))
	for i := range items {
		spans[i] = spanOf(&items[i])
		if msg := problem(&items[i]); msg != "" {
			c.bad(kind, i, spans[i], msg)
		}
	}
	c.spans(kind, spans)
}

// spans checks offsets and text, order, duplicates and overlaps for one kind.
func (c *checker) spans(kind string, items []*span) {
	for i, s := range items {
		if msg := c.spanProblem(s); msg != "" {
			c.bad(kind, i, s, msg)
			if s.Start == nil || s.End == nil || s.Text == nil || *s.Start < 0 || *s.Start >= *s.End || *s.End > len(c.text) {
				continue
			}
		}
		if strings.TrimSpace(*s.Text) != *s.Text {
			c.bad(kind, i, s, "span starts or ends with white space")
		}
		if i == 0 || items[i-1].Start == nil || items[i-1].End == nil {
			continue
		}
		if msg := orderProblem(items[i-1], s); msg != "" {
			c.bad(kind, i, s, msg)
		}
	}
}

// spanProblem checks that a span has offsets inside the text and the text
// they point at.
func (c *checker) spanProblem(s *span) string {
	switch {
	case s.Start == nil || s.End == nil || s.Text == nil:
		return "missing start, end or text"
	case *s.Start < 0 || *s.Start >= *s.End || *s.End > len(c.text):
		return fmt.Sprintf("offsets [%d,%d) outside the text (%d bytes)", *s.Start, *s.End, len(c.text))
	case c.text[*s.Start:*s.End] != *s.Text:
		return fmt.Sprintf("text[%d:%d] is %q", *s.Start, *s.End, c.text[*s.Start:*s.End])
	}
	return ""
}

// orderProblem checks a span against the one before it.
func orderProblem(p, s *span) string {
	switch {
	case *p.Start == *s.Start && *p.End == *s.End:
		return "duplicate span"
	case *p.Start > *s.Start || (*p.Start == *s.Start && *p.End > *s.End):
		return "not sorted by start, end"
	case *s.Start < *p.End:
		return fmt.Sprintf("overlaps the previous item %q", str(p.Text))
	}
	return ""
}

func str(p *string) string {
	if p == nil {
		return "<missing>"
	}
	return *p
}

func entityProblem(e *entity) string {
	if e.Label == nil || !labels[*e.Label] {
		return fmt.Sprintf("label %s not allowed", str(e.Label))
	}
	return ""
}

func numberProblem(n *number) string {
	switch {
	case n.Value == nil:
		return "missing value"
	case n.Qualifier == nil || !qualifiers[*n.Qualifier]:
		return fmt.Sprintf("qualifier %s not allowed", str(n.Qualifier))
	case n.Unit == nil || !knownUnit(*n.Unit):
		return fmt.Sprintf("unit %s not allowed", str(n.Unit))
	case n.Per != nil && (*n.Per == "" || strings.ContainsAny(*n.Per, " /")):
		return fmt.Sprintf("per %q: want one unit or noun", *n.Per)
	case n.Counted == nil:
		return "missing counted"
	case (*n.Qualifier == "range") != (n.ValueMax != nil):
		return "value_max must be given exactly for ranges"
	case n.ValueMax != nil && *n.ValueMax <= *n.Value:
		return fmt.Sprintf("value_max %v not above value %v", *n.ValueMax, *n.Value)
	}
	return ""
}

func nationalityProblem(n *nationality) string {
	switch {
	case n.Form == nil || !forms[*n.Form]:
		return fmt.Sprintf("form %s not allowed", str(n.Form))
	case n.Code == nil || n.Country == nil:
		return "missing code or country"
	case n.Group != nil && *n.Group != "":
		if *n.Code != "" || *n.Country != "" {
			return "a group has no country or code"
		}
	case !isoCountry.MatchString(*n.Code) || *n.Country == "":
		return fmt.Sprintf("code %q / country %q: need an alpha-2 code and a name", *n.Code, *n.Country)
	}
	return ""
}

func dateProblem(x *date) string {
	switch {
	case x.Type == nil || !dateTypes[*x.Type]:
		return fmt.Sprintf("type %s not allowed", str(x.Type))
	case x.Value == nil || !timexValue.MatchString(*x.Value):
		return fmt.Sprintf("value %s is not a TIMEX3 value", str(x.Value))
	}
	return ""
}

func quoteProblem(text string, q *quote) string {
	switch {
	case q.Kind == nil || !quoteKinds[*q.Kind]:
		return fmt.Sprintf("kind %s not allowed", str(q.Kind))
	case q.Speaker == nil || q.Cue == nil:
		return "missing speaker or cue"
	case *q.Speaker != "" && !strings.Contains(text, *q.Speaker):
		// The speaker is the fullest name the article itself uses.
		return fmt.Sprintf("speaker %q does not occur in the text", *q.Speaker)
	case *q.Cue != "" && !strings.Contains(text, *q.Cue):
		return fmt.Sprintf("cue %q does not occur in the text", *q.Cue)
	case *q.Kind == "direct" && q.Start != nil && q.End != nil && *q.End <= len(text) && *q.Start < *q.End &&
		!quoted(text, *q.Start, *q.End):
		return "a direct quote must sit between quotation marks"
	}
	return ""
}

// quoted reports whether text[start:end] is enclosed by quotation marks, allowing the white space
// of token-joined text between mark and words. A paragraph of a quote continued over several
// paragraphs has no closing mark (the news convention), so a paragraph end also closes.
func quoted(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	after := strings.TrimLeft(text[end:], " ")
	opened, closed := false, after == "" || strings.HasPrefix(after, "\n")
	for _, m := range openMarks {
		opened = opened || strings.HasSuffix(before, m)
	}
	for _, m := range closeMarks {
		closed = closed || strings.HasPrefix(after, m)
	}
	return opened && closed
}

// TestCheckerCatchesErrors makes sure the checker itself fails on the mistakes it exists for.
func TestCheckerCatchesErrors(t *testing.T) {
	const text = `He said "stop now." Three Serbs left.`
	cases := []struct {
		name, line string
	}{
		{"offset off by one", `{"numbers":[{"start":19,"end":25,"text":"Three","value":3,"qualifier":"exact","unit":"","counted":"Serbs"}]}`},
		{"unknown qualifier", `{"numbers":[{"start":20,"end":25,"text":"Three","value":3,"qualifier":"roughly","unit":"","counted":"Serbs"}]}`},
		{"range without value_max", `{"numbers":[{"start":20,"end":25,"text":"Three","value":3,"qualifier":"range","unit":"","counted":"Serbs"}]}`},
		{"missing counted", `{"numbers":[{"start":20,"end":25,"text":"Three","value":3,"qualifier":"exact","unit":""}]}`},
		{"lower-case code", `{"nationalities":[{"start":26,"end":31,"text":"Serbs","country":"Serbia","code":"rs","form":"people"}]}`},
		{"group with a code", `{"nationalities":[{"start":26,"end":31,"text":"Serbs","country":"","code":"RS","form":"people","group":"Serbs"}]}`},
		{"direct quote with the marks inside", `{"quotes":[{"start":8,"end":19,"text":"\"stop now.\"","kind":"direct","speaker":"","cue":"said"}]}`},
		{"speaker not in text", `{"quotes":[{"start":9,"end":18,"text":"stop now.","kind":"direct","speaker":"Jens Stoltenberg","cue":"said"}]}`},
		{"unsorted", `{"entities":[{"start":26,"end":31,"text":"Serbs","label":"NORP"},{"start":0,"end":2,"text":"He","label":"PERSON"}]}`},
		{"duplicate", `{"entities":[{"start":26,"end":31,"text":"Serbs","label":"NORP"},{"start":26,"end":31,"text":"Serbs","label":"NORP"}]}`},
		{"bad label", `{"entities":[{"start":26,"end":31,"text":"Serbs","label":"MISC"}]}`},
		{"bad timex", `{"dates":[{"start":20,"end":25,"text":"Three","type":"DATE","value":"three"}]}`},
	}
	head := `{"id":"x","source":"test","date":"2023-05-30","text":` + mustJSON(text) + `,`
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := decode(t, []byte(head+c.line[1:]), nil)
			if err != nil {
				t.Fatal(err)
			}
			if probs := checkDocument(d); len(probs) == 0 {
				t.Errorf("no problem found")
			}
		})
	}
	good := head + `"quotes":[{"start":9,"end":18,"text":"stop now.","kind":"direct","speaker":"","cue":"said"}],"numbers":[]}`
	d, err := decode(t, []byte(good), nil)
	if err != nil {
		t.Fatal(err)
	}
	if probs := checkDocument(d); len(probs) != 0 {
		t.Errorf("a correct document was rejected: %v", probs)
	}
	if _, err := decode(t, []byte(head+`"quotes":[{"start":9,"end":18,"text":"stop now.","kind":"direct","speaker":"","cue":"said","who":"x"}]}`), nil); err == nil {
		t.Errorf("an unknown field was accepted")
	}
}

func mustJSON(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
