package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsfacts/newsfacts/internal/check"
	"github.com/newsfacts/newsfacts/internal/corpus"
	"github.com/newsfacts/newsfacts/internal/input"
)

// checkOptions holds the flags of `newsfacts check`.
type checkOptions struct {
	corpusOptions
	format    string
	date      string
	rules     []string
	disable   []string
	listRules bool
}

func newCheckCmd(s streams) *cobra.Command {
	opt := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [flags] [FILE|DIR ...]",
		Short: "Check articles for problems a CI job should flag",
		Long: `check extracts the facts of every document, as newsfacts does, and reports
findings: each with a rule, a severity, a message, byte offsets and a
line:column. Inputs are read as by newsfacts itself (files, directories,
JSONL corpora, HTML pages, stdin).

Rules (default severity), changed with --rule NAME=SEVERITY (off, info,
warning, error) or switched off with --disable NAME:
` + ruleHelp() + `
Output formats (--format):
  table   LOCATION SEVERITY RULE MESSAGE, one row per finding
  jsonl   one object per finding: source, rule, severity, message, start,
          end, line, column, end_line, end_column
  github  GitHub Actions annotations (::warning file=...,line=...,col=...::...)

Lines and columns count from 1; columns count characters. For a JSONL
record or an HTML page they refer to the document's text (the record's
"text", the extracted article), not to the file; for a JSONL record, jsonl
findings also carry file and file_line, and github annotations point at the
corpus file's line with the record's id in the title.

Exit codes:
  0  no error-level finding, every document processed
  1  an error-level finding, or a document that failed
  2  usage error`,
		Example: `  newsfacts check article.txt
  newsfacts check --format github --date 2023-05-30 corpus/
  newsfacts check --rule quote-no-speaker=error --disable no-facts corpus.jsonl`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(opt, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opt.format, "format", "f", "table", "output format: "+strings.Join(check.Formats, ", "))
	f.StringVar(&opt.date, "date", "", "the articles' reference date, YYYY-MM-DD (default: a JSONL record's date, or found in the text)")
	f.StringSliceVar(&opt.rules, "rule", nil, "set a rule's severity, NAME=off|info|warning|error (repeatable)")
	f.StringSliceVar(&opt.disable, "disable", nil, "switch rules off, NAME[,NAME...]")
	f.BoolVar(&opt.listRules, "list-rules", false, "print the rules with their default severities and exit")
	opt.corpusOptions.bind(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", valueCompletion(check.Formats))
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("disable", listCompletion(ruleNames()))
	_ = cmd.RegisterFlagCompletionFunc("rule", func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		// NAME= first, then the severities after the =.
		if name, _, ok := strings.Cut(toComplete, "="); ok {
			var out []cobra.Completion
			for _, sev := range []string{"off", "info", "warning", "error"} {
				out = append(out, name+"="+sev)
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, n := range ruleNames() {
			if strings.HasPrefix(n, toComplete) {
				out = append(out, n+"=")
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	return cmd
}

func ruleNames() []string {
	var out []string
	for _, r := range check.Rules() {
		out = append(out, r.Name())
	}
	return out
}

func ruleHelp() string {
	var b strings.Builder
	for _, r := range check.Rules() {
		fmt.Fprintf(&b, "  %-28s %s (%s)\n", r.Name(), r.Describe(), r.Default())
	}
	return b.String()
}

// checked is the result of one document.
type checked struct {
	findings []check.Finding
	err      error
}

func runCheck(opt *checkOptions, args []string, s streams) error {
	opt.format = strings.ToLower(opt.format)
	if opt.listRules {
		_, err := fmt.Fprint(s.out, ruleHelp())
		return err
	}
	overrides := map[string]check.Severity{}
	for _, r := range opt.rules {
		name, sev, ok := strings.Cut(r, "=")
		if !ok {
			return usageError{fmt.Errorf("--rule %q: want NAME=SEVERITY", r)}
		}
		v, err := check.ParseSeverity(sev)
		if err != nil {
			return usageError{fmt.Errorf("--rule %q: %w", r, err)}
		}
		overrides[strings.ToLower(strings.TrimSpace(name))] = v
	}
	for _, name := range opt.disable {
		overrides[strings.ToLower(strings.TrimSpace(name))] = check.Off
	}
	checker, err := check.New(overrides)
	if err != nil {
		return usageError{err}
	}
	x, err := (&extractOptions{date: opt.date, corpusOptions: opt.corpusOptions}).extractor()
	if err != nil {
		return err
	}
	src, err := opt.corpusOptions.open(args, s)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(s.out, 64<<10)
	w, err := check.NewWriter(opt.format, out)
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	stats := corpus.NewStats([]string{"error findings", "warning findings", "info findings"})
	failing := false
	work := func(d *input.Document) (c checked) {
		// A rule that panics fails its document only, as an extractor does.
		defer func() {
			if p := recover(); p != nil {
				c = checked{err: fmt.Errorf("%s: internal error in check: %v", input.DisplayName(d.Source), p)}
			}
		}()
		r := extractDoc(d, x, false, nil)
		if r.err != nil {
			return checked{err: r.err}
		}
		return checked{findings: checker.Check(&check.Document{Facts: r.doc, Text: r.text, File: d.File, Line: d.Line})}
	}
	emit := func(d *input.Document, r checked) error {
		var keep func(source, msg string) error
		if opt.format == "jsonl" {
			keep = func(source, msg string) error { return writeErrorObject(out, source, msg) }
		}
		if failed, err := src.finish(stats, d, 0, r.err, s.err, keep); failed || err != nil {
			return err
		}
		for _, f := range r.findings {
			stats.Facts[f.Severity.String()+" findings"]++
			failing = failing || f.Severity == check.Error
		}
		return w.Write(r.findings)
	}
	if err := runCorpus(src, opt.jobs, work, emit, w, out); err != nil {
		return err
	}
	src.reportEmpty(stats, s.err)
	if opt.stats {
		fmt.Fprintf(s.err, "newsfacts check: %s\n", stats.Line())
		fmt.Fprintf(s.err, "newsfacts check: version %s\n", buildVersion())
	}
	if failing || stats.Errors > 0 {
		return errFailed
	}
	return nil
}
