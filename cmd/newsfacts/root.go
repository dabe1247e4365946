package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/corpus"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/input"
	"github.com/newsfacts/newsfacts/internal/lang"
	"github.com/newsfacts/newsfacts/internal/render"
	win "github.com/newsfacts/newsfacts/internal/window"
)

// Exit codes, documented in --help and the README.
const (
	exitOK     = 0
	exitFailed = 1 // one or more inputs failed; the others were processed
	exitUsage  = 2
)

// usageError marks a bad command line (exit 2), as opposed to a bad input.
type usageError struct{ error }

// troubleError is a failure to do the job at all (diff cannot read a file):
// exit 2, as diff(1) and cmp(1) do.
type troubleError struct{ error }

// writeError is a failure to write the output (disk full, a closed pipe
// that did not raise SIGPIPE): exit 1, as for a failed input, with no
// --help hint, since the command line was fine.
type writeError struct{ error }

// errFailed reports that some inputs failed; each was already reported.
var errFailed = errors.New("some inputs failed")

// streams are the command's standard streams, injected so tests need no
// subprocess.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// extractOptions holds the flags of the root command.
type extractOptions struct {
	corpusOptions
	format       string
	date         string
	only         []string
	includeText  bool
	offsets      string
	fields       []string
	versionField bool
}

// corpusOptions are the input and parallelism flags shared by extract and
// check.
type corpusOptions struct {
	// streamOver is input.Options.StreamOver: the text files extract reads a
	// window at a time (not a flag).
	streamOver int64

	maxBytes    int64
	jobs        int
	exts        []string
	inputFormat string
	shard       string
	stats       bool
}

// Main runs newsfacts with args and returns the exit code. It is the one
// place that maps errors to exit codes.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{in: stdin, out: stdout, err: stderr}
	cmd := newRootCmd(s)
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	err := cmd.Execute()
	var ue usageError
	var te troubleError
	var we writeError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.As(err, &we):
		fmt.Fprintf(stderr, "newsfacts: %v\n", err)
		return exitFailed
	case errors.As(err, &te):
		fmt.Fprintf(stderr, "newsfacts: %v\n", err)
		return exitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsfacts: %v\n", err)
		return exitUsage
	default:
		// cobra's own errors (unknown flag, bad flag value) are usage errors.
		fmt.Fprintf(stderr, "newsfacts: %v (see newsfacts --help)\n", err)
		return exitUsage
	}
}

