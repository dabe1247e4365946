package window_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
	. "github.com/newsfacts/newsfacts/internal/window"
)

// TestSpillRoundTrip: facts spilled come back equal, as values and as the
// JSON they were written as, in order, lines longer than the read buffer
// (a 200 KB sentence) included; a quote's absent offsets stay absent.
func TestSpillRoundTrip(t *testing.T) {
	long := strings.Repeat("word ", 40_000)
	v := 2.5
	fd := facts.New("x")
	fd.Sentences = []facts.Sentence{{Index: 0, Text: "A <b> & c.", Start: 0, End: 10}, {Index: 1, Text: long, Start: 11, End: 11 + len(long), Paragraph: 1}}
	fd.Numbers = []facts.Number{{Span: facts.Span{Text: "2.5", Start: 3}, Value: 2.5, ValueMax: &v, Qualifier: "range"}}
	fd.Quotes = []facts.Quote{{Span: facts.Span{Text: "no cue"}, Kind: "direct"}, {Span: facts.Span{Text: "q"}, Cue: "said", CueStart: 0, CueEnd: 4, SpeakerEntity: 3}}
	sp := NewSpill(t.TempDir(), true)
	defer sp.Close()
	for range 2 { // two windows
		if err := sp.Add(fd); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		kind string
		want []any
	}{
		{facts.KindSentences, []any{fd.Sentences[0], fd.Sentences[1], fd.Sentences[0], fd.Sentences[1]}},
		{facts.KindNumbers, []any{fd.Numbers[0], fd.Numbers[0]}},
		{facts.KindQuotes, []any{fd.Quotes[0], fd.Quotes[1], fd.Quotes[0], fd.Quotes[1]}},
		{facts.KindDates, nil},
	} {
		if sp.Len(c.kind) != len(c.want) {
			t.Errorf("%s: Len %d, want %d", c.kind, sp.Len(c.kind), len(c.want))
		}
		var got []any
		var raw [][]byte
		if err := sp.Each(c.kind, func(v any) error { got = append(got, v); return nil }); err != nil {
			t.Fatal(err)
		}
		if err := sp.EachJSON(c.kind, func(b []byte) error { raw = append(raw, bytes.Clone(b)); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(c.want) || len(raw) != len(c.want) {
			t.Fatalf("%s: %d values, %d lines, want %d", c.kind, len(got), len(raw), len(c.want))
		}
		for i := range got {
			a, _ := json.Marshal(got[i])
			b, _ := json.Marshal(c.want[i])
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(c.want[i])
			if !bytes.Equal(a, b) || !bytes.Equal(raw[i], bytes.TrimSuffix(buf.Bytes(), []byte("\n"))) {
				t.Errorf("%s %d: got %.80s / %.80s, want %.80s", c.kind, i, a, raw[i], b)
			}
		}
	}
}
