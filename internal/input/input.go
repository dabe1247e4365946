// Package input reads articles and checks that they are text newsfacts can
// work on, before any parsing: UTF-8, no NUL bytes, a regular file, not
// beyond the size limit. Rejected inputs get an *Error naming the input, so
// the command layer can report it on one line and go on with the others.
//
// A Corpus turns command-line arguments into documents one at a time: files,
// stdin, directories walked recursively, the records of JSON Lines corpora
// and the article text of HTML pages.
package input

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/internal/textcheck"
)

// Stdin is the name under which standard input is given and reported.
const Stdin = "-"

// DefaultMaxBytes bounds one input. A news article is kilobytes; anything far
// beyond this is a mistake (a disk image, a log) that would only cost memory.
const DefaultMaxBytes = 256 << 20

// Error is a rejected or unreadable input.
type Error struct {
	Source string
	Err    error
}

func (e *Error) Error() string { return DisplayName(e.Source) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Reasons an input is rejected.
var (
	ErrBinary    = errors.New("binary file (contains NUL bytes)")
	ErrDirectory = errors.New("is a directory")
	ErrTooLarge  = errors.New("input too large")
)

// DisplayName is the name used for source in messages.
func DisplayName(source string) string {
	if source == Stdin {
		return "<standard input>"
	}
	return source
}

// Read reads source ("-" for stdin) and validates it with Check.
func Read(source string, stdin io.Reader, maxBytes int64) (string, error) {
	data, err := readAll(source, stdin, maxBytes)
	if err != nil {
		return "", err
	}
	if err := Check(data); err != nil {
		return "", &Error{source, err}
	}
	return string(data), nil
}

// Check rejects data that is not text: NUL bytes mark a binary file, and
// invalid UTF-8 is reported with its byte offset rather than replaced, since
// replacing would shift every offset after it. The test is the library's
// (internal/textcheck); the errors are this package's.
func Check(data []byte) error {
	nul, bad := textcheck.Scan(data)
	switch {
	case nul:
		return ErrBinary
	case bad >= 0:
		return invalidAt(bad)
	}
	return nil
}

// invalidAt is the error of an invalid UTF-8 byte at offset off.
func invalidAt(off int) error { return fmt.Errorf("invalid UTF-8 at byte %d", off) }

// unwrapPath drops the *PathError wrapper, whose message repeats the name.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
