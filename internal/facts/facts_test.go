package facts

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// TestQuoteAbsentOffsets: 0 is a real offset, so a quote without a cue or a
// speaker mention writes null there, and reads back the same.
func TestQuoteAbsentOffsets(t *testing.T) {
	tests := []struct {
		name string
		q    Quote
		want string
	}{
		{"cue and speaker at offset 0 are numbers",
			Quote{Span: Span{Text: "x", Start: 9, End: 10}, Kind: "direct", Cue: "Said", CueStart: 0, CueEnd: 4, Speaker: "He", SpeakerText: "He", SpeakerStart: 0, SpeakerEnd: 2},
			`{"text":"x","start":9,"end":10,"sentence":0,"kind":"direct","cue":"Said","cue_start":0,"cue_end":4,"speaker":"He","speaker_text":"He","speaker_start":0,"speaker_end":2,"speaker_label":"","speaker_via":"","speaker_entity":null}`},
		{"no cue, no speaker: null",
			Quote{Span: Span{Text: "<b> & c", Start: 1, End: 8}, Kind: "direct"},
			`{"text":"<b> & c","start":1,"end":8,"sentence":0,"kind":"direct","cue":"","cue_start":null,"cue_end":null,"speaker":"","speaker_text":"","speaker_start":null,"speaker_end":null,"speaker_label":"","speaker_via":"","speaker_entity":null}`},
		{"cue without speaker mention",
			Quote{Kind: "indirect", Cue: "said", CueStart: 5, CueEnd: 9},
			`{"text":"","start":0,"end":0,"sentence":0,"kind":"indirect","cue":"said","cue_start":5,"cue_end":9,"speaker":"","speaker_text":"","speaker_start":null,"speaker_end":null,"speaker_label":"","speaker_via":"","speaker_entity":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// As the renderers encode: without HTML escaping, which a
			// Marshaler's own output must not reintroduce.
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tt.q); err != nil {
				t.Fatal(err)
			}
			b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			if string(b) != tt.want {
				t.Errorf("got  %s\nwant %s", b, tt.want)
			}
			var back Quote
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if back != tt.q {
				t.Errorf("round trip: %+v, want %+v", back, tt.q)
			}
		})
	}
}

// Quote's JSON goes through a mirror struct (for the null offsets); every
// field of Quote must be in it, or a new field would be silently dropped
// from the output, and a round trip must give the quote back.
func TestQuoteJSONKeepsEveryField(t *testing.T) {
	tags := func(t reflect.Type) map[string]bool {
		out := map[string]bool{}
		for f := range t.Fields() {
			if tag := f.Tag.Get("json"); tag != "" {
				out[tag] = true
			}
		}
		return out
	}
	mirror := tags(reflect.TypeFor[quoteJSON]())
	for tag := range tags(reflect.TypeFor[Quote]()) {
		if !mirror[tag] {
			t.Errorf("field %q of Quote is missing from quoteJSON", tag)
		}
	}
	q := Quote{Span: Span{Text: "x", Start: 1, End: 2}, Kind: "direct", Cue: "said", CueStart: 5, CueEnd: 9,
		Speaker: "Jane Doe", SpeakerText: "Doe", SpeakerStart: 10, SpeakerEnd: 13, SpeakerLabel: "PERSON", SpeakerVia: "name"}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var back Quote
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back != q {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, q)
	}
}