func newRootCmd(s streams) *cobra.Command {
	opt := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "newsfacts [flags] [FILE ...]",
		Short: "Turn English news articles into structured, checkable facts",
		Long: `newsfacts reads English news articles and prints the facts in them:
sentences, entities, numbers, nationalities, dates and quotes. Every fact
carries its byte offsets into the input and the index of its sentence.

With no FILE, or when FILE is -, newsfacts reads standard input. A
directory is walked recursively for the extensions of --ext. A .jsonl file
(or any input with --input-format jsonl) is a corpus of one document per
line: {"text": "...", "id": "...", "date": "YYYY-MM-DD"}, where id becomes
the source and date the reference date. An HTML page (.html, .htm, or
detected) is read through readability: offsets refer to the article text it
extracts, which --include-text prints.

Documents are processed by --jobs workers and printed in input order, so
the output is the same for any --jobs. A document that fails is reported on
stderr (and in jsonl as {"source": ..., "error": ...} in its place), and
the others go on.

Output formats (--format):
  table   one titled table per kind (default when stdout is a terminal)
  json    one indented object per input; an array for several inputs
  jsonl   one compact object per input per line (default otherwise)
  csv     one row per fact: source, kind, sentence, start, end, text, fields
  tsv     as csv, tab-separated
  html    one self-contained page: the article with every fact highlighted,
          tables per kind, who said what, a timeline of the dates

Memory: a document over 1 MiB is extracted a window of whole paragraphs at
a time. With json, jsonl, csv and tsv its facts go to temporary files (in
$TMPDIR, unlinked at once) as each window is done, and a text file or
stdin is read a window at a time (stdin through a temporary copy), so one
document of any size runs in the memory of a window, about 300 MB.
--include-text keeps the text itself in memory. table and html lay out a
whole document in memory and take at most 16 MiB (a larger one fails with
a one-line error).

Offsets (start, end, cue_start...) count bytes of the input by default, as
Go and Rust index strings; --offsets chars counts code points (Python's
text[start:end]) and --offsets utf16 UTF-16 code units (JavaScript's
slice). The html report always works on bytes.

A document that does not look like English gets a warning on stderr (once
per document); its output is unchanged.

Exit codes:
  0  every input was processed
  1  one or more inputs failed (each reported on stderr; the others printed),
     or the output could not be written
  2  usage error

Subcommands: check (findings for CI), diff (compare two outputs), eval
(accuracy against gold data), schema (the JSON Schema of the output),
completion (shell completion scripts).`,
		Example: `  newsfacts article.txt
  cat article.txt | newsfacts --format json | jq '.numbers[] | {text, value, counted}'
  newsfacts --date 2023-05-30 --only dates,quotes a.txt b.txt
  newsfacts --format csv *.txt > facts.csv
  newsfacts --format html article.txt > report.html
  newsfacts --jobs 8 --stats corpus/ > facts.jsonl
  newsfacts --shard 3/8 corpus.jsonl > part-3.jsonl
  newsfacts check --format github corpus/
  newsfacts diff old.jsonl new.jsonl`,
		Version: buildVersion(),
		// Any argument that is not a subcommand is an input; a file named
		// like a subcommand needs ./ before it.
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.format == "" {
				opt.format = defaultFormat(s.out)
			}
			return runExtract(opt, args, s)
		},
		// Inputs are files: cobra completes only subcommand names for a
		// root command that has subcommands unless told otherwise.
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
	}
	f := cmd.Flags()
	// No default in the flag itself: it depends on the terminal, and the
	// help line says so once.
	f.StringVarP(&opt.format, "format", "f", "", "output format: "+strings.Join(render.Formats, ", ")+" (default table on a terminal, jsonl otherwise)")
	f.StringVar(&opt.date, "date", "", "the article's reference date, YYYY-MM-DD, for resolving relative dates (default: found in the text; a JSONL record's own date wins)")
	f.StringSliceVar(&opt.only, "only", nil, "extract only these kinds: "+strings.Join(facts.Kinds, ", "))
	f.BoolVar(&opt.includeText, "include-text", false, "with json or jsonl, add each document's text (for HTML, the extracted article the offsets refer to)")
	f.StringVar(&opt.offsets, "offsets", facts.OffsetBytes, "what start and end count: bytes, chars (code points, as Python) or utf16 (code units, as JavaScript)")
	f.StringSliceVar(&opt.fields, "fields", nil, "with csv or tsv, print only these columns, in this order (source, kind, sentence, start, end, text and the kinds' fields)")
	f.BoolVar(&opt.versionField, "version-field", false, "add newsfacts_version, the build that wrote it, to each json or jsonl document")
	// --version without -v: -v is --verbose wherever a command has it.
	f.Bool("version", false, "print the version (module version, VCS revision and date) and exit")
	opt.corpusOptions.bind(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", valueCompletion(render.Formats))
	_ = cmd.RegisterFlagCompletionFunc("only", listCompletion(facts.Kinds))
	_ = cmd.RegisterFlagCompletionFunc("offsets", valueCompletion(facts.OffsetUnits))
	_ = cmd.RegisterFlagCompletionFunc("fields", listCompletion(fieldNames()))
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.AddCommand(newCheckCmd(s), newDiffCmd(s), newEvalCmd(s), newSchemaCmd(s))
	// The default completion command prints its help for any argument and
	// exits 0; made runnable, it refuses an unknown shell as a usage error.
	cmd.InitDefaultCompletionCmd()
	for _, c := range cmd.Commands() {
		if c.Name() == "completion" {
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		}
	}
	return cmd
}

// fieldNames lists the CSV/TSV columns --fields can choose.
func fieldNames() []string {
	names := []string{"source", "kind", "sentence", "start", "end", "text"}
	for _, k := range facts.Kinds {
		for _, c := range facts.Columns[k] {
			if !slices.Contains(names, c) {
				names = append(names, c)
			}
		}
	}
	return names
}

