package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Input formats, as named by --input-format.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatHTML  = "html"
)

// Formats lists the input formats by name.
var Formats = []string{FormatAuto, FormatText, FormatJSONL, FormatHTML}

// DefaultExts are the file extensions read when walking a directory.
var DefaultExts = []string{"txt", "html", "htm", "jsonl"}

// ErrNoText marks a JSONL record without a "text" string.
var ErrNoText = errors.New(`record has no "text" string`)

// Options say how to turn command-line arguments into documents.
type Options struct {
	// Format is one of Formats; auto decides per file by extension and, for
	// text, by sniffing HTML.
	Format string
	// Exts are the extensions (without dot) read in a directory walk. Files
	// named on the command line are always read.
	Exts []string
	// MaxBytes bounds one document (a file, or one JSONL line).
	MaxBytes int64
	// StreamOver, when positive, leaves a text file larger than this to
	// be read by the caller a window at a time (Document.Streamed) instead
	// of reading it whole; it is checked all the same.
	StreamOver int64
	// Keep, when set, decides from its source name whether a document is
	// read at all: --shard uses it so skipped files are never opened.
	Keep func(source string) bool
}

// Document is one document of a corpus, in the order the corpus gives it.
// A document that could not be read keeps its place with Err set, so the
// caller can report it where it belongs and go on.
type Document struct {
	// Source names the document: the path as given, "-" for stdin, the
	// record's id, or PATH:LINE for a JSONL record without one.
	Source string
	// Date is the article's date carried by the input itself, or nil: a
	// JSONL record's "date", or an HTML page's publication date (known once
	// Text has run, since finding it means parsing the page).
	Date *time.Time
	// File and Line locate a JSONL record: the corpus file and the record's
	// line (1-based). They are empty for a document that is a whole file.
	File string
	Line int
	// DateSource says where Date came from: DateRecord or DateMeta.
	DateSource string
	// Size is the number of input bytes this document took (the file, or the
	// JSONL line), for throughput and progress.
	Size int64
	// Err is why the document could not be read.
	Err error

	raw  []byte
	text string
	html bool
	// path is the file of a streamed document (see Streamed); temp says
	// it is stdin's copy, removed once opened.
	path string
	temp bool
}

// Text returns the document's text: the input itself, or for HTML the
// article text found by readability. It is where the costly part of reading
// happens, so that a parallel caller runs it in its workers.
func (d *Document) Text() (string, error) {
	if d.Err != nil {
		return "", d.Err
	}
	if d.Streamed() {
		text, err := Read(d.path, nil, d.Size)
		if d.temp {
			_ = os.Remove(d.path)
		}
		return text, err
	}
	if !d.html {
		return d.text, nil
	}
	text, published, err := HTMLArticle(d.raw)
	if err != nil {
		return "", &Error{d.Source, err}
	}
	if published != nil {
		d.Date, d.DateSource = published, DateMeta
	}
	return text, nil
}

// Corpus yields the documents of a list of arguments one at a time: files,
// stdin, directories walked in lexical order, and the records of JSONL
// files. It never holds more than the current document (or JSONL line) in
// memory.
type Corpus struct {
	opt   Options
	args  []string
	stdin io.Reader
	// walk yields the files of the directory being walked.
	walk *walker
	// jsonl is the JSONL file being read record by record.
	jsonl *jsonlReader
}

