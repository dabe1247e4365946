package facts

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// TestConvertOffsets checks that converted offsets slice the same text the
// way Python (code points) and JavaScript (UTF-16 units) slice strings.
func TestConvertOffsets(t *testing.T) {
	tests := []struct {
		name, text string
		facts      []string // substrings marked as entities, in order
	}{
		{"ascii", "NATO sent troops.", []string{"NATO", "troops"}},
		{"accents: two-byte runes", "Zürich and São Paulo agreed.", []string{"Zürich", "São Paulo"}},
		{"decomposed accent: combining mark is a code point of its own", "Cafe\u0301 owner Müller", []string{"Müller"}},
		{"CJK: three-byte runes", "东京和北京 signed on 5月30日.", []string{"北京", "5月30日"}},
		{"emoji: four bytes, one code point, two UTF-16 units", "Fans 🎉🇽🇰 cheered Kosovo 😀.", []string{"🇽🇰", "Kosovo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			build := func() *Document {
				d := New("t")
				d.Sentences = append(d.Sentences, Sentence{Text: tt.text, Start: 0, End: len(tt.text)})
				from := 0
				for _, f := range tt.facts {
					i := from + strings.Index(tt.text[from:], f)
					d.Entities = append(d.Entities, Entity{Span: Span{Text: f, Start: i, End: i + len(f)}})
					from = i + len(f)
				}
				// A quote whose cue is the first fact and with no speaker.
				e := d.Entities[0]
				d.Quotes = append(d.Quotes, Quote{Span: e.Span, Cue: e.Text, CueStart: e.Start, CueEnd: e.End})
				return d
			}
			runes := []rune(tt.text)
			units := utf16.Encode(runes)
			d := build()
			if err := ConvertOffsets(d, tt.text, OffsetChars); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if got := string(runes[e.Start:e.End]); got != e.Text {
					t.Errorf("chars [%d:%d] = %q, want %q", e.Start, e.End, got, e.Text)
				}
			}
			if s := d.Sentences[0]; s.End != len(runes) {
				t.Errorf("chars: sentence end %d, want %d", s.End, len(runes))
			}
			if q := d.Quotes[0]; string(runes[q.CueStart:q.CueEnd]) != q.Cue || q.SpeakerStart != 0 || q.SpeakerEnd != 0 {
				t.Errorf("chars: quote %+v", q)
			}
			d = build()
			if err := ConvertOffsets(d, tt.text, OffsetUTF16); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if got := string(utf16.Decode(units[e.Start:e.End])); got != e.Text {
					t.Errorf("utf16 [%d:%d] = %q, want %q", e.Start, e.End, got, e.Text)
				}
			}
			if s := d.Sentences[0]; s.End != len(units) {
				t.Errorf("utf16: sentence end %d, want %d", s.End, len(units))
			}
			d = build()
			want := d.Entities[len(d.Entities)-1].End
			if err := ConvertOffsets(d, tt.text, OffsetBytes); err != nil || d.Entities[len(d.Entities)-1].End != want {
				t.Errorf("bytes changed the offsets: %v", err)
			}
			if !utf8.ValidString(tt.text) {
				t.Fatal("bad test text")
			}
		})
	}
	if err := ConvertOffsets(New("t"), "", "runes"); err == nil {
		t.Error("unknown unit accepted")
	}
}

// FuzzConvertOffsets: for any text and any span on rune boundaries, the
// converted offsets slice the same text out of the code points and the
// UTF-16 units, and bytes leave the offsets alone.
func FuzzConvertOffsets(f *testing.F) {
	f.Add("Zürich 東京 🎉 Kosovo", 3, 9)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) {
			return
		}
		var bounds []int // rune starts, and the end
		for i := range text {
			bounds = append(bounds, i)
		}
		bounds = append(bounds, len(text))
		pick := func(n int) int { return bounds[(n%len(bounds)+len(bounds))%len(bounds)] }
		start, end := pick(a), pick(b)
		if start > end {
			start, end = end, start
		}
		want := text[start:end]
		for _, unit := range OffsetUnits {
			d := New("f")
			d.Entities = []Entity{{Span: Span{Text: want, Start: start, End: end}}}
			if err := ConvertOffsets(d, text, unit); err != nil {
				t.Fatal(err)
			}
			e := d.Entities[0]
			var got string
			switch unit {
			case OffsetBytes:
				got = text[e.Start:e.End]
			case OffsetChars:
				got = string([]rune(text)[e.Start:e.End])
			case OffsetUTF16:
				got = string(utf16.Decode(utf16.Encode([]rune(text))[e.Start:e.End]))
			}
			if got != want {
				t.Fatalf("%s [%d:%d] = %q, want %q", unit, e.Start, e.End, got, want)
			}
		}
	})
}
