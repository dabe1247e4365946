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
	"sync"
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
	// index holds one summary row per input, written at the end (and moved
	// to the top of the page by CSS) when the page has several inputs.
	index  []htmlIndexRow
	failed []htmlFailed
}

// htmlIndexRow is one input in the summary: a link to its section and its
// counts per kind, or the reason it failed.
type htmlIndexRow struct {
	ID     int
	Source string
	Date   string
	Counts []int
	Error  string
}

type htmlFailed struct{ Source, Error string }

// indexFrom is the number of inputs from which the page opens with a
// summary: with two, the sections are still a scroll apart.
const indexFrom = 3

//go:embed html/page.tmpl
var pageTemplate string

// page is parsed at the first HTML output, not at start: parsing it took
// 0.24 ms of every run, whatever the format (GODEBUG=inittrace=1).
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{"inc": func(n int) int { return n + 1 }}).Parse(pageTemplate))
})

// highlighted lists, outermost first, the kinds marked in the article text.
var highlighted = []string{facts.KindQuotes, facts.KindEntities, facts.KindDates, facts.KindNumbers, facts.KindNationalities}

type htmlDoc struct {
	ID       int
	Source   string
	Date     string
	NoDate   bool
	Article  template.HTML
	Kinds    []string
	Tables   []htmlTable
	Entities []entityRow
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
	if d.Spilled != nil {
		return ErrSpilled
	}
	if h.n == 0 {
		if err := page().ExecuteTemplate(h.w, "head", h.legend()); err != nil {
			return err
		}
	}
	h.n++
	hd := h.document(h.n, d)
	row := htmlIndexRow{ID: hd.ID, Source: hd.Source, Date: hd.Date}
	for _, k := range h.opt.kinds() {
		row.Counts = append(row.Counts, len(d.Facts(k)))
	}
	h.index = append(h.index, row)
	return page().ExecuteTemplate(h.w, "doc", hd)
}

// WriteError lists a failed input on the page, in the summary and in a
// section of its own at the end, so a reader sees what is missing.
func (h *htmlWriter) WriteError(source, message string) error {
	if h.n == 0 && len(h.failed) == 0 {
		if err := page().ExecuteTemplate(h.w, "head", h.legend()); err != nil {
			return err
		}
	}
	h.failed = append(h.failed, htmlFailed{source, message})
	h.index = append(h.index, htmlIndexRow{Source: source, Error: message})
	return nil
}

