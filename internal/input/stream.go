package input

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// A streamed document is a text file too large to be worth holding whole
// (Options.StreamOver): the corpus checks it as Check does, in one pass of
// bounded memory, and leaves reading it to the caller, who extracts it a
// window at a time (issue 18: one 256 MB document in the memory of a
// window, not of its size). HTML is never streamed: readability needs the
// whole page.

// stream opens source as a streamed document when it is a regular text
// file over StreamOver bytes (and within MaxBytes, whose error readAll
// reports); ok is false when it is to be read whole.
func (c *Corpus) stream(source, format string) (d *Document, ok bool) {
	if c.opt.StreamOver <= 0 || format == FormatHTML {
		return nil, false
	}
	if source == Stdin {
		return c.spool(format)
	}
	st, err := os.Stat(source)
	if err != nil || !st.Mode().IsRegular() || st.Size() <= c.opt.StreamOver || st.Size() > c.opt.MaxBytes {
		return nil, false
	}
	f, err := os.Open(source)
	if err != nil {
		return nil, false // readAll reports it
	}
	defer f.Close()
	head := make([]byte, 512) // what http.DetectContentType reads
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, false
	}
	if format == FormatAuto && isHTML(source, head[:n]) {
		return nil, false
	}
	d = &Document{Source: source, Size: st.Size(), path: source}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		d.Err = &Error{source, unwrapPath(err)}
		return d, true
	}
	if err := checkStream(f); err != nil {
		d.Err = &Error{source, unwrapPath(err)}
	}
	return d, true
}

// spool reads stdin: a text within StreamOver bytes is read whole, as a
// file is; a longer one is copied to a temporary file, which is then
// streamed as a file is (one document piped in, a whole corpus perhaps,
// costs disk, not memory). It is removed when opened or read (Unix keeps
// an open file), or at once if it fails its check.
func (c *Corpus) spool(format string) (*Document, bool) {
	head, err := io.ReadAll(io.LimitReader(c.stdin, c.opt.StreamOver+1))
	if err != nil {
		return &Document{Source: Stdin, Err: &Error{Stdin, err}}, true
	}
	if int64(len(head)) <= c.opt.StreamOver || format == FormatAuto && isHTML(Stdin, head) {
		c.stdin = io.MultiReader(bytes.NewReader(head), c.stdin)
		return nil, false // read whole after all
	}
	f, err := os.CreateTemp("", "newsfacts-stdin-*.txt")
	if err != nil {
		return &Document{Source: Stdin, Err: &Error{Stdin, err}}, true
	}
	defer f.Close()
	d := &Document{Source: Stdin, path: f.Name(), temp: true}
	n, err := io.Copy(f, io.LimitReader(io.MultiReader(bytes.NewReader(head), c.stdin), c.opt.MaxBytes+1))
	d.Size = n
	switch {
	case err != nil:
		d.Err = &Error{Stdin, err}
	case n > c.opt.MaxBytes:
		d.Err = &Error{Stdin, fmt.Errorf("%w: more than %d bytes (see --max-bytes)", ErrTooLarge, c.opt.MaxBytes)}
	default:
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			d.Err = &Error{Stdin, err}
		} else if err := checkStream(f); err != nil {
			d.Err = &Error{Stdin, err}
		}
	}
	if d.Err != nil {
		_ = os.Remove(d.path) // never to be opened
	}
	return d, true
}

// Streamed says the document is to be read with Open, a window at a time,
// rather than with Text (which reads it whole all the same).
func (d *Document) Streamed() bool { return d.path != "" }

// Open opens a streamed document's text, checked already; the caller
// closes it.
func (d *Document) Open() (io.ReadCloser, error) {
	f, err := os.Open(d.path)
	if err != nil {
		return nil, &Error{d.Source, unwrapPath(err)}
	}
	if d.temp {
		_ = os.Remove(d.path) // Unix keeps the open file

	}
	return f, nil
}

// checkStream is Check on the text of r, read a megabyte at a time: NUL
// anywhere makes it binary, else the first invalid UTF-8 byte is reported
// at its offset, exactly as Check on the whole text reports them.
func checkStream(r io.Reader) error {
	buf := make([]byte, 1<<20)
	keep := 0 // an incomplete character carried at buf's start
	off := 0  // the offset of buf[0] in the text
	var bad error
	for {
		n, err := io.ReadFull(r, buf[keep:])
		last := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !last {
			return err
		}
		data := buf[:keep+n]
		if bytes.IndexByte(data, 0) >= 0 {
			return ErrBinary
		}
		keep = 0
		if bad == nil {
			if !last {
				keep = incomplete(data)
			}
			if !utf8.Valid(data[:len(data)-keep]) {
				bad = shifted(data[:len(data)-keep], off)
			}
		}
		copy(buf, data[len(data)-keep:])
		off += len(data) - keep
		if last {
			return bad
		}
	}
}

// incomplete is the length of a character cut off at the end of data.
func incomplete(data []byte) int {
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(data[i]) {
			if utf8.FullRune(data[i:]) {
				return 0
			}
			return len(data) - i
		}
	}
	return 0
}

// shifted is Check's UTF-8 error for data, valid but for some byte, at
// offset off of the text.
func shifted(data []byte, off int) error {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return invalidAt(off + i)
		}
		i += n
	}
	return nil
}
