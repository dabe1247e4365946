// Package textcheck is the one test of whether input is text newsfacts can
// read: no NUL byte (a binary file) and valid UTF-8, whose first invalid
// byte is reported by offset and never replaced, since replacing would
// shift every offset after it. The command's readers (internal/input, on
// the bytes of a file or a JSONL line) and the library
// (newsfacts.CheckText, on a string) both call it, each wrapping the result
// in its own error types.
package textcheck

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Scan reports whether data holds a NUL byte and, if not, the offset of its
// first byte that is not valid UTF-8, or -1 when it is all text.
func Scan[T string | []byte](data T) (nul bool, bad int) {
	switch s := any(data).(type) {
	case string:
		if strings.IndexByte(s, 0) >= 0 {
			return true, -1
		}
		if utf8.ValidString(s) {
			return false, -1
		}
		for off := 0; off < len(s); {
			r, n := utf8.DecodeRuneInString(s[off:])
			if r == utf8.RuneError && n == 1 {
				return false, off
			}
			off += n
		}
	case []byte:
		if bytes.IndexByte(s, 0) >= 0 {
			return true, -1
		}
		if utf8.Valid(s) {
			return false, -1
		}
		for off := 0; off < len(s); {
			r, n := utf8.DecodeRune(s[off:])
			if r == utf8.RuneError && n == 1 {
				return false, off
			}
			off += n
		}
	}
	return false, -1
}
