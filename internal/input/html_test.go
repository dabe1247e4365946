package input

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page string
		want       string
		wantErr    bool
	}{
		{"title and paragraphs, navigation and footer dropped", page,
			"Storm hits coast\n\nA powerful storm hit the coast on Sunday, cutting power to thousands of homes and closing roads across the region, officials said.\n\nEmergency crews worked through the night to clear fallen trees and restore electricity, the utility company said in a statement.\n", false},
		{"headline repeated as first block is not doubled",
			`<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>Negotiators met again in Brussels on Tuesday after a pause of several weeks, diplomats said, with a deal expected.</p></article></body></html>`,
			"Talks resume\n\nNegotiators met again in Brussels on Tuesday after a pause of several weeks, diplomats said, with a deal expected.\n", false},
		{"page declaring Latin-1 is decoded to UTF-8",
			"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ouvert depuis lundi, a d\xe9clar\xe9 le propri\xe9taire du lieu aux journalistes pr\xe9sents sur place.</p></body></html>",
			"Café\n\nLe café est ouvert depuis lundi, a déclaré le propriétaire du lieu aux journalistes présents sur place.\n", false},
		{"nothing to read", "<html><body></body></html>", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText([]byte(tt.page))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add([]byte(page))
	f.Add([]byte("<p>a<br>b</p><pre>  x\n</pre>"))
	f.Add([]byte(`<header><div class=byline><time datetime="2023-05-30T08:00Z">x</time></div></header><time pubdate>2023-05-31</time></time>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d := timeDate(data); d != nil && (d.Year() < 1800 || d.Hour() != 0) {
			t.Fatalf("bad <time> date %v", d)
		}
		text, err := HTMLText(data)
		if err == nil && (!utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 && !strings.Contains(string(data), "\x00")) {
			t.Fatalf("bad text %q", text)
		}
	})
}

// TestDeepHTML: a page nested past MaxHTMLDepth is read by stripping its
// tags, in time linear in its size; one just under the bound still goes
// through readability.
func TestDeepHTML(t *testing.T) {
	const para = "Negotiators met again in Brussels on Tuesday after a pause of several weeks, diplomats said."
	nest := func(depth int, closed bool) string {
		p := "<html><head><title>Talks resume</title><script>var x = 1;</script></head><body>" +
			strings.Repeat("<div>", depth) + "<p>" + para + "</p><p>A deal is expected.<br>Soon.</p>"
		if closed {
			p += strings.Repeat("</div>", depth)
		}
		return p + "</body></html>"
	}
	stripped := "Talks resume\n\n" + para + "\n\nA deal is expected.\n\nSoon.\n"
	for _, c := range []struct {
		name  string
		page  string
		deep  bool
		want  string
		limit time.Duration
	}{
		{"ordinary nesting goes through readability", nest(20, true), false, "", time.Second},
		{"nested divs, closed, past the bound", nest(MaxHTMLDepth+1, true), true, stripped, time.Second},
		{"nested divs never closed", nest(MaxHTMLDepth+1, false), true, stripped, time.Second},
		{"unclosed paragraphs are not depth", strings.Repeat("<p>"+para, 2*MaxHTMLDepth), false, "", 5 * time.Second},
		{"a megabyte of nested divs", nest(100000, true), true, stripped, 5 * time.Second},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tooDeep([]byte(c.page), MaxHTMLDepth); got != c.deep {
				t.Fatalf("tooDeep = %v, want %v", got, c.deep)
			}
			start := time.Now()
			got, err := HTMLText([]byte(c.page))
			if d := time.Since(start); d > c.limit {
				t.Errorf("took %s", d)
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.want != "" && got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			if !strings.Contains(got, para) {
				t.Errorf("article text lost: %q", got[:min(len(got), 200)])
			}
		})
	}
}