func (h *htmlWriter) Close() error {
	if h.n == 0 && len(h.failed) == 0 {
		if err := page().ExecuteTemplate(h.w, "head", h.legend()); err != nil {
			return err
		}
	}
	var foot struct {
		Kinds  []string
		Index  []htmlIndexRow
		Failed []htmlFailed
		Docs   int
	}
	foot.Kinds, foot.Failed, foot.Docs = h.opt.kinds(), h.failed, h.n
	if len(h.index) >= indexFrom {
		foot.Index = h.index
	}
	return page().ExecuteTemplate(h.w, "foot", foot)
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
	hd := htmlDoc{ID: id, Source: d.Source, Date: "none", NoDate: d.Date == nil}
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
		if k == facts.KindEntities {
			// One row per entity: its mentions are highlighted in the text.
			hd.Entities = entities(d.Entities)
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
var calendar = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-W([0-9]{2}))?(?:T.*)?$`)
})

// dateOf returns the first day of the period a TIMEX3 value names.
func dateOf(value string) (time.Time, bool) {
	t, _, ok := periodOf(value)
	return t, ok
}

// periodOf returns the period a TIMEX3 value names, as its first day and
// the day after its last: a year is a year long, not its 1 January.
func periodOf(value string) (from, to time.Time, ok bool) {
	m := calendar().FindStringSubmatch(value)
	if m == nil {
		return from, to, false
	}
	var err error
	switch {
	case m[4] != "":
		var y, w int
		fmt.Sscanf(m[1]+" "+m[4], "%d %d", &y, &w)
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		from = monday.AddDate(0, 0, 7*(w-1))
		return from, from.AddDate(0, 0, 7), true
	case m[3] != "":
		from, err = time.Parse(time.DateOnly, m[1]+"-"+m[2]+"-"+m[3])
		to = from.AddDate(0, 0, 1)
	case m[2] != "":
		from, err = time.Parse("2006-01", m[1]+"-"+m[2])
		to = from.AddDate(0, 1, 0)
	default:
		from, err = time.Parse("2006", m[1])
		to = from.AddDate(1, 0, 0)
	}
	return from, to, err == nil
}

// zoomDays is the half-width of the second axis that shows the article's
// week: dates a day apart would sit on one pixel of an axis reaching back
// to 2008.
const zoomDays = 7

// timeline draws the resolved calendar dates as marks on a line, with the
// reference date as a vertical rule. One circle (class tl-mark) per date, at
// the middle of its period; a month or a year also gets a bar over its
// whole period, and the axis ends are labelled at the precision of the date
// there ("2008", not "2008-01-01"). When the dates span far more than the
// article's week and some fall inside it, a second axis zooms on
// reference ± zoomDays (marks of class tl-zoom).
func timeline(d *facts.Document) string {
	type point struct {
		from, to time.Time
		date     facts.Date
	}
	var pts []point
	for _, x := range d.Dates {
		if from, to, ok := periodOf(x.Value); ok && x.Resolved {
			pts = append(pts, point{from, to, x})
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
	lo, hi := ref, ref.AddDate(0, 0, 1)
	loLabel, hiLabel := ref.Format(time.DateOnly), ref.Format(time.DateOnly)
	if !hasRef {
		lo, hi = pts[0].from, pts[0].to
		loLabel, hiLabel = pts[0].date.Value, pts[0].date.Value
	}
	for _, p := range pts {
		if p.from.Before(lo) {
			lo, loLabel = p.from, label(p.date.Value)
		}
		if p.to.After(hi) {
			hi, hiLabel = p.to, label(p.date.Value)
		}
	}
	const width, left, right = 600.0, 20.0, 580.0
	scale := func(lo, hi time.Time) func(time.Time) float64 {
		span := hi.Sub(lo).Hours()
		return func(t time.Time) float64 {
			if span == 0 {
				return width / 2
			}
			return left + (right-left)*t.Sub(lo).Hours()/span
		}
	}
	mid := func(p point) time.Time { return p.from.Add(p.to.Sub(p.from) / 2) }
	x := scale(lo, hi)
	zlo, zhi := ref.AddDate(0, 0, -zoomDays), ref.AddDate(0, 0, zoomDays+1)
	var near []point
	if hasRef && hi.Sub(lo) > 3*zhi.Sub(zlo) {
		for _, p := range pts {
			if !p.from.Before(zlo) && !p.to.After(zhi) {
				near = append(near, p)
			}
		}
	}
	height := 70
	if len(near) > 0 {
		height = 145
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f %d" role="img" aria-label="timeline of %d dates">`, width, height, len(pts))
	fmt.Fprintf(&b, `<line x1="%.0f" y1="35" x2="%.0f" y2="35" class="tl-axis"/>`, left, right)
	fmt.Fprintf(&b, `<text x="%.0f" y="62" class="tl-label">%s</text><text x="%.0f" y="62" text-anchor="end" class="tl-label">%s</text>`,
		left, html.EscapeString(loLabel), right, html.EscapeString(hiLabel))
	if hasRef {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="12" x2="%.1f" y2="50" class="tl-ref"><title>article date %s</title></line>`,
			x(ref.Add(12*time.Hour)), x(ref.Add(12*time.Hour)), html.EscapeString(*d.Date))
	}
	for _, p := range pts {
		if p.to.Sub(p.from) > 8*24*time.Hour {
			fmt.Fprintf(&b, `<rect class="tl-period" x="%.1f" y="32" width="%.1f" height="6"/>`, x(p.from), max(x(p.to)-x(p.from), 1))
		}
		fmt.Fprintf(&b, `<circle class="tl-mark" cx="%.1f" cy="35" r="5" tabindex="0"><title>%s: %s</title></circle>`,
			x(mid(p)), html.EscapeString(p.date.Text), html.EscapeString(p.date.Value))
	}
	if len(near) > 0 {
		z := scale(zlo, zhi)
		fmt.Fprintf(&b, `<text x="%.0f" y="88" class="tl-label">the article's week, %s ± %d days</text>`, left, ref.Format(time.DateOnly), zoomDays)
		fmt.Fprintf(&b, `<line x1="%.0f" y1="110" x2="%.0f" y2="110" class="tl-axis"/>`, left, right)
		for day := zlo; day.Before(zhi.AddDate(0, 0, 1)); day = day.AddDate(0, 0, 1) {
			fmt.Fprintf(&b, `<line x1="%.1f" y1="106" x2="%.1f" y2="114" class="tl-tick"/>`, z(day), z(day))
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="95" x2="%.1f" y2="125" class="tl-ref"/>`, z(ref.Add(12*time.Hour)), z(ref.Add(12*time.Hour)))
		fmt.Fprintf(&b, `<text x="%.0f" y="138" class="tl-label">%s</text><text x="%.0f" y="138" text-anchor="end" class="tl-label">%s</text>`,
			left, zlo.Format(time.DateOnly), right, zhi.AddDate(0, 0, -1).Format(time.DateOnly))
		for _, p := range near {
			fmt.Fprintf(&b, `<circle class="tl-zoom" cx="%.1f" cy="110" r="5" tabindex="0"><title>%s: %s</title></circle>`,
				z(mid(p)), html.EscapeString(p.date.Text), html.EscapeString(p.date.Value))
		}
	}
	b.WriteString("</svg>")
	return b.String()
}

// label is how an axis end names a date: at its own precision, so a year
// reads "2008"; a time is cut to its day.
func label(value string) string {
	if i := strings.IndexByte(value, 'T'); i > 0 {
		return value[:i]
	}
	return value
}
