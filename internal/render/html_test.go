package render

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

func TestHighlight(t *testing.T) {
	text := "He said \"at least 30 Hungarian soldiers\" were hurt."
	tests := []struct {
		name  string
		marks []mark
		want  string
	}{
		{"no marks", nil, "He said &#34;at least 30 Hungarian soldiers&#34; were hurt."},
		{"nested: number and nationality inside a quote",
			[]mark{{facts.KindNumbers, 9, 20, "n"}, {facts.KindQuotes, 9, 39, "q"}, {facts.KindNationalities, 21, 30, "h"}},
			`He said &#34;<mark class="k-quotes" data-fact="quotes" tabindex="0" data-tip="q" aria-label="q">` +
				`<mark class="k-numbers" data-fact="numbers" tabindex="0" data-tip="n" aria-label="n">at least 30</mark> ` +
				`<mark class="k-nationalities" data-fact="nationalities" tabindex="0" data-tip="h" aria-label="h">Hungarian</mark> soldiers</mark>&#34; were hurt.`},
		{"crossing spans: the inner one continues after the outer closes",
			[]mark{{facts.KindEntities, 0, 7, "e"}, {facts.KindDates, 3, 12, "d"}},
			`<mark class="k-entities" data-fact="entities" tabindex="0" data-tip="e" aria-label="e">He ` +
				`<mark class="k-dates" data-fact="dates" tabindex="0" data-tip="d" aria-label="d">said</mark></mark>` +
				`<mark class="k-dates cont" data-cont="dates"> &#34;at </mark>least 30 Hungarian soldiers&#34; were hurt.`},
		{"markup in the text and the tip is escaped",
			[]mark{{facts.KindEntities, 0, 2, `"><img onerror=x>`}},
			`<mark class="k-entities" data-fact="entities" tabindex="0" data-tip="&#34;&gt;&lt;img onerror=x&gt;" aria-label="&#34;&gt;&lt;img onerror=x&gt;">He</mark> said &#34;at least 30 Hungarian soldiers&#34; were hurt.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := highlight(text, tt.marks); got != tt.want {
				t.Errorf("highlight:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	for value, want := range map[string]string{
		"2023-05-30": "2023-05-30", "2023-05": "2023-05-01", "2008": "2008-01-01",
		"2023-W22": "2023-05-29", "2020-W01": "2019-12-30", "2023-05-30T14:30": "2023-05-30",
	} {
		got, ok := dateOf(value)
		if !ok || got.Format(time.DateOnly) != want {
			t.Errorf("dateOf(%q) = %v, %v; want %s", value, got, ok, want)
		}
	}
	for _, value := range []string{"P3D", "PAST_REF", "XXXX-05-30", "199", "2023-SU"} {
		if _, ok := dateOf(value); ok {
			t.Errorf("dateOf(%q) placed on the timeline", value)
		}
	}
}

// hostile is an article written to break out of the page.
const hostile = "Breaking: <script>document.body.setAttribute('data-pwned','script')</script> news\n\n" +
	"NATO said \"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> on Tuesday.\n\n" +
	"</style><b id=\"injected\">bold</b> Jens Stoltenberg said \"30 soldiers were hurt\" yesterday."

// TestHTMLInBrowser loads pages in headless Chromium: highlights per kind
// match the facts, the timeline has one mark per resolved date, and an
// article full of markup runs nothing and injects nothing. It saves a
// screenshot of the sample article to testdata/artifacts.
func TestHTMLInBrowser(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium): skipping the browser test")
	}
	sample, err := os.ReadFile("../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"sample": string(sample), "hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			d, err := extract.Run(name, text, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			w, _ := New("html", &b, Options{})
			if err := w.Write(d); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if name == "sample" && b.Len() > 200<<10 {
				t.Errorf("page is %d bytes, over 200 KB", b.Len())
			}
			page := filepath.Join(t.TempDir(), "page.html")
			if err := os.WriteFile(page, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			dom := browse(t, chromium, page, "--dump-dom")
			for _, k := range highlighted {
				want := len(d.Facts(k))
				if got := len(regexp.MustCompile(`data-fact="`+k+`"`).FindAllString(dom, -1)); got != want {
					t.Errorf("%s: %d highlighted elements, %d facts", k, got, want)
				}
			}
			resolved := 0
			for _, x := range d.Dates {
				if _, ok := dateOf(x.Value); ok && x.Resolved {
					resolved++
				}
			}
			if got := strings.Count(dom, `class="tl-mark"`); got != resolved {
				t.Errorf("timeline has %d marks, want %d resolved dates", got, resolved)
			}
			if name == "hostile" {
				if regexp.MustCompile(`<[^>]*\sdata-pwned=`).MatchString(dom) || strings.Contains(dom, `<b id="injected"`) || strings.Contains(dom, "<img") {
					t.Errorf("article markup was executed or injected:\n%s", dom)
				}
				if !strings.Contains(dom, "&lt;script&gt;document.body") {
					t.Error("the article's <script> text is not shown literally")
				}
			}
			if name == "sample" {
				dir := "testdata/artifacts"
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				shot, _ := filepath.Abs(filepath.Join(dir, "sample.png"))
				browse(t, chromium, page, "--screenshot="+shot, "--window-size=1400,1800")
				if st, err := os.Stat(shot); err != nil || st.Size() == 0 {
					t.Errorf("no screenshot at %s: %v", shot, err)
				} else {
					t.Logf("screenshot: %s", shot)
				}
			}
		})
	}
}

// browse runs headless Chromium on a local page with the flags that keep it
// off the network.
func browse(t *testing.T, chromium, page string, args ...string) string {
	t.Helper()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=2000"}
	cmd := exec.Command(chromium, append(append(base, args...), "file://"+page)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v", args, err)
	}
	return string(out)
}

// TestHTMLNarrowAndZoom loads a page at 500 px in headless Chromium: nothing
// overflows sideways, and on the timeline's zoomed axis two dates one day
// apart sit visibly apart although the main axis reaches back to 2008.
func TestHTMLNarrowAndZoom(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium): skipping the browser test")
	}
	d := extractSample(t) // dated 2023-05-30; dates yesterday, Tuesday and 2008
	var b strings.Builder
	w, _ := New("html", &b, Options{})
	if err := w.Write(d); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	probe := `<script>
var z = Array.from(document.querySelectorAll("circle.tl-zoom")).map(function (c) {
  var r = c.getBoundingClientRect(); return {x: r.left + r.width / 2, v: c.textContent}; });
document.body.setAttribute("data-overflow", document.documentElement.scrollWidth - window.innerWidth);
document.body.setAttribute("data-zoom", JSON.stringify(z));
</script></body>`
	html := strings.Replace(b.String(), "</body>", probe, 1)
	page := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := browse(t, chromium, page, "--dump-dom", "--window-size=500,900")
	m := regexp.MustCompile(`data-overflow="(-?[0-9]+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("probe did not run:\n%.2000s", dom)
	}
	if n, _ := strconv.Atoi(m[1]); n > 0 {
		t.Errorf("page overflows a 500 px window by %d px", n)
	}
	zm := regexp.MustCompile(`data-zoom="([^"]*)"`).FindStringSubmatch(dom)
	var marks []struct {
		X float64
		V string
	}
	if zm == nil || json.Unmarshal([]byte(htmlUnescape(zm[1])), &marks) != nil {
		t.Fatalf("no zoom marks read: %v", zm)
	}
	xs := map[string]float64{}
	for _, mk := range marks {
		xs[mk.V[strings.LastIndex(mk.V, ": ")+2:]] = mk.X
	}
	a, ok1 := xs["2023-05-29"]
	c, ok2 := xs["2023-05-30"]
	if !ok1 || !ok2 {
		t.Fatalf("zoomed axis lacks 2023-05-29 or 2023-05-30: %v", xs)
	}
	if c-a < 10 {
		t.Errorf("dates one day apart are %.1f px apart on the zoomed axis, want at least 10", c-a)
	}
	t.Logf("one day on the zoomed axis: %.1f px at 500 px", c-a)
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&quot;", `"`, "&#34;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s)
}

func TestHTMLSummaryAndHints(t *testing.T) {
	d := sample("a.txt") // no reference date
	d.Entities = append(d.Entities, facts.Entity{Span: facts.Span{Text: "the alliance", Start: 20, End: 32}, Label: "ORG", Canonical: "NATO"})
	var b strings.Builder
	w, _ := New("html", &b, Options{})
	for _, src := range []string{"a.txt", "b.txt"} {
		d.Source = src
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.(ErrorWriter).WriteError("c.txt", "binary file (contains NUL bytes)"); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<td>NATO</td><td>ORG</td><td>2</td><td>NATO, the alliance</td>`, // one row per entity
		`pass <code>--date YYYY-MM-DD</code>`,                            // no reference date
		`<h2>Failed inputs (1)</h2>`, `<code>c.txt</code>: binary file (contains NUL bytes)`,
		`<nav class="index"`, `Summary: 2 documents, 1 failed`, `<a href="#doc-2">b.txt</a>`,
		`grid-template-columns: minmax(0, 1fr)`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Count(page, "<!DOCTYPE") != 1 {
		t.Error("head written twice")
	}
	one := write(t, "html", Options{}, sample("a.txt"))
	if strings.Contains(one, `<nav class="index"`) {
		t.Error("a one-document page has a summary")
	}
}

func TestTimelineYears(t *testing.T) {
	d := facts.New("a")
	ref := "2023-05-30"
	d.Date = &ref
	d.Dates = []facts.Date{{Value: "2008", Resolved: true}, {Value: "2023-05-29", Resolved: true}}
	svg := timeline(d)
	if !strings.Contains(svg, `class="tl-label">2008</text>`) || strings.Contains(svg, "2008-01-01") {
		t.Errorf("a year-only date is not labelled as a year:\n%s", svg)
	}
	if !strings.Contains(svg, `class="tl-period"`) {
		t.Error("the year has no bar over its period")
	}
	if n := strings.Count(svg, `class="tl-zoom"`); n != 1 {
		t.Errorf("%d marks on the zoomed axis, want 1 (2023-05-29)", n)
	}
	d.Dates = d.Dates[1:] // all within the week: no zoom needed
	if svg := timeline(d); strings.Contains(svg, "tl-zoom") {
		t.Error("zoomed axis drawn for dates within a week")
	}
}

// The report lists each entity once: mentions group by entity id, so a
// dateline's "ZURICH" joins "Zürich" and a namesake of another label stays
// apart; facts without ids group by canonical name and label.
func TestHTMLEntitiesGroupByID(t *testing.T) {
	es := []facts.Entity{
		{Span: facts.Span{Text: "Zürich"}, Label: "GPE", Canonical: "Zürich", Entity: 1},
		{Span: facts.Span{Text: "Jens Stoltenberg"}, Label: "PERSON", Canonical: "Jens Stoltenberg", Entity: 2},
		{Span: facts.Span{Text: "ZURICH"}, Label: "GPE", Canonical: "ZURICH", Entity: 1},
		{Span: facts.Span{Text: "Stoltenberg"}, Label: "PERSON", Canonical: "Jens Stoltenberg", Entity: 2},
		{Span: facts.Span{Text: "Zürich"}, Label: "ORG", Canonical: "Zürich", Entity: 3},
	}
	got := entities(es)
	want := []entityRow{
		{ID: 1, Name: "Zürich", Label: "GPE", Mentions: 2, Forms: "Zürich, ZURICH"},
		{ID: 2, Name: "Jens Stoltenberg", Label: "PERSON", Mentions: 2, Forms: "Jens Stoltenberg, Stoltenberg"},
		{ID: 3, Name: "Zürich", Label: "ORG", Mentions: 1, Forms: "Zürich"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("by id:\n got %+v\nwant %+v", got, want)
	}
	for i := range es {
		es[i].Entity = 0
	}
	if got := entities(es); len(got) != 4 || got[0].Mentions != 1 || got[1].Mentions != 2 {
		t.Errorf("without ids: %+v", got)
	}
}
