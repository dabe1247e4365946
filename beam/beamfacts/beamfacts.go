package beamfacts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsfacts/newsfacts"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	register.DoFn3x1[context.Context, Doc, func(string), error](&extractFn{})
	register.DoFn3x0[string, string, func(Doc)](&parseJSONLFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readTextFn{})
	register.Emitter1[string]()
	register.Emitter1[Doc]()
}

// Doc is one input document, as a line of a newsfacts JSONL corpus carries
// it. Its fields are exported for Beam's coder.
type Doc struct {
	// ID names the document: its "source" in the output.
	ID string
	// Date is the document's own reference date, YYYY-MM-DD, or empty; it
	// wins over Options.Date and makes "date_source" "record".
	Date string
	// Text is the article.
	Text string
	// Err, when set, says why the record could not be read; Extract writes
	// it as an error line {"source": ID, "error": Err}, as the command does.
	Err string
}

// Options are the command's extraction flags.
type Options struct {
	// Kinds to extract (newsfacts.Kinds); empty means every kind.
	Kinds []string
	// Date is the default reference date, YYYY-MM-DD, for documents without
	// their own: the command's --date.
	Date string
}

// Extract extracts the facts of every Doc with every kind and writes each
// as one JSON line.
func Extract(s beam.Scope, docs beam.PCollection) beam.PCollection {
	return ExtractWith(s, docs, Options{})
}

// ExtractWith is Extract with options. The options are checked here, at
// pipeline construction, so a bad kind or date fails before any worker
// starts.
func ExtractWith(s beam.Scope, docs beam.PCollection, opt Options) beam.PCollection {
	s = s.Scope("newsfacts.Extract")
	fn := &extractFn{Kinds: opt.Kinds, Date: opt.Date}
	if _, err := fn.extractor(); err != nil {
		panic(fmt.Sprintf("beamfacts.Extract: %v", err))
	}
	return beam.ParDo(s, fn, docs)
}

// CheckOptions reports what ExtractWith would panic on, for a command to
// report as a usage error.
func CheckOptions(opt Options) error {
	_, err := (&extractFn{Kinds: opt.Kinds, Date: opt.Date}).extractor()
	return err
}

// extractFn holds its options in exported fields, which Beam serialises to
// the workers; each worker builds its Extractor once in Setup.
type extractFn struct {
	Kinds []string
	Date  string
	x     *newsfacts.Extractor
}

func (f *extractFn) extractor() (*newsfacts.Extractor, error) {
	var opts []newsfacts.Option
	if len(f.Kinds) > 0 {
		opts = append(opts, newsfacts.WithKinds(f.Kinds...))
	}
	if f.Date != "" {
		t, err := time.Parse(time.DateOnly, f.Date)
		if err != nil {
			return nil, fmt.Errorf("date %q: want YYYY-MM-DD", f.Date)
		}
		opts = append(opts, newsfacts.WithReferenceDate(t))
	}
	return newsfacts.New(opts...)
}

func (f *extractFn) Setup() error {
	x, err := f.extractor()
	f.x = x
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, d Doc, emit func(string)) error {
	line, err := f.line(ctx, d)
	if err != nil {
		return err
	}
	emit(line)
	return nil
}

// line is the output line of d: its facts, or its error. A document's
// failure is data, as in the command, and never fails the pipeline; only
// a failure to encode does.
func (f *extractFn) line(ctx context.Context, d Doc) (string, error) {
	if d.Err != "" {
		return errorLine(d.ID, d.Err)
	}
	r := newsfacts.Record{Source: d.ID, Text: d.Text}
	if d.Date != "" {
		// The command's own reading of a record's date, message included.
		t, err := newsfacts.ParseDate(d.Date)
		if err != nil {
			return errorLine(d.ID, err.Error())
		}
		r.Date = &t
	}
	fd, err := f.x.ExtractRecord(ctx, r)
	if err != nil {
		return errorLine(d.ID, err.Error())
	}
	return marshal(fd)
}

// marshal writes v as the command's jsonl does: compact, with <, > and &
// kept as they are in the article rather than escaped for HTML.
func marshal(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

func errorLine(source, msg string) (string, error) {
	return marshal(struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	}{source, msg})
}

// ReadJSONL reads the JSONL corpora matching glob, one Doc per non-blank
// line: {"id": ..., "date": "YYYY-MM-DD", "text": ...}.
func ReadJSONL(s beam.Scope, glob string) beam.PCollection {
	s = s.Scope("newsfacts.ReadJSONL")
	return beam.ParDo(s, &parseJSONLFn{}, textio.ReadWithFilename(s, glob))
}

// ReadText reads the files matching glob as one Doc each, named by path.
func ReadText(s beam.Scope, glob string) beam.PCollection {
	s = s.Scope("newsfacts.ReadText")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob), fileio.ReadDirectorySkip())
	return beam.ParDo(s, &readTextFn{}, files)
}

type readTextFn struct{}

func (*readTextFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	data, err := f.Read(ctx)
	if err != nil {
		return err
	}
	emit(Doc{ID: f.Metadata.Path, Text: string(data)})
	return nil
}

type parseJSONLFn struct{}

func (*parseJSONLFn) ProcessElement(file, line string, emit func(Doc)) {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" {
		return
	}
	emit(ParseRecord(file, line))
}

// record is a corpus line as the command reads it: id a string or a number.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Date *string         `json:"date"`
}

// ParseRecord reads one JSONL line of file with the command's rules and
// messages. A record without an id is named FILE#SHA, the first 12 hex
// digits of the line's SHA-256 where the command says FILE:LINE: textio
// does not number lines, and a name must not depend on how a runner split
// the file.
func ParseRecord(file, line string) Doc {
	d := Doc{ID: file}
	// The raw line, as the command checks it: decoding would silently
	// replace invalid UTF-8 with U+FFFD.
	if err := newsfacts.CheckText(line); err != nil {
		d.Err = err.Error()
		return d
	}
	var rec record
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		d.Err = "bad JSON record: " + err.Error()
		return d
	}
	if id := strings.TrimSpace(string(rec.ID)); id != "" && id != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			d.ID = s
		} else if _, err := strconv.ParseFloat(id, 64); err == nil {
			d.ID = id
		} else {
			d.Err = `"id" must be a string or a number`
			return d
		}
	} else {
		d.ID = file + "#" + shortHash(line)
	}
	if rec.Text == nil {
		d.Err = `record has no "text" string`
		return d
	}
	if rec.Date != nil {
		d.Date = *rec.Date
	}
	d.Text = *rec.Text
	return d
}

func shortHash(line string) string {
	h := sha256.Sum256([]byte(line))
	return hex.EncodeToString(h[:6])
}
