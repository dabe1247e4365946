// Package window bounds the memory of one large document (issue 18): a text
// longer than a window is extracted one window of whole paragraphs at a
// time, and the facts of each window are shifted to offsets, sentence and
// paragraph indexes of the whole text and appended to one document (Run),
// or written to temporary files by a Spill as each window is done. The
// parse of a window (tokens, tags, the entity tagger's arrays, about 125
// bytes per input byte) is dropped before the next, so a run's memory no
// longer grows with the size of one document past a window; with a Spill,
// not with the facts it finds either (about 10 bytes per input byte held
// in memory otherwise).
//
// Its place in the flow: between the input (one document's text) and the
// extractors, for any caller of extract.Run. A text within one window is
// extracted whole, so the output on an ordinary article is exactly
// extract.Run's.
//
// State carried across windows: the reference date (found in the first
// window, or given) resolves the relative dates of every window; the
// caller's Extract may carry more (the root package passes the windows one
// extract.Options.Carry: canonical names and entity ids, bounded). Not
// carried, so different from one whole-document run on a text longer than
// a window: speakers (each window links the pronouns of its own
// paragraphs), acronyms an earlier window defined, and the entity tagger's
// document-level word statistics.
package window

import (
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Size is the window: 1 MiB, two hundred news articles, about 130 MB of
// parse while it is worked on.
const Size = 1 << 20

// Extract extracts one text with a reference date (nil: found in the
// text), as extract.Run does, with every kind of fact that was asked for
// and the sentences.
type Extract func(text string, date *time.Time) (*facts.Document, error)

// Options shape Each beyond the text.
type Options struct {
	// Size is the window (Size unless a test makes it small).
	Size int
	// Date is the reference date (nil: found in the first window).
	Date *time.Time
	// Unit is what offsets count (facts.OffsetUnits; "" is bytes): each
	// window is converted on its own text, then shifted by the units of
	// the windows before it, so no pass over the whole text is needed.
	Unit string
	// Progress, if set, is called with the bytes of each window once done.
	Progress func(n int)
	// IDs is set when run numbers entity ids across windows itself (an
	// extract.Options.Carry shared by the windows): they are not shifted.
	IDs bool
}

// Each extracts text through run in windows of about o.Size bytes of whole
// paragraphs and calls add with the facts of each, in order, at offsets
// (in o.Unit), sentence and paragraph indexes and entity ids of the whole
// text. The first window's document carries the reference date for all.
func Each(text string, run Extract, o Options, add func(fd *facts.Document) error) error {
	return each(func(yield func(w string) error) error {
		for _, b := range Bounds(text, o.Size) {
			if err := yield(text[b[0]:b[1]]); err != nil {
				return err
			}
		}
		return nil
	}, run, o, add)
}

// EachReader is Each on a text read from r a window at a time (see Read),
// so the text is never held whole. check, if set, is called with each
// window and its byte offset before it is extracted (the caller's UTF-8
// and NUL check, which must name offsets of the whole text).
func EachReader(r io.Reader, check func(w string, off int) error, run Extract, o Options, add func(fd *facts.Document) error) error {
	off := 0
	return each(func(yield func(w string) error) error {
		return Read(r, o.Size, func(w string) error {
			if check != nil {
				if err := check(w, off); err != nil {
					return err
				}
			}
			off += len(w)
			return yield(w)
		})
	}, run, o, add)
}

// each runs the windows that windows yields.
func each(windows func(yield func(w string) error) error, run Extract, o Options, add func(fd *facts.Document) error) error {
	date := o.Date
	sentences, paragraphs, ids, units := 0, 0, 0, 0
	i := 0
	return windows(func(w string) error {
		fd, err := run(w, date)
		if err != nil {
			return err
		}
		if i == 0 && date == nil && fd.Date != nil {
			// The article's own date, found at its top, holds for every
			// later window.
			t, err := time.Parse(time.DateOnly, *fd.Date)
			if err != nil {
				return fmt.Errorf("window: reference date %q: %w", *fd.Date, err)
			}
			date = &t
		}
		if err := facts.ConvertOffsets(fd, w, unit(o.Unit)); err != nil {
			return err
		}
		n := len(fd.Sentences)
		m := maxEntity(fd)
		if o.IDs {
			m = 0 // the ids are the document's already
		}
		if i > 0 {
			shift(fd, units, sentences, paragraphs, ids)
		}
		if err := add(fd); err != nil {
			return err
		}
		i++
		sentences += n
		ids += m
		paragraphs += doc.CountParagraphs(w)
		units += countUnits(w, unit(o.Unit))
		if o.Progress != nil {
			o.Progress(len(w))
		}
		return nil
	})
}

// Run is Each gathering the windows into one document for source.
// keepSentences false leaves the sentences out of the result, as when they
// were not asked for (run must return them all the same: they number the
// facts). o.Unit is not used: Run's offsets are bytes.
func Run(source, text string, o Options, keepSentences bool, run Extract) (*facts.Document, error) {
	var out *facts.Document
	o.Unit = ""
	err := Each(text, run, o, func(fd *facts.Document) error {
		if out == nil {
			out = fd
			return nil
		}
		out.Sentences = append(out.Sentences, fd.Sentences...)
		out.Entities = append(out.Entities, fd.Entities...)
		out.Numbers = append(out.Numbers, fd.Numbers...)
		out.Nationalities = append(out.Nationalities, fd.Nationalities...)
		out.Dates = append(out.Dates, fd.Dates...)
		out.Quotes = append(out.Quotes, fd.Quotes...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, fmt.Errorf("window: no window")
	}
	out.Source = source
	out.Input = text
	if !keepSentences {
		out.Sentences = []facts.Sentence{}
	}
	return out, nil
}

// unit is u with "" read as bytes.
func unit(u string) string {
	if u == "" {
		return facts.OffsetBytes
	}
	return u
}

// countUnits is the length of w in u, as facts.ConvertOffsets counts.
func countUnits(w, u string) int {
	switch u {
	case facts.OffsetChars:
		return utf8.RuneCountInString(w)
	case facts.OffsetUTF16:
		n := 0
		for _, r := range w {
			n++
			if r >= 0x10000 {
				n++ // a surrogate pair
			}
		}
		return n
	}
	return len(w)
}

// shift moves the facts of a window that starts at byte off of the whole
// text, after sents sentences and paras paragraphs and the entity ids
// 1..ids of the windows before it: a window's ids go on from there (an
// entity named in two windows gets two ids, unless run carries them and
// ids is 0).
func shift(fd *facts.Document, off, sents, paras, ids int) {
	fd.Offsets(func(p *int) { *p += off })
	for i := range fd.Sentences {
		fd.Sentences[i].Index += sents
		fd.Sentences[i].Paragraph += paras
	}
	fd.Spans(func(s *facts.Span) { s.Sentence += sents })
	for i := range fd.Entities {
		if fd.Entities[i].Entity > 0 {
			fd.Entities[i].Entity += ids
		}
	}
	for i := range fd.Quotes {
		if fd.Quotes[i].SpeakerEntity > 0 {
			fd.Quotes[i].SpeakerEntity += ids
		}
	}
}

// maxEntity is the highest entity id of fd.
func maxEntity(fd *facts.Document) int {
	n := 0
	for _, e := range fd.Entities {
		n = max(n, e.Entity)
	}
	return n
}

// Bounds cuts text into windows [start, end) of whole paragraphs: each
// ends after the first blank line at or past size bytes from its start.
// A paragraph running on past 4 x size is cut after a line break instead
// (a table, a list), and a line running on past 2 x size with no break
// after a space past size, else at a character at size (a million quote
// marks): the windows of such a text differ from one whole parse, but no
// input makes one window larger than 4 x size plus a line.
func Bounds(text string, size int) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := cut(text, start, size)
		out = append(out, [2]int{start, end})
		start = end
	}
	if out == nil {
		out = [][2]int{{0, 0}}
	}
	return out
}

// Ahead is how far past a window's start Read looks (in windows) to find
// its end: beyond the 4 x size that bounds a paragraph. Only a line of
// over 4 windows that ends in a blank line more than Ahead windows on is
// cut differently from Bounds on the whole text (at its first line break).
const Ahead = 8

// Read cuts the text of r into the windows of Bounds, reading ahead at
// most Ahead x size bytes, and calls yield with each, a copy of its own;
// an empty text is one empty window, as in Bounds.
func Read(r io.Reader, size int, yield func(w string) error) error {
	buf := make([]byte, 0, Ahead*size+size)
	eof, started := false, false
	for {
		for !eof && len(buf) < Ahead*size {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		if len(buf) == 0 && started {
			return nil
		}
		started = true
		end := cut(buf, 0, size)
		if err := yield(string(buf[:end])); err != nil {
			return err
		}
		buf = buf[:copy(buf, buf[end:])]
		if len(buf) == 0 && eof {
			return nil
		}
	}
}

// cut returns the end of the window starting at start.
func cut[T string | []byte](text T, start, size int) int {
	if len(text)-start <= size {
		return len(text)
	}
	lineEnd := -1 // the end of the first line break past size
	for i := start + size; i < len(text); i++ {
		if lineEnd < 0 && i-start >= 2*size {
			return cutLine(text, start, start+size, i)
		}
		if text[i] != '\n' {
			continue
		}
		if lineEnd < 0 {
			lineEnd = i + 1
		}
		// A blank line follows: only spaces, tabs or \r before the next
		// line break. The window ends after it.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return j + 1
		}
		if i-start >= 4*size {
			return lineEnd
		}
	}
	if lineEnd > 0 && len(text)-start > 4*size {
		return lineEnd
	}
	return len(text)
}

// cutLine ends the window from start inside text[from:to], which has no
// line break: after its first space or tab, else at the character starting
// at or before from, or after it when that would leave the window empty.
func cutLine[T string | []byte](text T, start, from, to int) int {
	for k := from; k < to; k++ {
		if text[k] == ' ' || text[k] == '\t' {
			return k + 1
		}
	}
	at := from
	for at > start && !utf8.RuneStart(text[at]) {
		at--
	}
	if at > start {
		return at
	}
	for from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	return from
}

// Sentences is true when kinds (nil: all) asks for the sentences.
func Sentences(kinds []string) bool {
	return kinds == nil || slices.Contains(kinds, facts.KindSentences)
}