// Open returns the corpus of args ("-" is stdin).
func Open(args []string, stdin io.Reader, opt Options) *Corpus {
	if opt.Format == "" {
		opt.Format = FormatAuto
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Exts == nil {
		opt.Exts = DefaultExts
	}
	return &Corpus{opt: opt, args: args, stdin: stdin}
}

// IsMulti reports whether args can give more than one document: several
// arguments, a directory or a JSONL corpus. The json format prints an array
// then, whatever the number of documents found, so its shape depends only on
// the command line.
func IsMulti(args []string, format string) bool {
	if len(args) > 1 || format == FormatJSONL {
		return true
	}
	for _, a := range args {
		if a == Stdin {
			continue
		}
		if isJSONLName(a) && format == FormatAuto {
			return true
		}
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

// Next returns the next document, or false at the end of the corpus.
func (c *Corpus) Next() (*Document, bool) {
	for {
		if c.jsonl != nil {
			if d, ok := c.jsonl.next(); ok {
				return d, true
			}
			c.jsonl.close()
			c.jsonl = nil
		}
		if c.walk != nil {
			path, err, ok := c.walk.next()
			if !ok {
				c.walk = nil
				continue
			}
			if err != nil {
				if c.opt.Keep != nil && !c.opt.Keep(path) {
					continue
				}
				return &Document{Source: path, Err: &Error{path, unwrapPath(err)}}, true
			}
			if d, ok := c.open(path); ok {
				return d, true
			}
			continue
		}
		if len(c.args) == 0 {
			return nil, false
		}
		arg := c.args[0]
		c.args = c.args[1:]
		if arg != Stdin {
			if st, err := os.Stat(arg); err == nil && st.IsDir() {
				c.walk = newWalker(arg, c.opt.Exts)
				continue
			}
		}
		if d, ok := c.open(arg); ok {
			return d, true
		}
	}
}

// open reads one named file or stdin: a text or HTML document, or the start
// of a JSONL corpus. It returns false when the file is a JSONL corpus with no
// record to give yet (empty), or was left out by Keep.
func (c *Corpus) open(source string) (*Document, bool) {
	format := c.opt.Format
	if format == FormatAuto && source != Stdin && isJSONLName(source) {
		format = FormatJSONL
	}
	if format == FormatJSONL {
		var r io.Reader = c.stdin
		var closer io.Closer
		if source != Stdin {
			f, err := os.Open(source)
			if err != nil {
				return &Document{Source: source, Err: &Error{source, unwrapPath(err)}}, true
			}
			r, closer = f, f
		}
		c.jsonl = &jsonlReader{source: source, r: bufio.NewReaderSize(r, 64<<10), closer: closer,
			max: c.opt.MaxBytes, keep: c.opt.Keep}
		return nil, false
	}
	if c.opt.Keep != nil && !c.opt.Keep(source) {
		return nil, false
	}
	if d, ok := c.stream(source, format); ok {
		return d, true
	}
	data, err := readAll(source, c.stdin, c.opt.MaxBytes)
	d := &Document{Source: source, Size: int64(len(data))}
	if err != nil {
		d.Err = err
		return d, true
	}
	if format == FormatHTML || format == FormatAuto && isHTML(source, data) {
		// HTML declares its own encoding and may carry any bytes; only NUL
		// marks it as binary. Its text is checked once extracted.
		if bytes.IndexByte(data, 0) >= 0 {
			d.Err = &Error{source, ErrBinary}
			return d, true
		}
		d.raw, d.html = data, true
		return d, true
	}
	if err := Check(data); err != nil {
		d.Err = &Error{source, err}
		return d, true
	}
	d.text = string(data)
	return d, true
}

func isJSONLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// isHTML decides by extension, then by content for other files, so a saved
// page named article.txt is still read as HTML.
func isHTML(source string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(source)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// readAll reads source whole, within maxBytes.
func readAll(source string, stdin io.Reader, maxBytes int64) ([]byte, error) {
	var r io.Reader
	if source == Stdin {
		r = stdin
	} else {
		f, err := os.Open(source)
		if err != nil {
			return nil, &Error{source, unwrapPath(err)}
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, &Error{source, ErrDirectory}
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, &Error{source, unwrapPath(err)}
	}
	if int64(len(data)) > maxBytes {
		return nil, &Error{source, fmt.Errorf("%w: more than %d bytes (see --max-bytes)", ErrTooLarge, maxBytes)}
	}
	return data, nil
}

// walker lists the files of a directory tree lazily, one directory at a
// time, in lexical order (the order of filepath.WalkDir), so a tree of a
// million files is not listed into memory at once. Hidden files and folders
// (.git) are skipped, as ripgrep does.
type walker struct {
	exts []string
	// stack holds directories still to list, and files, in reverse order.
	stack []walkEntry
}

type walkEntry struct {
	path  string
	isDir bool
	err   error
}

func newWalker(root string, exts []string) *walker {
	return &walker{exts: exts, stack: []walkEntry{{path: root, isDir: true}}}
}

// next returns the next file to read, or an error to report against path.
func (w *walker) next() (path string, err error, ok bool) {
	for len(w.stack) > 0 {
		e := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		if e.err != nil {
			return e.path, e.err, true
		}
		if !e.isDir {
			return e.path, nil, true
		}
		entries, err := os.ReadDir(e.path)
		if err != nil {
			return e.path, err, true
		}
		// Push in reverse so the stack pops in lexical order.
		for i := len(entries) - 1; i >= 0; i-- {
			de := entries[i]
			name := de.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			p := filepath.Join(e.path, name)
			typ := de.Type()
			if typ&fs.ModeSymlink != 0 {
				// Follow links to files, not to directories (no cycles).
				st, err := os.Stat(p)
				if err != nil && w.wants(name) {
					w.stack = append(w.stack, walkEntry{path: p, err: err})
					continue
				}
				if err != nil || st.IsDir() {
					continue
				}
				typ = st.Mode().Type()
			}
			switch {
			case typ.IsDir():
				w.stack = append(w.stack, walkEntry{path: p, isDir: true})
			case typ.IsRegular() && w.wants(name):
				w.stack = append(w.stack, walkEntry{path: p})
			}
		}
	}
	return "", nil, false
}

func (w *walker) wants(name string) bool {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	return ext != "" && slices.Contains(w.exts, ext)
}

// jsonlReader yields the records of a JSON Lines corpus, one per line:
// {"text": "...", "id": "...", "date": "YYYY-MM-DD"}. Blank lines are
// skipped; any other line that is not such a record is an error document in
// its place.
type jsonlReader struct {
	source string
	r      *bufio.Reader
	closer io.Closer
	max    int64
	keep   func(string) bool
	line   int
	done   bool
}

type record struct {
	Text *string         `json:"text"`
	ID   json.RawMessage `json:"id"`
	Date *string         `json:"date"`
}

func (j *jsonlReader) next() (*Document, bool) {
	for !j.done {
		line, size, err := j.readLine()
		j.line++
		where := j.source + ":" + strconv.Itoa(j.line)
		if err != nil {
			if err == io.EOF {
				j.done = true
				if size == 0 {
					return nil, false
				}
			} else {
				// A line too large is skipped; any other read error ends the
				// file. Either is reported by one shard only, like a record.
				j.done = !errors.Is(err, ErrTooLarge)
				if j.keep != nil && !j.keep(where) {
					continue
				}
				return &Document{Source: where, Size: size, Err: &Error{where, unwrapPath(err)}}, true
			}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d := j.parse(line, where)
		d.Size, d.File, d.Line = size, j.source, j.line
		if j.keep != nil && !j.keep(d.Source) {
			continue
		}
		return d, true
	}
	return nil, false
}

// parse turns one line into a document; errors name the line, as the id may
// be what is broken.
func (j *jsonlReader) parse(line []byte, where string) *Document {
	d := &Document{Source: where}
	if err := Check(line); err != nil {
		d.Err = &Error{where, err}
		return d
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		d.Err = &Error{where, recordError(err)}
		return d
	}
	if id := strings.TrimSpace(string(rec.ID)); id != "" && id != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			d.Source = s
		} else if _, err := strconv.ParseFloat(id, 64); err == nil {
			d.Source = id
		} else {
			d.Err = &Error{where, fmt.Errorf(`"id" must be a string or a number`)}
			return d
		}
	}
	if rec.Text == nil {
		d.Err = &Error{d.Source, ErrNoText}
		return d
	}
	// A JSON escape can smuggle in a NUL that the raw line did not show.
	if err := Check([]byte(*rec.Text)); err != nil {
		d.Err = &Error{d.Source, err}
		return d
	}
	if rec.Date != nil && *rec.Date != "" {
		t, err := facts.ParseDate(*rec.Date)
		if err != nil {
			d.Err = &Error{d.Source, err}
			return d
		}
		d.Date, d.DateSource = &t, DateRecord
	}
	d.text = *rec.Text
	return d
}

// recordError says what is wrong with a record in the corpus's terms
// ("text" must be a string), not in encoding/json's, which names Go types
// and struct fields.
func recordError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field == "":
		return fmt.Errorf("a record must be a JSON object, not %s", article(te.Value))
	case errors.As(err, &te):
		return fmt.Errorf("%q must be a string, not %s", te.Field, article(te.Value))
	case errors.As(err, &se):
		// Offset counts the bytes read, the bad one included; messages name
		// 0-based byte offsets, as "invalid UTF-8 at byte N" does.
		return fmt.Errorf("not valid JSON at byte %d: %s", max(se.Offset-1, 0), strings.TrimPrefix(se.Error(), "json: "))
	}
	return fmt.Errorf("not a JSON record: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// article puts "a" or "an" before a JSON type name.
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// readLine returns one line without its newline, and the bytes it took. A
// line longer than max is skipped to its end without being kept in memory
// and reported as too large.
func (j *jsonlReader) readLine() ([]byte, int64, error) {
	var buf []byte
	var size int64
	tooLarge := false
	for {
		chunk, err := j.r.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLarge {
			if int64(len(buf)+len(chunk)) > j.max+1 {
				tooLarge, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLarge && (err == nil || err == io.EOF) {
			return nil, size, fmt.Errorf("%w: line of more than %d bytes (see --max-bytes)", ErrTooLarge, j.max)
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, size, err
	}
}

func (j *jsonlReader) close() {
	if j.closer != nil {
		j.closer.Close()
	}
}
