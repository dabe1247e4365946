package render

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// htmlWriter prints one self-contained page: inline CSS and script, no
// network access, one section per document. Every piece of article text
// goes through html.EscapeString or html/template, so an article holding
// "<script>" shows it and runs nothing.
type htmlWriter struct {
	w   io.Writer
	opt Options
	n   int
}

//go:embed html/page.tmpl
var pageTemplate string

var page = template.Must(template.New("page").Parse(pageTemplate))

// highlighted lists, outermost first, the kinds marked in the article text.
var highlighted = []string{facts.KindQuotes, facts.KindEntities, facts.KindDates, facts.KindNumbers, facts.KindNationalities}

type htmlDoc struct {
	ID       int
	Source   string
	Date     string
	Article  template.HTML
	Kinds    []string
	Tables   []htmlTable
	Speakers []htmlSpeaker
	Timeline template.HTML
}

type htmlTable struct {
	Kind    string
	Columns []string
	Rows    [][]string
}

type htmlSpeaker struct {
	Name   string
	Quotes []facts.Quote
}

func (h *htmlWriter) Write(d *facts.Document) error {
	if h.n == 0 {
		if err := page.ExecuteTemplate(h.w, "head", h.legend()); err != nil {
			return err
		}
	}
	h.n++
	return page.ExecuteTemplate(h.w, "doc", h.document(h.n, d))
}

func (h *htmlWriter) Close() error {
	if h.n == 0 {
		if err := page.ExecuteTemplate(h.w, "head", h.legend()); err != nil {
			return err
		}
	}
	return page.ExecuteTemplate(h.w, "foot", nil)
}

func (h *htmlWriter) legend() []string {
	var out []string
	for _, k := range h.opt.kinds() {
		if slices.Contains(highlighted, k) {
			out = append(out, k)
		}
	}
	return out
}

func (h *htmlWriter) document(id int, d *facts.Document) htmlDoc {
	hd := htmlDoc{ID: id, Source: d.Source, Date: "none"}
	if d.Date != nil {
		hd.Date = *d.Date + " (" + d.DateSource + ")"
	}
	var marks []mark
	for _, k := range highlighted {
		if !slices.Contains(h.opt.Kinds, k) {
			continue
		}
		for _, f := range d.Facts(k) {
			marks = append(marks, mark{kind: k, start: f.Span.Start, end: f.Span.End, tip: tip(f)})
		}
	}
	hd.Article = template.HTML(highlight(d.Input, marks))
	for _, k := range h.opt.kinds() {
		if k == facts.KindSentences {
			continue
		}
		t := htmlTable{Kind: k, Columns: append([]string{"text"}, facts.Columns[k]...)}
		for _, f := range d.Facts(k) {
			row := []string{f.Span.Text}
			for _, fl := range f.Fields {
				row = append(row, fl.Value)
			}
			t.Rows = append(t.Rows, row)
		}
		hd.Tables = append(hd.Tables, t)
	}
	if slices.Contains(h.opt.Kinds, facts.KindQuotes) {
		hd.Speakers = speakers(d.Quotes)
	}
	if slices.Contains(h.opt.Kinds, facts.KindDates) {
		hd.Timeline = template.HTML(timeline(d))
	}
	return hd
}

// tip is the detail shown when a highlight is hovered or focused.
func tip(f facts.Fact) string {
	var parts []string
	for _, fl := range f.Fields {
		if fl.Value != "" {
			parts = append(parts, fl.Name+": "+fl.Value)
		}
	}
	return f.Kind + " · " + strings.Join(parts, " · ")
}

type mark struct {
	kind       string
	start, end int
	tip        string
}

// highlight escapes text and wraps each mark in a <mark> element. Marks nest
// when their spans nest; where two spans cross, the inner one is closed at
// the outer one's end and reopened as a continuation (class "cont"), so each
// fact has exactly one element with data-fact and the HTML stays well formed.
func highlight(text string, marks []mark) string {
	rank := func(k string) int { return slices.Index(highlighted, k) }
	var ms []mark
	points := []int{len(text)}
	for _, m := range marks {
		if m.end > m.start && m.end <= len(text) {
			ms = append(ms, m)
			points = append(points, m.start, m.end)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return rank(a.kind) < rank(b.kind)
	})
	sort.Ints(points)
	points = slices.Compact(points)

	var b strings.Builder
	open := func(m mark, cont bool) {
		if cont {
			fmt.Fprintf(&b, `<mark class="k-%s cont" data-cont="%s">`, m.kind, m.kind)
			return
		}
		fmt.Fprintf(&b, `<mark class="k-%s" data-fact="%s" tabindex="0" data-tip="%s" aria-label="%s">`,
			m.kind, m.kind, html.EscapeString(m.tip), html.EscapeString(m.tip))
	}
	var stack []mark
	pos := len(text) - len(strings.TrimPrefix(text, "\uFEFF")) // a BOM is not shown
	next := 0
	for _, p := range points {
		if p < pos {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:p]))
		pos = p
		// Close every mark ending here; marks above one of them that go on
		// are closed too and reopened as continuations.
		ended := -1
		for i, m := range stack {
			if m.end <= p {
				ended = i
				break
			}
		}
		if ended >= 0 {
			var reopen []mark
			for len(stack) > ended {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				b.WriteString("</mark>")
				if top.end > p {
					reopen = append([]mark{top}, reopen...)
				}
			}
			for _, m := range reopen {
				open(m, true)
				stack = append(stack, m)
			}
		}
		for next < len(ms) && ms[next].start <= p {
			if ms[next].start == p {
				open(ms[next], false)
				stack = append(stack, ms[next])
			}
			next++
		}
	}
	for range stack {
		b.WriteString("</mark>")
	}
	return b.String()
}

