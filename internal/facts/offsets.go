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
	for i := range d.Sentences {
		ptrs = append(ptrs, &d.Sentences[i].Start, &d.Sentences[i].End)
	}
	span := func(s *Span) { ptrs = append(ptrs, &s.Start, &s.End) }
	for i := range d.Entities {
		span(&d.Entities[i].Span)
	}
	for i := range d.Numbers {
		span(&d.Numbers[i].Span)
	}
	for i := range d.Nationalities {
		span(&d.Nationalities[i].Span)
	}
	for i := range d.Dates {
		span(&d.Dates[i].Span)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		span(&q.Span)
		if q.Cue != "" {
			ptrs = append(ptrs, &q.CueStart, &q.CueEnd)
		}
		if q.SpeakerText != "" {
			ptrs = append(ptrs, &q.SpeakerStart, &q.SpeakerEnd)
		}
	}
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
