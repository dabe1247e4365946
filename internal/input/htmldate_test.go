package input

import (
	"strings"
	"testing"
	"time"
)

// htmlPage wraps head metadata around a body readability accepts.
func htmlPage(head string) string {
	return `<!DOCTYPE html><html><head><title>Storm hits coast</title>` + head + `</head><body><article>
<p>A powerful storm hit the coast on Sunday, cutting power to thousands of homes and closing roads across the region, officials said.</p>
<p>Emergency crews worked through the night to clear fallen trees and restore electricity, the utility company said in a statement.</p>
</article></body></html>`
}

// htmlBody is htmlPage with markup before the article's paragraphs: a
// header, a byline, a <time>.
func htmlBody(head, before string) string {
	return strings.Replace(htmlPage(head), "<article>\n", "<article>\n"+before+"\n", 1)
}

func TestHTMLArticleDate(t *testing.T) {
	tests := []struct {
		name, page string
		want       string // YYYY-MM-DD, or "" for none
	}{
		{"Open Graph article:published_time",
			htmlPage(`<meta property="article:published_time" content="2023-05-30T08:15:00+00:00">`), "2023-05-30"},
		{"JSON-LD datePublished",
			htmlPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2024-02-11T17:05:00Z"}</script>`), "2024-02-11"},
		{"JSON-LD wins over Open Graph, as in readability",
			htmlPage(`<meta property="article:published_time" content="2024-02-10"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-02-11"}</script>`), "2024-02-11"},
		{"the day in the page's own offset, not UTC",
			htmlPage(`<meta property="article:published_time" content="2023-05-30T23:30:00-04:00">`), "2023-05-30"},
		{"a modified time alone is no publication date",
			htmlPage(`<meta property="article:modified_time" content="2023-06-02T10:00:00Z">`), ""},
		{"no metadata", htmlPage(""), ""},
		{"unreadable timestamp", htmlPage(`<meta property="article:published_time" content="soon">`), ""},
		{"<time> in the article's header",
			htmlBody("", `<header><h2>Storm hits coast</h2><time datetime="2023-05-30T08:15:00-04:00">May 30</time></header>`), "2023-05-30"},
		{"<time> in a byline",
			htmlBody("", `<div class="article-byline">By Ann Lee, <time datetime="2023-05-29">Monday</time></div>`), "2023-05-29"},
		{"<time pubdate> anywhere",
			htmlBody("", `<div><time pubdate datetime="2023-05-28">May 28</time></div>`), "2023-05-28"},
		{"<time itemprop=datePublished> wins over a header's first <time>",
			htmlBody("", `<header><time datetime="2023-05-01">updated</time></header><span><time itemprop="datePublished" datetime="2023-04-30">April 30</time></span>`), "2023-04-30"},
		{"<time> with its date as text, no datetime",
			htmlBody("", `<header><time>2023-05-27</time></header>`), "2023-05-27"},
		{"<time> in the story's text dates an event, not the story",
			htmlBody("", `<p>The vote is on <time datetime="2023-06-04">June 4</time>, officials said.</p>`), ""},
		{"<time> after the header has closed is no byline",
			htmlBody("", `<header><h2>Storm</h2></header><p>Polls close <time datetime="2023-06-04">June 4</time>.</p>`), ""},
		{"<time> that is no date",
			htmlBody("", `<header><time datetime="PT2H">two hours</time></header>`), ""},
		{"metadata wins over <time>",
			htmlBody(`<meta property="article:published_time" content="2023-05-30">`, `<header><time datetime="2023-05-01">May 1</time></header>`), "2023-05-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, got, err := HTMLArticle([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(text, "Storm hits coast\n\n") || !strings.Contains(text, "\n\nA powerful storm") {
				t.Errorf("text %q", text)
			}
			gotS := ""
			if got != nil {
				gotS = got.Format(time.DateOnly)
				if got.Location() != time.UTC || got.Hour() != 0 {
					t.Errorf("date %v: want midnight UTC like --date", got)
				}
			}
			if gotS != tt.want {
				t.Errorf("date %q, want %q", gotS, tt.want)
			}
		})
	}
}

func TestCorpusDateSource(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{
		"page.html":  htmlPage(`<meta property="article:published_time" content="2023-05-30T08:15:00Z">`),
		"plain.html": htmlPage(""),
		"time.html":  htmlBody("", `<header><time datetime="2023-05-29T22:00:00-04:00">May 29</time></header>`),
		"c.jsonl": `{"id":"day","date":"2023-05-30","text":"x"}
{"id":"stamp","date":"2023-05-30T23:30:00-04:00","text":"x"}
{"id":"zulu","date":"2023-05-31T03:30:00Z","text":"x"}
{"id":"none","text":"x"}
{"id":"bad","date":"May 30","text":"x"}
`,
	}))
	want := []string{
		"page.html 2023-05-30 meta",
		"plain.html - ",
		"time.html 2023-05-29 meta",
		"day 2023-05-30 record",
		"stamp 2023-05-30 record",
		"zulu 2023-05-31 record",
		"none - ",
		`bad ! "date" "May 30": want YYYY-MM-DD or an RFC 3339 timestamp`,
	}
	var got []string
	c := Open([]string{"page.html", "plain.html", "time.html", "c.jsonl"}, nil, Options{})
	for {
		d, ok := c.Next()
		if !ok {
			break
		}
		if _, err := d.Text(); err != nil {
			got = append(got, d.Source+" ! "+strings.TrimPrefix(err.Error(), d.Source+": "))
			continue
		}
		day := "-"
		if d.Date != nil {
			day = d.Date.Format(time.DateOnly)
		}
		got = append(got, d.Source+" "+day+" "+d.DateSource)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
