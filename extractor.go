package newsfacts

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/textcheck"
	"github.com/newsfacts/newsfacts/internal/window"
)

// DefaultMaxBytes is the size limit of one text unless WithMaxBytes sets
// another. A news article is kilobytes; far beyond this is a mistake (a disk
// image, a log) that would only cost memory.
const DefaultMaxBytes = 256 << 20

// ErrInternal is matched by the error Extract returns when an extractor
// fails on a text instead of crashing the caller's program; the message
// carries the cause. It is a bug in newsfacts: please report the text.
var ErrInternal = errors.New("internal error")

// Extractor extracts facts from texts with one set of options. It holds no
// state between calls and is safe for concurrent use; build it once.
type Extractor struct {
	opt      extract.Options
	maxBytes int64
}

// Option configures New.
type Option func(*Extractor) error

// WithKinds extracts only these kinds (see Kinds), and skips the work no
// requested kind needs: the entity model is the slowest stage, and dates
// alone never run it. The default is every kind. An unknown kind makes New
// fail with ErrUnknownKind. WithKinds() with none leaves every list empty:
// only the source and the reference date are found.
func WithKinds(kinds ...string) Option {
	return func(x *Extractor) error {
		for _, k := range kinds {
			if !slices.Contains(facts.Kinds, k) {
				return fmt.Errorf("%w %q (want one of %v)", ErrUnknownKind, k, facts.Kinds)
			}
		}
		x.opt.Kinds = append([]string{}, kinds...)
		return nil
	}
}

// WithReferenceDate resolves relative dates ("yesterday", "on Friday")
// against date; its Document.DateSource is "flag". Without it the reference
// date is the first full date near the top of the article (a dateline or a
// caption), if there is one. Only the calendar day of date counts.
func WithReferenceDate(date time.Time) Option {
	return func(x *Extractor) error {
		d := time.Date(date.Year(), date.Month(), date.Day(), 0, 0, 0, 0, time.UTC)
		x.opt.Date = &d
		return nil
	}
}

// WithMaxBytes rejects texts longer than n bytes with a *TooLargeError. The
// default is DefaultMaxBytes; n must be positive.
func WithMaxBytes(n int64) Option {
	return func(x *Extractor) error {
		if n <= 0 {
			return fmt.Errorf("max bytes must be positive, not %d", n)
		}
		x.maxBytes = n
		return nil
	}
}

// New returns an Extractor with the given options applied in order.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		if err := o(x); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// Extract returns the facts of text; source names it in Document.Source (a
// path, a URL, an id: newsfacts does not read it).
//
// text is a string, not a []byte, because every fact's Text is a substring
// of it and Document keeps it: a string is shared with the result without a
// copy and cannot change under it. A caller with bytes pays one conversion,
// which Extract would otherwise have to make for them.
//
// ctx is checked before the work starts; one article takes milliseconds, and
// the extraction of one text is not interrupted once begun.
func (x *Extractor) Extract(ctx context.Context, source, text string) (*Document, error) {
	return x.ExtractRecord(ctx, Record{Source: source, Text: text})
}

// Record is one document of a corpus with the date it carries, as in the
// JSON Lines corpora the newsfacts command reads
// ({"id": ..., "date": "YYYY-MM-DD", "text": ...}).
type Record struct {
	// Source names the document (a record's id).
	Source string
	// Date, when set, is the document's own date. A record's date wins over
	// WithReferenceDate (the corpus's default); a page's publication date
	// yields to it, since the caller chose that date for this text.
	Date *time.Time
	// DateSource says where Date came from: DateSourceRecord (the default)
	// or DateSourceMeta (an HTML page's metadata). Document.DateSource
	// reports it when Date was used.
	DateSource string
	// Text is the article.
	Text string
	// Progress, when set, is called with the bytes of each window of a text
	// long enough to be extracted in windows (over 1 MiB), as each is done.
	Progress func(n int)
}

// ExtractRecord is Extract for a document that may carry its own date.
func (x *Extractor) ExtractRecord(ctx context.Context, r Record) (d *Document, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := x.check(r.Text); err != nil {
		return nil, err
	}
	defer func() {
		// A bug on one text must not take down a server or a whole corpus
		// run: it fails that text only.
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	opt := x.opt
	src := r.DateSource
	if src == "" {
		src = DateSourceRecord
	}
	own := r.Date != nil && (src == DateSourceRecord || opt.Date == nil)
	if own {
		opt.Date = r.Date
	}
	d, err = runWindows(r.Source, r.Text, opt, r.Progress)
	if err != nil {
		return nil, err
	}
	if own {
		d.DateSource = src
	}
	return d, nil
}

// check rejects text over the limit, then what CheckText rejects.
func (x *Extractor) check(text string) error {
	if int64(len(text)) > x.maxBytes {
		return &TooLargeError{Size: int64(len(text)), Max: x.maxBytes}
	}
	return CheckText(text)
}

// CheckText rejects what is not text: NUL bytes (ErrBinary) and invalid
// UTF-8 (an *InvalidUTF8Error at its offset; never replaced, since
// replacing would shift every offset after it). Extract checks every text
// so; a reader that decodes text out of a container (a JSON line) checks
// the raw bytes with it first, since decoding replaces invalid UTF-8.
func CheckText(text string) error {
	nul, bad := textcheck.Scan(text)
	switch {
	case nul:
		return ErrBinary
	case bad >= 0:
		return &InvalidUTF8Error{Offset: bad}
	}
	return nil
}

// runWindows is extract.Run through internal/window: a text longer than a
// window is extracted a window of whole paragraphs at a time, so one huge
// document costs no more memory than a window's parse plus its facts.
// progress gets the bytes of each window.
func runWindows(source, text string, opt extract.Options, progress func(int)) (*Document, error) {
	keep := window.Sentences(opt.Kinds)
	if !keep {
		// The sentences number every fact across windows.
		opt.Kinds = append(slices.Clip(opt.Kinds), facts.KindSentences)
	}
	run := func(text string, date *time.Time) (*facts.Document, error) {
		o := opt
		o.Date = date
		return extract.Run(source, text, o)
	}
	if len(text) <= window.Size {
		progress = nil // a short text's bytes are counted once it is done
	}
	return window.Run(source, text, window.Size, opt.Date, keep, run, progress)
}
