package nationalities

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// PlaceAt returns the length in tokens of the place name starting at token
// i, or 0. Words in capitals ("LONDON", "NEW YORK" in datelines) match the
// name in title case.
func (t *Tables) PlaceAt(toks []doc.Token, i int) int {
	w := toks[i].Text
	if placeFirst.May(w) {
		for _, p := range placesOf(w) {
			if words.Match(toks, i, p.words) {
				return len(p.words)
			}
		}
	}
	if len(w) < 3 || !words.IsUpper(w) {
		return 0
	}
	var buf [64]byte
	for _, p := range placesOf(bytesString(titleBytes(&buf, w))) {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k, pw := range p.words {
			ok = ok && string(titleBytes(&buf, toks[i+k].Text)) == pw
		}
		if ok {
			return len(p.words)
		}
	}
	return 0
}

// titleBytes is titleCase(w), written into buf when w is ASCII and fits,
// so that a look-up or comparison needs no new string.
func titleBytes(buf *[64]byte, w string) []byte {
	if w == "" || len(w) > len(buf) || !words.IsASCII(w) {
		return []byte(titleCase(w))
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case i == 0 && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case i > 0 && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// titleCase turns "LONDON" into "London".
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

// IsPlace reports whether a place name starts with the word w ("The" of
// "The Hague").
func (t *Tables) IsPlace(w string) bool { return len(placesOf(w)) > 0 }

// bytesString views b as a string without a copy, for a search that keeps
// no reference to it.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
