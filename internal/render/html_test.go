package render

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