// defaultFormat is table for a person at a terminal and jsonl for a pipe.
func defaultFormat(w io.Writer) string {
	if isTerminal(w) {
		return "table"
	}
	return "jsonl"
}

func runExtract(opt *extractOptions, args []string, s streams) error {
	opt.format, opt.offsets, opt.only = strings.ToLower(opt.format), strings.ToLower(opt.offsets), lower(opt.only)
	x, err := opt.extractor(opt.outputOptions()...)
	if err != nil {
		return err
	}
	if err := opt.validate(); err != nil {
		return err
	}
	out := bufio.NewWriterSize(s.out, 64<<10)
	ropt := render.Options{Kinds: opt.only, Fields: opt.fields, Width: render.Width(s.out, os.Getenv)}
	if _, err := render.New(opt.format, io.Discard, ropt); err != nil {
		// Checked before any input is opened, so a usage error comes first.
		flag := "--format"
		if opt.fields != nil && slices.Contains(render.Formats, opt.format) {
			flag = "--fields"
		}
		return usageError{fmt.Errorf("%s: %w", flag, err)}
	}
	if !whole[opt.format] && !opt.includeText {
		// A text file over a window is read a window at a time and its
		// facts spilled: any size runs in the memory of a window.
		opt.streamOver = window
	}
	src, err := opt.corpusOptions.open(args, s)
	if err != nil {
		return err
	}
	ropt.Multi = src.multi
	w, err := render.New(opt.format, out, ropt)
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	kinds := opt.only
	if kinds == nil {
		kinds = facts.Kinds
	}
	// An error object keeps a failed input's place where the format has
	// one: jsonl and json (arrays stay aligned with the inputs), html.
	var keep func(source, msg string) error
	if ew, ok := w.(render.ErrorWriter); ok {
		keep = ew.WriteError
	}
	stamp := ""
	if opt.versionField {
		stamp = buildVersion()
	}
	stats := corpus.NewStats(kinds)
	work := func(d *input.Document) extracted {
		if err := tooLargeFor(opt.format, d); err != nil {
			return extracted{err: err}
		}
		var shown int64
		r := extractDoc(d, x, opt.includeText, func(n int) { shown += int64(n); src.progress.Add(int64(n)) })
		r.shown = shown
		if r.err != nil {
			return r
		}
		r.doc.Version = stamp
		r.warning = lang.Guess(r.text)
		return r
	}
	emit := func(d *input.Document, r extracted) error {
		if failed, err := src.finish(stats, d, r.shown, r.err, s.err, keep); failed || err != nil {
			return err
		}
		if r.warning != "" {
			src.progress.Clear()
			fmt.Fprintf(s.err, "newsfacts: warning: %s: %s; newsfacts reads English news\n", input.DisplayName(d.Source), r.warning)
		}
		for _, k := range kinds {
			stats.Facts[k] += count(r.doc, k)
		}
		return writeDoc(w, r.doc)
	}
	if err := runCorpus(src, opt.jobs, work, emit, w, out); err != nil {
		return err
	}
	src.reportEmpty(stats, s.err)
	if opt.stats {
		fmt.Fprintf(s.err, "newsfacts: %s\n", stats.Line())
		fmt.Fprintf(s.err, "newsfacts: version %s\n", buildVersion())
	}
	if stats.Errors > 0 {
		return errFailed
	}
	return nil
}

// validate checks the output flags that need one another.
func (opt *extractOptions) validate() error {
	if opt.includeText && opt.format != "json" && opt.format != "jsonl" {
		return usageError{fmt.Errorf("--include-text needs --format json or jsonl")}
	}
	if opt.versionField && opt.format != "json" && opt.format != "jsonl" {
		return usageError{fmt.Errorf("--version-field needs --format json or jsonl")}
	}
	if opt.fields != nil && opt.format != "csv" && opt.format != "tsv" {
		return usageError{fmt.Errorf("--fields needs --format csv or tsv")}
	}
	if !slices.Contains(facts.OffsetUnits, opt.offsets) {
		return usageError{fmt.Errorf("--offsets %q: want one of %s", opt.offsets, strings.Join(facts.OffsetUnits, ", "))}
	}
	return nil
}