// speakers groups quotes by speaker, in order of first appearance; quotes
// with no speaker come last.
func speakers(qs []facts.Quote) []htmlSpeaker {
	var out []htmlSpeaker
	var none []facts.Quote
	idx := map[string]int{}
	for _, q := range qs {
		if q.Speaker == "" {
			none = append(none, q)
			continue
		}
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(out)
			idx[q.Speaker] = i
			out = append(out, htmlSpeaker{Name: q.Speaker})
		}
		out[i].Quotes = append(out[i].Quotes, q)
	}
	if len(none) > 0 {
		out = append(out, htmlSpeaker{Name: "(no speaker found)", Quotes: none})
	}
	return out
}

// calendar matches the TIMEX3 values that name a point or period on the
// calendar: years, months, days, weeks, with an optional time.
var calendar = regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-W([0-9]{2}))?(?:T.*)?$`)

// dateOf returns the first day of the period a TIMEX3 value names.
func dateOf(value string) (time.Time, bool) {
	m := calendar.FindStringSubmatch(value)
	if m == nil {
		return time.Time{}, false
	}
	var t time.Time
	var err error
	switch {
	case m[4] != "":
		var y, w int
		fmt.Sscanf(m[1]+" "+m[4], "%d %d", &y, &w)
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(w-1)), true
	case m[3] != "":
		t, err = time.Parse(time.DateOnly, m[1]+"-"+m[2]+"-"+m[3])
	case m[2] != "":
		t, err = time.Parse("2006-01", m[1]+"-"+m[2])
	default:
		t, err = time.Parse("2006", m[1])
	}
	return t, err == nil
}

// timeline draws the resolved calendar dates as marks on a line, with the
// reference date as a vertical rule. One circle (class tl-mark) per date.
func timeline(d *facts.Document) string {
	type point struct {
		t    time.Time
		date facts.Date
	}
	var pts []point
	for _, x := range d.Dates {
		if t, ok := dateOf(x.Value); ok && x.Resolved {
			pts = append(pts, point{t, x})
		}
	}
	var ref time.Time
	hasRef := false
	if d.Date != nil {
		ref, _ = time.Parse(time.DateOnly, *d.Date)
		hasRef = true
	}
	if len(pts) == 0 && !hasRef {
		return ""
	}
	lo, hi := ref, ref
	if !hasRef {
		lo, hi = pts[0].t, pts[0].t
	}
	for _, p := range pts {
		if p.t.Before(lo) {
			lo = p.t
		}
		if p.t.After(hi) {
			hi = p.t
		}
	}
	const width, left, right = 600.0, 20.0, 580.0
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 {
		if span == 0 {
			return width / 2
		}
		return left + (right-left)*t.Sub(lo).Hours()/span
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f 70" role="img" aria-label="timeline of %d dates">`, width, len(pts))
	fmt.Fprintf(&b, `<line x1="%.0f" y1="35" x2="%.0f" y2="35" class="tl-axis"/>`, left, right)
	fmt.Fprintf(&b, `<text x="%.0f" y="62" class="tl-label">%s</text><text x="%.0f" y="62" text-anchor="end" class="tl-label">%s</text>`,
		left, lo.Format(time.DateOnly), right, hi.Format(time.DateOnly))
	if hasRef {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="12" x2="%.1f" y2="50" class="tl-ref"><title>article date %s</title></line>`,
			x(ref), x(ref), html.EscapeString(*d.Date))
	}
	for _, p := range pts {
		fmt.Fprintf(&b, `<circle class="tl-mark" cx="%.1f" cy="35" r="5" tabindex="0"><title>%s: %s</title></circle>`,
			x(p.t), html.EscapeString(p.date.Text), html.EscapeString(p.date.Value))
	}
	b.WriteString("</svg>")
	return b.String()
}
