package newsfacts

import (
	"errors"
	"strconv"
)

// Errors a caller can test with errors.Is. Input errors say what is wrong
// with the text, not which text: wrap them with its name, as the newsfacts
// command does.
var (
	// ErrInvalidUTF8 is matched by every *InvalidUTF8Error.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrBinary rejects text containing NUL bytes: a binary file, not an
	// article.
	ErrBinary = errors.New("binary file (contains NUL bytes)")
	// ErrTooLarge is matched by every *TooLargeError.
	ErrTooLarge = errors.New("input too large")
	// ErrUnknownKind is returned by New for a kind not in Kinds.
	ErrUnknownKind = errors.New("unknown kind")
)

// InvalidUTF8Error reports text that is not valid UTF-8. Offset is the byte
// offset of the first invalid byte; newsfacts never replaces it, since every
// offset after it would shift.
type InvalidUTF8Error struct {
	Offset int
}

// Error reads "invalid UTF-8 at byte N", as the newsfacts command reports it.
func (e *InvalidUTF8Error) Error() string {
	return "invalid UTF-8 at byte " + strconv.Itoa(e.Offset)
}

// Is makes errors.Is(err, ErrInvalidUTF8) true.
func (e *InvalidUTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }

// TooLargeError reports text longer than the limit set with WithMaxBytes.
type TooLargeError struct {
	Size, Max int64
}

// Error names the size and the limit.
func (e *TooLargeError) Error() string {
	return "input too large: " + strconv.FormatInt(e.Size, 10) + " bytes, more than " + strconv.FormatInt(e.Max, 10)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }
