package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Severity orders findings; Off disables a rule.
type Severity int

// Severities, lowest first.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = []string{"off", "info", "warning", "error"}

func (s Severity) String() string { return severityNames[s] }

// MarshalText prints the severity's name in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads off, info, warning or error.
func ParseSeverity(s string) (Severity, error) {
	if i := slices.Index(severityNames, strings.ToLower(s)); i >= 0 {
		return Severity(i), nil
	}
	return Off, fmt.Errorf("unknown severity %q (want one of %v)", s, severityNames)
}

// Finding is one problem in one document. Offsets are bytes of the text the
// facts refer to; Line and Column (1-based, Column counting characters) are
// for editors and CI annotations.
type Finding struct {
	Source    string   `json:"source"`
	Rule      string   `json:"rule"`
	Severity  Severity `json:"severity"`
	Message   string   `json:"message"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	// File and FileLine locate a JSONL record's line in its corpus file
	// (Line and Column count within the record's text); empty for a file
	// that is one document.
	File     string `json:"file,omitempty"`
	FileLine int    `json:"file_line,omitempty"`
}

// Document is what a rule reads: the facts and the text they point into.
// File and Line, for a record of a JSONL corpus, name the corpus file and
// the record's line, so annotations can point at it.
type Document struct {
	Facts *facts.Document
	Text  string
	File  string
	Line  int
}

// Rule is one check. Report is called for each problem found.
type Rule interface {
	Name() string
	// Default is the severity the rule has unless a flag changes it.
	Default() Severity
	// Describe says in one line what the rule finds.
	Describe() string
	Check(d *Document, report func(start, end int, message string))
}

// rules lists every rule, in the order `check --list-rules` prints them.
var rules = []Rule{
	quoteNoSpeaker{},
	unbalancedQuote{},
	relativeDateNoReference{},
	dateAfterArticle{},
	noFacts{},
	notEnglish{},
}

// Rules returns every rule.
func Rules() []Rule { return slices.Clone(rules) }

// Checker runs the enabled rules at their severities.
type Checker struct {
	severity map[string]Severity
}

// New returns a Checker with each rule at its default severity, changed by
// overrides (rule name to severity; Off disables). An unknown rule name is
// an error.
func New(overrides map[string]Severity) (*Checker, error) {
	c := &Checker{severity: map[string]Severity{}}
	for _, r := range rules {
		c.severity[r.Name()] = r.Default()
	}
	for name, sev := range overrides {
		if _, ok := c.severity[name]; !ok {
			return nil, fmt.Errorf("unknown rule %q (want one of %v)", name, ruleNames())
		}
		c.severity[name] = sev
	}
	return c, nil
}

func ruleNames() []string {
	var out []string
	for _, r := range rules {
		out = append(out, r.Name())
	}
	return out
}

// Check runs every enabled rule on d and returns its findings in offset
// order.
func (c *Checker) Check(d *Document) []Finding {
	var out []Finding
	for _, r := range rules {
		sev := c.severity[r.Name()]
		if sev == Off {
			continue
		}
		r.Check(d, func(start, end int, msg string) {
			out = append(out, Finding{Source: d.Facts.Source, Rule: r.Name(), Severity: sev,
				Message: msg, Start: start, End: end, File: d.File, FileLine: d.Line})
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Rule < out[j].Rule
	})
	lines := lineStarts(d.Text)
	for i := range out {
		f := &out[i]
		f.Line, f.Column = position(d.Text, lines, f.Start)
		f.EndLine, f.EndColumn = position(d.Text, lines, f.End)
	}
	return out
}

// lineStarts returns the byte offset at which each line begins.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position turns a byte offset into a 1-based line and character column.
func position(text string, starts []int, off int) (line, col int) {
	off = min(max(off, 0), len(text))
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	return i + 1, utf8.RuneCountInString(text[starts[i]:off]) + 1
}

// excerpt shortens s for a message.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:59]) + "…"
}