// count is the number of facts of kind k, without building them as Facts
// does: it runs once per document on the emitting goroutine.
func count(d *facts.Document, k string) int {
	if d.Spilled != nil {
		return d.Spilled.Len(k)
	}
	switch k {
	case facts.KindSentences:
		return len(d.Sentences)
	case facts.KindEntities:
		return len(d.Entities)
	case facts.KindNumbers:
		return len(d.Numbers)
	case facts.KindNationalities:
		return len(d.Nationalities)
	case facts.KindDates:
		return len(d.Dates)
	case facts.KindQuotes:
		return len(d.Quotes)
	}
	return 0
}

// whole are the formats that lay out a whole document at once (column
// widths, the highlighted article), so they hold all its facts in memory:
// they take documents of at most maxWhole bytes, and say so in one line
// past it rather than grow without bound. The others print a fact at a
// time, and a document over one window has its facts spilled to temporary
// files (newsfacts.WithSpill), so any size runs in the memory of a window.
var whole = map[string]bool{"table": true, "html": true}

// tooLargeFor fails d, when it is readable, past maxWhole for a format
// that holds a whole document.
func tooLargeFor(format string, d *input.Document) error {
	if !whole[format] || d.Err != nil || d.Size <= maxWhole {
		return nil
	}
	return fmt.Errorf("%s: %d bytes: --format %s holds a whole document in memory, at most %d MiB (jsonl, json and csv take any size)",
		input.DisplayName(d.Source), d.Size, format, maxWhole>>20)
}

// writeDoc writes d and then releases its spilled facts, if any.
func writeDoc(w render.Writer, d *facts.Document) error {
	err := w.Write(d)
	if d.Spilled != nil {
		err = errors.Join(err, d.Spilled.Close())
	}
	return err
}

// window is the extractor's window, 1 MiB: a text file over it is read a
// window at a time (streamed) for the formats that spill.
const window = 1 << 20

// maxWhole is the largest document table and html take: about 400 MB of
// memory for the facts, the text and one window's parse.
const maxWhole = 16 << 20

// outputOptions are the Extractor options the output flags ask for: offsets
// in --offsets (the html report works on bytes, which it highlights), and
// facts spilled for the formats that stream.
func (opt *extractOptions) outputOptions() []newsfacts.Option {
	var opts []newsfacts.Option
	if opt.format != "html" && slices.Contains(facts.OffsetUnits, opt.offsets) {
		// An unknown unit is a usage error reported with the other flags.
		opts = append(opts, newsfacts.WithOffsets(opt.offsets))
	}
	if !whole[opt.format] {
		opts = append(opts, newsfacts.WithSpill(""))
	}
	return opts
}

// extractor validates --only and --date and builds the one Extractor every
// document goes through, with extra options.
func (opt *extractOptions) extractor(extra ...newsfacts.Option) (*newsfacts.Extractor, error) {
	var opts []newsfacts.Option
	if opt.only != nil {
		opts = append(opts, newsfacts.WithKinds(opt.only...))
	}
	if opt.date != "" {
		t, err := parseDate("--date", opt.date)
		if err != nil {
			return nil, err
		}
		opts = append(opts, newsfacts.WithReferenceDate(t))
	}
	// A non-positive --max-bytes is reported by open, with the other
	// corpus flags.
	if opt.maxBytes > 0 {
		opts = append(opts, newsfacts.WithMaxBytes(opt.maxBytes))
	}
	x, err := newsfacts.New(append(opts, extra...)...)
	if err != nil {
		return nil, usageError{fmt.Errorf("--only: %w", err)}
	}
	return x, nil
}

