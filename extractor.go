package newsfacts

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
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
	// unit is what offsets count (WithOffsets); "" is bytes.
	unit string
	// spill is set by WithSpill; dir is where its files go.
	spill bool
	dir   string
	// window is the window size, window.Size but in tests.
	window int
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

// The units offsets can count in (WithOffsets): bytes of the UTF-8 text
// (the default, as Go indexes strings), code points (as Python's
// text[start:end]) or UTF-16 code units (as JavaScript's slice).
const (
	OffsetBytes = facts.OffsetBytes
	OffsetChars = facts.OffsetChars
	OffsetUTF16 = facts.OffsetUTF16
)

// WithOffsets makes every offset of a Document (starts, ends, cue and
// speaker offsets) count unit, one of OffsetBytes, OffsetChars and
// OffsetUTF16, instead of bytes. A text extracted in windows is converted
// window by window, in one pass over the text in all.
func WithOffsets(unit string) Option {
	return func(x *Extractor) error {
		if !slices.Contains(facts.OffsetUnits, unit) {
			return fmt.Errorf("unknown offset unit %q (want one of %v)", unit, facts.OffsetUnits)
		}
		x.unit = unit
		return nil
	}
}

// WithSpill bounds the memory of a text longer than a window (1 MiB) by its
// window instead of its size: the facts of each window are written to
// temporary files under dir (os.TempDir() when empty) as it is done, and
// the Document's lists stay empty, with Document.Spilled giving the facts
// one at a time, in order. The caller must Close Document.Spilled when done
// (the files have no name left on Unix, so a killed process leaves none
// behind). The newsfacts command spills for json, jsonl and csv, which
// print a fact at a time. Texts within one window are kept in memory as
// without it.
func WithSpill(dir string) Option {
	return func(x *Extractor) error {
		x.spill, x.dir = true, dir
		return nil
	}
}

// New returns an Extractor with the given options applied in order.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{maxBytes: DefaultMaxBytes, window: window.Size}
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
	// Reader, when set and Text is empty, is read for the text instead. A
	// text longer than a window is then read a window at a time and never
	// held whole when WithSpill is set: a document of any size costs the
	// memory of a window, and Document.Input stays empty. Each window is
	// checked as CheckText checks a text (offsets of the whole text), and
	// the size as WithMaxBytes says. Without WithSpill the text is read
	// whole, as if it were Text.
	Reader io.Reader
	// Progress, when set, is called with the bytes of each window of a text
	// long enough to be extracted in windows (over 1 MiB), as each is done.
	Progress func(n int)
}

// ExtractRecord is Extract for a document that may carry its own date.
func (x *Extractor) ExtractRecord(ctx context.Context, r Record) (d *Document, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var rest io.Reader // the text past a window, read as it is extracted
	if r.Reader != nil && r.Text == "" {
		if r.Text, rest, err = x.head(r.Reader); err != nil {
			return nil, err
		}
	}
	if rest == nil {
		if err := x.check(r.Text); err != nil {
			return nil, err
		}
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
	if rest != nil {
		d, err = x.runReader(r.Source, io.MultiReader(strings.NewReader(r.Text), rest), opt, r.Progress)
	} else {
		d, err = x.runWindows(r.Source, r.Text, opt, r.Progress)
	}
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
// document costs no more memory than a window's parse plus its facts, or
// with WithSpill than a window's parse alone. progress gets the bytes of
// each window.
func (x *Extractor) runWindows(source, text string, opt extract.Options, progress func(int)) (*Document, error) {
	o := window.Options{Size: x.window, Date: opt.Date, Progress: progress}
	if len(text) <= x.window {
		// One window: a short text's bytes are counted once it is done,
		// nothing is spilled, and no state crosses windows.
		keep, run := runner(source, opt, false)
		o.Progress = nil
		d, err := window.Run(source, text, o, keep, run)
		if err != nil {
			return nil, err
		}
		return d, facts.ConvertOffsets(d, text, x.offsetUnit())
	}
	keep, run := runner(source, opt, true)
	o.IDs = true
	if !x.spill {
		d, err := window.Run(source, text, o, keep, run)
		if err != nil {
			return nil, err
		}
		return d, facts.ConvertOffsets(d, text, x.offsetUnit())
	}
	return x.spillTo(source, keep, func(add func(*facts.Document) error) error {
		o.Unit = x.unit
		return window.Each(text, run, o, add)
	}, text)
}

// runner is extract.Run with opt for the windows of source, and whether
// the sentences were asked for: the windows need them all the same, since
// the sentences number every fact across windows. With carry, the windows
// share one extract.Options.Carry, run in order (window.Options.IDs): the
// canonical names and entity ids of the earlier windows, bounded.
func runner(source string, opt extract.Options, carry bool) (keep bool, run window.Extract) {
	keep = window.Sentences(opt.Kinds)
	if !keep {
		opt.Kinds = append(slices.Clip(opt.Kinds), facts.KindSentences)
	}
	if carry {
		opt.Carry = extract.NewCarry()
	}
	return keep, func(text string, date *time.Time) (*facts.Document, error) {
		o := opt
		o.Date = date
		return extract.Run(source, text, o)
	}
}

// head reads r whole when it holds at most a window, or without WithSpill
// (text), else reads a window's worth and returns the rest to be read as
// the windows are extracted.
func (x *Extractor) head(r io.Reader) (text string, rest io.Reader, err error) {
	limit := x.maxBytes
	if x.spill {
		limit = min(limit, int64(x.window))
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return "", nil, err
	}
	if int64(len(b)) <= limit {
		return string(b), nil, nil
	}
	if !x.spill {
		return "", nil, &TooLargeError{Size: int64(len(b)), Max: x.maxBytes}
	}
	return string(b), r, nil
}

// runReader extracts the text of r a window at a time into a spill,
// checking each window (CheckText, WithMaxBytes) as it is read.
func (x *Extractor) runReader(source string, r io.Reader, opt extract.Options, progress func(int)) (*Document, error) {
	keep, run := runner(source, opt, true)
	check := func(w string, off int) error {
		if int64(off+len(w)) > x.maxBytes {
			// Size is what was read by then: the rest is never read.
			return &TooLargeError{Size: int64(off + len(w)), Max: x.maxBytes}
		}
		err := CheckText(w)
		var ie *InvalidUTF8Error
		if errors.As(err, &ie) {
			return &InvalidUTF8Error{Offset: off + ie.Offset}
		}
		return err
	}
	return x.spillTo(source, keep, func(add func(*facts.Document) error) error {
		o := window.Options{Size: x.window, Date: opt.Date, Unit: x.unit, Progress: progress, IDs: true}
		return window.EachReader(r, check, run, o, add)
	}, "")
}

// spillTo runs the windows each gives into a spill and returns the document
// whose facts it holds; text is its Input.
func (x *Extractor) spillTo(source string, keep bool, each func(add func(*facts.Document) error) error, text string) (*Document, error) {
	sp := window.NewSpill(x.dir, keep)
	done := false
	defer func() {
		if !done {
			sp.Close() // an error or a recovered panic: the files go
		}
	}()
	d := facts.New(source)
	d.Input, d.Spilled = text, sp
	first := true
	err := each(func(fd *facts.Document) error {
		if first {
			first = false
			d.Date, d.DateSource = fd.Date, fd.DateSource
		}
		return sp.Add(fd)
	})
	if err != nil {
		return nil, err
	}
	done = true
	return d, nil
}

// offsetUnit is the unit of WithOffsets, bytes by default.
func (x *Extractor) offsetUnit() string {
	if x.unit == "" {
		return facts.OffsetBytes
	}
	return x.unit
}
