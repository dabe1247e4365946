package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/input"
	"github.com/newsfacts/newsfacts/internal/render"
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
	format   string
	date     string
	only     []string
	maxBytes int64
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
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
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

With no FILE, or when FILE is -, newsfacts reads standard input.

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
  2  usage error`,
		Example: `  newsfacts article.txt
  cat article.txt | newsfacts --format json | jq '.numbers[] | {text, value, counted}'
  newsfacts --date 2023-05-30 --only dates,quotes a.txt b.txt
  newsfacts --format csv *.txt > facts.csv
  newsfacts --format html article.txt > report.html`,
		Version: version,
		// Arguments are files; a file named like a subcommand needs ./ before it.
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
	f.StringVar(&opt.date, "date", "", "the article's reference date, YYYY-MM-DD, for resolving relative dates (default: found in the text)")
	f.StringSliceVar(&opt.only, "only", nil, "extract only these kinds: "+strings.Join(facts.Kinds, ", "))
	f.Int64Var(&opt.maxBytes, "max-bytes", input.DefaultMaxBytes, "reject inputs larger than this many bytes")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(render.Formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("only", cobra.FixedCompletions(facts.Kinds, cobra.ShellCompDirectiveNoFileComp))
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.AddCommand(newEvalCmd(s), newSchemaCmd(s))
	return cmd
}

// defaultFormat is table for a person at a terminal and jsonl for a pipe.
func defaultFormat(w io.Writer) string {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return "table"
	}
	return "jsonl"
}

func runExtract(opt *extractOptions, args []string, s streams) error {
	xopt := extract.Options{Kinds: opt.only}
	if err := extract.CheckKinds(opt.only); err != nil {
		return usageError{fmt.Errorf("--only: %w", err)}
	}
	if opt.date != "" {
		t, err := time.Parse(time.DateOnly, opt.date)
		if err != nil {
			return usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", opt.date)}
		}
		xopt.Date = &t
	}
	if opt.maxBytes <= 0 {
		return usageError{fmt.Errorf("--max-bytes must be positive")}
	}
	if len(args) == 0 {
		args = []string{input.Stdin}
	}
	w, err := render.New(opt.format, s.out, render.Options{Kinds: opt.only, Multi: len(args) > 1})
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	failed := false
	for _, src := range args {
		d, err := extractOne(src, opt, xopt, s.in)
		if err != nil {
			fmt.Fprintf(s.err, "newsfacts: %v\n", err)
			failed = true
			continue
		}
		if err := w.Write(d); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed {
		return errFailed
	}
	return nil
}

// extractOne reads and extracts one input; every error names the input.
func extractOne(src string, opt *extractOptions, xopt extract.Options, stdin io.Reader) (*facts.Document, error) {
	text, err := input.Read(src, stdin, opt.maxBytes)
	if err != nil {
		return nil, err
	}
	d, err := extract.Run(src, text, xopt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input.DisplayName(src), err)
	}
	return d, nil
}