// bind adds the corpus flags to cmd.
func (c *corpusOptions) bind(cmd *cobra.Command) {
	f := cmd.Flags()
	c.maxBytes = input.DefaultMaxBytes
	f.Var((*byteSize)(&c.maxBytes), "max-bytes", "reject documents (files, JSONL lines) larger than this size, in bytes or with a K, M or G suffix")
	f.IntVarP(&c.jobs, "jobs", "j", 0, fmt.Sprintf("documents processed in parallel, at most %d; 0 is the number of CPUs (output order never depends on it)", maxJobs))
	f.StringSliceVar(&c.exts, "ext", input.DefaultExts, "file extensions read when walking a directory")
	f.StringVar(&c.inputFormat, "input-format", input.FormatAuto, "input format: "+strings.Join(input.Formats, ", ")+" (auto: by extension, HTML detected)")
	f.StringVar(&c.shard, "shard", "", "process only shard K/N of the documents (0 <= K < N), by a stable hash of each document's source or id")
	f.BoolVar(&c.stats, "stats", false, "print a one-line summary on stderr at the end: documents, facts per kind, errors, seconds, MB/s")
	_ = cmd.RegisterFlagCompletionFunc("input-format", valueCompletion(input.Formats))
	_ = cmd.RegisterFlagCompletionFunc("ext", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("shard", cobra.NoFileCompletions)
}

// source is an open corpus with its progress bar.
type source struct {
	corpus   *input.Corpus
	multi    bool
	progress *corpus.Progress
	args     []string
	exts     []string
}

// reportEmpty says on stderr that a run read nothing although it was given
// directories: the walk matched no file, which is easy to miss in a script
// (the output is a valid empty result).
func (s *source) reportEmpty(stats *corpus.Stats, errw io.Writer) {
	if stats.Docs > 0 {
		return
	}
	var dirs []string
	for _, a := range s.args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			dirs = append(dirs, a)
		}
	}
	if len(dirs) > 0 {
		fmt.Fprintf(errw, "newsfacts: no input: no file with extension %s in %s (see --ext)\n",
			strings.Join(s.exts, ", "), strings.Join(dirs, ", "))
	}
}

func (s *source) next() (*input.Document, bool) { return s.corpus.Next() }

// runCorpus processes every document of src on jobs workers, emitting in
// input order, then finishes the output: progress bar, writer, buffer.
func runCorpus[R any](src *source, jobs int, work func(*input.Document) R, emit func(*input.Document, R) error, w io.Closer, out *bufio.Writer) error {
	err := corpus.Run(src.next, work, emit, corpus.Options{Jobs: jobs, Flush: out.Flush})
	src.progress.Finish()
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return writeError{fmt.Errorf("writing output: %w", err)}
	}
	return nil
}

// finish accounts for one processed document in the progress bar and the
// stats; shown bytes of it are on the bar already (the windows of one
// large document, counted as they were done). A failed document (err set)
// is reported on errw in one line and, when keep is set, keeps its place in
// the output through it; finish says whether it failed.
func (s *source) finish(stats *corpus.Stats, d *input.Document, shown int64, err error, errw io.Writer, keep func(source, msg string) error) (bool, error) {
	s.progress.Add(max(0, d.Size-shown))
	stats.Docs++
	stats.Bytes += d.Size
	if err == nil {
		return false, nil
	}
	stats.Errors++
	s.progress.Clear() // the line goes off the progress bar
	fmt.Fprintf(errw, "newsfacts: %v\n", err)
	if keep != nil {
		return true, keep(d.Source, errorMessage(d.Source, err))
	}
	return true, nil
}

// open validates the corpus flags and opens args (stdin when empty).
func (c *corpusOptions) open(args []string, s streams) (*source, error) {
	if c.maxBytes <= 0 {
		return nil, usageError{fmt.Errorf("--max-bytes must be positive")}
	}
	if c.jobs < 0 || c.jobs > maxJobs {
		return nil, usageError{fmt.Errorf("--jobs %d: want 0 (the number of CPUs) to %d", c.jobs, maxJobs)}
	}
	c.inputFormat = strings.ToLower(c.inputFormat)
	if !slices.Contains(input.Formats, c.inputFormat) {
		return nil, usageError{fmt.Errorf("--input-format %q: want one of %v", c.inputFormat, input.Formats)}
	}
	exts := make([]string, 0, len(c.exts))
	for _, e := range c.exts {
		if e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), ".")); e != "" {
			exts = append(exts, e)
		}
	}
	iopt := input.Options{Format: c.inputFormat, Exts: exts, MaxBytes: c.maxBytes, StreamOver: c.streamOver}
	if c.shard != "" {
		sh, err := corpus.ParseShard(c.shard)
		if err != nil {
			return nil, usageError{fmt.Errorf("--shard %w", err)}
		}
		iopt.Keep = sh.Keep
	}
	if len(args) == 0 {
		// A person who typed the command alone would otherwise face a
		// silent wait for an article on the keyboard; "-" still reads it.
		if isTerminalReader(s.in) {
			return nil, usageError{fmt.Errorf("no input: give FILE or DIR arguments, or pipe an article in (- reads the terminal; see --help)")}
		}
		args = []string{input.Stdin}
	}
	src := &source{corpus: input.Open(args, s.in, iopt), multi: input.IsMulti(args, c.inputFormat), args: args, exts: exts}
	// The bar is for a person watching a long run whose output goes to a
	// file or a pipe; on a terminal it would tangle with the output itself.
	if isTerminal(s.err) && !isTerminal(s.out) {
		src.progress = corpus.NewProgress(s.err, totalBytes(args))
	}
	return src, nil
}

