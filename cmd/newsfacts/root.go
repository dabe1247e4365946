package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsfacts/newsfacts/internal/corpus"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/input"
	"github.com/newsfacts/newsfacts/internal/render"
	"github.com/newsfacts/newsfacts/internal/window"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

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
	format      string
	date        string
	only        []string
	includeText bool
}

// corpusOptions are the input and parallelism flags shared by extract and
// check.
type corpusOptions struct {
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
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
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

Exit codes:
  0  every input was processed
  1  one or more inputs failed (each reported on stderr; the others printed)
  2  usage error

Subcommands: check (findings for CI), diff (compare two outputs).`,
		Example: `  newsfacts article.txt
  cat article.txt | newsfacts --format json | jq '.numbers[] | {text, value, counted}'
  newsfacts --date 2023-05-30 --only dates,quotes a.txt b.txt
  newsfacts --format csv *.txt > facts.csv
  newsfacts --format html article.txt > report.html
  newsfacts --jobs 8 --stats corpus/ > facts.jsonl
  newsfacts --shard 3/8 corpus.jsonl > part-3.jsonl
  newsfacts check --format github corpus/
  newsfacts diff old.jsonl new.jsonl`,
		Version: version,
		// Any argument that is not a subcommand is an input; a file named
		// like a subcommand needs ./ before it.
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("format") {
				opt.format = defaultFormat(s.out)
			}
			return runExtract(opt, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opt.format, "format", "f", "jsonl", "output format: "+strings.Join(render.Formats, ", ")+" (default table on a terminal, jsonl otherwise)")
	f.StringVar(&opt.date, "date", "", "the article's reference date, YYYY-MM-DD, for resolving relative dates (default: found in the text; a JSONL record's own date wins)")
	f.StringSliceVar(&opt.only, "only", nil, "extract only these kinds: "+strings.Join(facts.Kinds, ", "))
	f.BoolVar(&opt.includeText, "include-text", false, "with json or jsonl, add each document's text (for HTML, the extracted article the offsets refer to)")
	opt.corpusOptions.bind(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(render.Formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("only", cobra.FixedCompletions(facts.Kinds, cobra.ShellCompDirectiveNoFileComp))
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.AddCommand(newCheckCmd(s), newDiffCmd(s), newEvalCmd(s), newSchemaCmd(s))
	return cmd
}

// defaultFormat is table for a person at a terminal and jsonl for a pipe.
func defaultFormat(w io.Writer) string {
	if isTerminal(w) {
		return "table"
	}
	return "jsonl"
}

func runExtract(opt *extractOptions, args []string, s streams) error {
	xopt, err := opt.extractOptions()
	if err != nil {
		return err
	}
	if opt.includeText && opt.format != "json" && opt.format != "jsonl" {
		return usageError{fmt.Errorf("--include-text needs --format json or jsonl")}
	}
	src, err := opt.corpusOptions.open(args, s)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(s.out, 64<<10)
	w, err := render.New(opt.format, out, render.Options{Kinds: opt.only, Multi: src.multi})
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	kinds := opt.only
	if kinds == nil {
		kinds = facts.Kinds
	}
	stats := corpus.NewStats(kinds)
	work := func(d *input.Document) extracted {
		var shown int64
		r := extractDoc(d, xopt, opt.includeText, func(n int) { shown += int64(n); src.progress.Add(int64(n)) })
		r.shown = shown
		return r
	}
	emit := func(d *input.Document, r extracted) error {
		if failed, err := src.finish(stats, d, r.shown, r.err, s.err, out, opt.format == "jsonl"); failed || err != nil {
			return err
		}
		for _, k := range kinds {
			stats.Facts[k] += count(r.doc, k)
		}
		return w.Write(r.doc)
	}
	if err := runCorpus(src, opt.jobs, work, emit, w, out); err != nil {
		return err
	}
	if opt.stats {
		fmt.Fprintf(s.err, "newsfacts: %s\n", stats.Line())
	}
	if stats.Errors > 0 {
		return errFailed
	}
	return nil
}

// count is the number of facts of kind k, without building them as Facts
// does: it runs once per document on the emitting goroutine.
func count(d *facts.Document, k string) int {
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

// extractOptions validates --only and --date.
func (opt *extractOptions) extractOptions() (extract.Options, error) {
	xopt := extract.Options{Kinds: opt.only}
	if err := extract.CheckKinds(opt.only); err != nil {
		return xopt, usageError{fmt.Errorf("--only: %w", err)}
	}
	if opt.date != "" {
		t, err := time.Parse(time.DateOnly, opt.date)
		if err != nil {
			return xopt, usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", opt.date)}
		}
		xopt.Date = &t
	}
	return xopt, nil
}

// bind adds the corpus flags to cmd.
func (c *corpusOptions) bind(cmd *cobra.Command) {
	f := cmd.Flags()
	f.Int64Var(&c.maxBytes, "max-bytes", input.DefaultMaxBytes, "reject documents (files, JSONL lines) larger than this many bytes")
	f.IntVarP(&c.jobs, "jobs", "j", 0, "documents processed in parallel; 0 is the number of CPUs (output order never depends on it)")
	f.StringSliceVar(&c.exts, "ext", input.DefaultExts, "file extensions read when walking a directory")
	f.StringVar(&c.inputFormat, "input-format", input.FormatAuto, "input format: "+strings.Join(input.Formats, ", ")+" (auto: by extension, HTML detected)")
	f.StringVar(&c.shard, "shard", "", "process only shard K/N of the documents (0 <= K < N), by a stable hash of each document's source or id")
	f.BoolVar(&c.stats, "stats", false, "print a one-line summary on stderr at the end: documents, facts per kind, errors, seconds, MB/s")
	_ = cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions(input.Formats, cobra.ShellCompDirectiveNoFileComp))
}

// source is an open corpus with its progress bar.
type source struct {
	corpus   *input.Corpus
	multi    bool
	progress *corpus.Progress
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
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// finish accounts for one processed document in the progress bar and the
// stats; shown bytes of it are on the bar already (the windows of one
// large document, counted as they were done). A failed document (err set) is reported on errw in one line and,
// in jsonl, keeps its place in out as an error object; finish says whether
// it failed.
func (s *source) finish(stats *corpus.Stats, d *input.Document, shown int64, err error, errw, out io.Writer, jsonl bool) (bool, error) {
	s.progress.Add(max(0, d.Size-shown))
	stats.Docs++
	stats.Bytes += d.Size
	if err == nil {
		return false, nil
	}
	stats.Errors++
	s.progress.Clear() // the line goes off the progress bar
	fmt.Fprintf(errw, "newsfacts: %v\n", err)
	if jsonl {
		return true, writeErrorObject(out, d.Source, err)
	}
	return true, nil
}

// open validates the corpus flags and opens args (stdin when empty).
func (c *corpusOptions) open(args []string, s streams) (*source, error) {
	if c.maxBytes <= 0 {
		return nil, usageError{fmt.Errorf("--max-bytes must be positive")}
	}
	if c.jobs < 0 {
		return nil, usageError{fmt.Errorf("--jobs must be 0 (the number of CPUs) or more")}
	}
	if !slices.Contains(input.Formats, c.inputFormat) {
		return nil, usageError{fmt.Errorf("--input-format %q: want one of %v", c.inputFormat, input.Formats)}
	}
	exts := make([]string, 0, len(c.exts))
	for _, e := range c.exts {
		if e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), ".")); e != "" {
			exts = append(exts, e)
		}
	}
	iopt := input.Options{Format: c.inputFormat, Exts: exts, MaxBytes: c.maxBytes}
	if c.shard != "" {
		sh, err := corpus.ParseShard(c.shard)
		if err != nil {
			return nil, usageError{fmt.Errorf("--shard %w", err)}
		}
		iopt.Keep = sh.Keep
	}
	if len(args) == 0 {
		args = []string{input.Stdin}
	}
	src := &source{corpus: input.Open(args, s.in, iopt), multi: input.IsMulti(args, c.inputFormat)}
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

// extracted is the result of one document.
type extracted struct {
	doc  *facts.Document
	text string
	err  error
	// shown is the bytes of the document already on the progress bar.
	shown int64
}

// extractDoc reads and extracts one document; every error names it. A
// panic in an extractor fails that document only, so no document is lost.
func extractDoc(d *input.Document, xopt extract.Options, includeText bool, progress func(int)) (r extracted) {
	defer func() {
		if p := recover(); p != nil {
			r = extracted{err: fmt.Errorf("%s: internal error: %v", input.DisplayName(d.Source), p)}
		}
	}()
	text, err := d.Text()
	if err != nil {
		return extracted{err: err}
	}
	if d.Date != nil {
		xopt.Date = d.Date
	}
	fd, err := extractWindows(d.Source, text, xopt, progress)
	if err != nil {
		return extracted{err: fmt.Errorf("%s: %w", input.DisplayName(d.Source), err)}
	}
	if d.Date != nil {
		// The record's own date, not --date.
		fd.DateSource = "record"
	}
	if includeText {
		fd.Text = &text
	}
	return extracted{doc: fd, text: text}
}

// extractWindows is extract.Run through internal/window: a text longer
// than a window is extracted a window of paragraphs at a time, so that
// one huge document costs no more memory than a window's parse plus its
// facts, and its progress shows (progress gets the bytes of each window).
func extractWindows(source, text string, xopt extract.Options, progress func(int)) (*facts.Document, error) {
	keep := window.Sentences(xopt.Kinds)
	if !keep {
		// The sentences number every fact across windows.
		xopt.Kinds = append(slices.Clip(xopt.Kinds), facts.KindSentences)
	}
	run := func(text string, date *time.Time) (*facts.Document, error) {
		o := xopt
		o.Date = date
		return extract.Run(source, text, o)
	}
	if len(text) <= window.Size {
		progress = nil // a document's bytes are counted once it is done
	}
	return window.Run(source, text, window.Size, xopt.Date, keep, run, progress)
}

// writeErrorObject keeps a failed document's place in jsonl output.
func writeErrorObject(w io.Writer, source string, err error) error {
	msg := err.Error()
	var ie *input.Error
	if errors.As(err, &ie) && ie.Source == source {
		msg = ie.Err.Error()
	} else {
		msg = strings.TrimPrefix(msg, input.DisplayName(source)+": ")
	}
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
