package facts

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// The units offsets can count in (--offsets). Bytes index the UTF-8 input
// as Go, Rust and C do; chars are Unicode code points, as Python's
// text[start:end] counts; utf16 are UTF-16 code units, as JavaScript's
// slice and Java's substring count (an emoji is two).
const (
	OffsetBytes = "bytes"
	OffsetChars = "chars"
	OffsetUTF16 = "utf16"
)

// OffsetUnits lists the units, the default first.
var OffsetUnits = []string{OffsetBytes, OffsetChars, OffsetUTF16}

// ConvertOffsets rewrites every offset of d (sentences, spans, quote cues
// and speakers) from bytes of text, the text d was extracted from, into
// unit. Absent quote offsets stay absent. It costs one pass over text plus a
// sort of the offsets, so it stays linear in practice on any document.
func ConvertOffsets(d *Document, text, unit string) error {
	var count func(r rune) int
	switch unit {
	case OffsetBytes:
		return nil
	case OffsetChars:
		count = func(rune) int { return 1 }
	case OffsetUTF16:
		count = func(r rune) int {
			if r >= 0x10000 {
				return 2 // a surrogate pair
			}
			return 1
		}
	default:
		return fmt.Errorf("unknown offset unit %q (want one of %v)", unit, OffsetUnits)
	}
	var ptrs []*int
	d.Offsets(func(p *int) { ptrs = append(ptrs, p) })
	// Walk the text once, in the order of the offsets, converting each.
	// Offsets point at rune boundaries (the contract: text[start:end] is the
	// fact's text); one inside a rune counts up to that rune's start.
	slices.SortFunc(ptrs, func(a, b *int) int { return *a - *b })
	pos, units := 0, 0
	for _, p := range ptrs {
		off := min(max(*p, 0), len(text))
		for pos < off {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if pos+n > off {
				break
			}
			pos += n
			units += count(r)
		}
		*p = units
	}
	return nil
}

// Spans calls fn with the span of every fact of d (not the sentences).
func (d *Document) Spans(fn func(*Span)) {
	for i := range d.Entities {
		fn(&d.Entities[i].Span)
	}
	for i := range d.Numbers {
		fn(&d.Numbers[i].Span)
	}
	for i := range d.Nationalities {
		fn(&d.Nationalities[i].Span)
	}
	for i := range d.Dates {
		fn(&d.Dates[i].Span)
	}
	for i := range d.Quotes {
		fn(&d.Quotes[i].Span)
	}
}

// Offsets calls fn with every offset of d: the sentences' and the facts'
// starts and ends, and a quote's cue and speaker mention where it has them
// (an absent one has no offsets: its zeros are not positions).
func (d *Document) Offsets(fn func(*int)) {
	for i := range d.Sentences {
		fn(&d.Sentences[i].Start)
		fn(&d.Sentences[i].End)
	}
	d.Spans(func(s *Span) {
		fn(&s.Start)
		fn(&s.End)
	})
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue != "" {
			fn(&q.CueStart)
			fn(&q.CueEnd)
		}
		if q.SpeakerText != "" {
			fn(&q.SpeakerStart)
			fn(&q.SpeakerEnd)
		}
	}
}