// totalBytes is the size of args when all are regular files, else -1.
func totalBytes(args []string) int64 {
	var n int64
	for _, a := range args {
		st, err := os.Stat(a)
		if a == input.Stdin || err != nil || !st.Mode().IsRegular() {
			return -1
		}
		n += st.Size()
	}
	return n
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// extracted is the result of one document.
type extracted struct {
	doc  *facts.Document
	text string
	err  error
	// warning is lang.Guess's reason the text does not look like English.
	warning string
	// shown is the bytes of the document already on the progress bar.
	shown int64
}

// extractDoc reads and extracts one document; every error names it. A
// panic in an extractor fails that document only (Extract recovers it); the
// recover here covers reading, where readability parses an HTML page.
// progress gets the bytes of each window of a document long enough to be
// extracted in windows.
func extractDoc(d *input.Document, x *newsfacts.Extractor, includeText bool, progress func(int)) (r extracted) {
	defer func() {
		if p := recover(); p != nil {
			r = extracted{err: fmt.Errorf("%s: internal error: %v", input.DisplayName(d.Source), p)}
		}
	}()
	rec := newsfacts.Record{Source: d.Source, Progress: progress}
	var text string
	var head *opening
	if d.Streamed() {
		// Read a window at a time, never whole: the text is its opening,
		// which is all lang.Guess reads.
		f, err := d.Open()
		if err != nil {
			return extracted{err: err}
		}
		defer f.Close()
		head = &opening{r: f}
		rec.Reader = head
	} else {
		var err error
		if text, err = d.Text(); err != nil {
			return extracted{err: err}
		}
		rec.Text = text
	}
	// A record's date wins over --date, which is the corpus's default; a
	// page's metadata yields to --date, which the user chose for it.
	rec.Date, rec.DateSource = d.Date, d.DateSource
	switch { // see gc.go
	case head != nil || len(text) > win.Size:
		manyWindowsGC()
	case len(text) > startupMaxText:
		endStartupGC()
	}
	fd, err := x.ExtractRecord(context.Background(), rec)
	endStartupGC()
	if head != nil {
		text = string(head.b)
	}
	if err != nil {
		return extracted{err: fmt.Errorf("%s: %w", input.DisplayName(d.Source), err)}
	}
	if includeText {
		fd.Text = &text
	}
	return extracted{doc: fd, text: text}
}

// errorMessage is err without the source name it starts with: an error
// object names its source in a field of its own.
func errorMessage(source string, err error) string {
	var ie *input.Error
	if errors.As(err, &ie) && ie.Source == source {
		return ie.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), input.DisplayName(source)+": ")
}

// writeErrorObject keeps a failed document's place in jsonl output (of
// check; the extract formats do it through render.ErrorWriter).
func writeErrorObject(w io.Writer, source, msg string) error {
	b, err := render.Marshal(struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	}{source, msg}, "")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// opening is a reader that keeps the first openingBytes bytes read through
// it: the opening of a streamed document, for lang.Guess.
type opening struct {
	r io.Reader
	b []byte
}

// openingBytes is more than lang.Guess reads.
const openingBytes = 16 << 10

func (o *opening) Read(p []byte) (int, error) {
	n, err := o.r.Read(p)
	if k := min(n, openingBytes-len(o.b)); k > 0 {
		o.b = append(o.b, p[:k]...)
	}
	return n, err
}
