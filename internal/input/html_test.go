package input

import (
	"strings"
	"testing"
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
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := HTMLText(data)
		if err == nil && (!utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 && !strings.Contains(string(data), "\x00")) {
			t.Fatalf("bad text %q", text)
		}
	})
}
