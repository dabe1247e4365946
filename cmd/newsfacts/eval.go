package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsfacts/newsfacts/internal/eval"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/render"
)

// evalOptions holds the flags of the eval command.
type evalOptions struct {
	format     string
	goldFormat string
	types      []string
	min        []string
	errors     bool
	limit      int
	slice      string
	verbose    bool
	reference  string
	disable    []string
}

var evalFormats = []string{"table", "json"}

func newEvalCmd(s streams) *cobra.Command {
	opt := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval [flags] GOLD...",
		Short: "Measure extraction against gold annotations",
		Long: `eval reads gold annotations, runs the extraction pipeline on their text and
prints precision, recall and F1 per kind and label, and the accuracy of
attributes (values, types, speakers) over matched facts.

Each GOLD is a file or a directory (walked recursively, in lexical order;
files of no known format are skipped there). Gold formats, detected from
the file or named with --gold-format:
  conll     CoNLL-2003 NER columns (.txt, .conll), IOB1 or IOB2: entities,
            exact spans as conlleval scores them
  timeml    TempEval-3 TimeML (.tml): dates; strict and relaxed span F1,
            value F1 and type accuracy, against the DCT
  meantime  NewsReader MEANTIME CAT XML (.xml): named entities (PER, ORG,
            LOC), numbers (VALUE) and dates (TIMEX3)
  gold      newsfacts gold JSONL (.jsonl): every kind it annotates, overlap
            match, attribute accuracy
  polnear   a PolNeAR directory (text/*.txt, attributions/*.ann brat
            standoff): direct and reported speech, overlap match, speaker
            by mention or entity (README: "PolNeAR")

--slice FROM:TO keeps a slice of each dataset's files in name order, as
fractions (0:0.8 the first 80%, 0.8:1 the rest, held out).

Figures are named KIND, KIND.LABEL or KIND.MEASURE (entities.PER,
dates.strict, dates.value); an attribute's accuracy is FIGURE.ATTR
(numbers.counted). --min NAME=X fails when any dataset's figure is below X.

Exit codes:
  0  done, every --min threshold met
  1  a --min threshold failed, or a gold file could not be read
  2  usage error`,
		Example: `  newsfacts eval ../shared/data/conll2003/valid.txt
  newsfacts eval --types DATE,TIME ../shared/data/tempeval3-tbaq
  newsfacts eval --errors testdata/gold/
  newsfacts eval --reference dateline ../shared/data/tempeval3-tbaq
  newsfacts eval --disable propagate,consistent ../shared/data/conll2003/valid.txt
  newsfacts eval --format json --min entities=0.5 --min dates.value=0.6 gold/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			endStartupGC() // a corpus run: collect as usual
			return runEval(opt, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opt.format, "format", "f", "table", "output format: "+strings.Join(evalFormats, ", "))
	f.StringVar(&opt.goldFormat, "gold-format", "", "gold format of every GOLD: "+strings.Join(eval.Formats, ", ")+" (default: detected)")
	f.StringSliceVar(&opt.types, "types", nil, "TIMEX3 types to score, e.g. DATE,TIME (default all)")
	f.StringArrayVar(&opt.min, "min", nil, "NAME=X: exit 1 when figure NAME is below X (repeatable)")
	f.BoolVar(&opt.errors, "errors", false, "list every miss, false alarm and wrong attribute with its context")
	f.IntVar(&opt.limit, "limit", 0, "read at most N documents per dataset (0: all)")
	f.StringVar(&opt.slice, "slice", "", "FROM:TO: score only that fraction of each dataset's files, in name order (e.g. 0:0.8)")
	f.BoolVarP(&opt.verbose, "verbose", "v", false, "print each dataset's size and timing on stderr")
	f.StringVar(&opt.reference, "reference", eval.ReferenceGiven, "how the gold creation time reaches the pipeline: given (as --date), none (withheld), dateline (withheld, written as the text's first line); none and dateline add the figure dates.article")
	f.StringSliceVar(&opt.disable, "disable", nil, "rules to switch off for an ablation: "+strings.Join(extract.RuleNames(), ", "))
	_ = cmd.RegisterFlagCompletionFunc("format", valueCompletion(evalFormats))
	_ = cmd.RegisterFlagCompletionFunc("gold-format", valueCompletion(eval.Formats))
	_ = cmd.RegisterFlagCompletionFunc("disable", listCompletion(extract.RuleNames()))
	_ = cmd.RegisterFlagCompletionFunc("reference", valueCompletion(eval.References))
	// Args errors are usage errors too.
	cmd.Args = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageError{fmt.Errorf("eval: want at least one GOLD file or directory")}
		}
		return nil
	}
	return cmd
}

// threshold is one --min NAME=X.
type threshold struct {
	name string
	min  float64
}

func parseThresholds(specs []string) ([]threshold, error) {
	var out []threshold
	for _, s := range specs {
		name, val, ok := strings.Cut(s, "=")
		x, err := strconv.ParseFloat(val, 64)
		if !ok || name == "" || err != nil || x < 0 || x > 1 {
			return nil, fmt.Errorf("--min %q: want NAME=X with X between 0 and 1", s)
		}
		out = append(out, threshold{name, x})
	}
	return out, nil
}

// parseSlice reads --slice FROM:TO; empty means all.
func parseSlice(s string) (from, to float64, err error) {
	if s == "" {
		return 0, 1, nil
	}
	a, b, ok := strings.Cut(s, ":")
	from, err1 := strconv.ParseFloat(a, 64)
	to, err2 := strconv.ParseFloat(b, 64)
	if !ok || err1 != nil || err2 != nil || from < 0 || to > 1 || from >= to {
		return 0, 0, fmt.Errorf("--slice %q: want FROM:TO with 0 <= FROM < TO <= 1", s)
	}
	return from, to, nil
}

func runEval(opt *evalOptions, args []string, s streams) error {
	opt.format, opt.goldFormat = strings.ToLower(opt.format), strings.ToLower(opt.goldFormat)
	switch opt.format {
	case "table", "json":
	default:
		return usageError{fmt.Errorf("--format %q: want one of %v", opt.format, evalFormats)}
	}
	if opt.goldFormat != "" && !slices.Contains(eval.Formats, opt.goldFormat) {
		return usageError{fmt.Errorf("--gold-format %q: want one of %v", opt.goldFormat, eval.Formats)}
	}
	for i, t := range opt.types {
		opt.types[i] = strings.ToUpper(strings.TrimSpace(t))
		if !slices.Contains([]string{"DATE", "TIME", "DURATION", "SET"}, opt.types[i]) {
			return usageError{fmt.Errorf("--types: unknown TIMEX3 type %q (want DATE, TIME, DURATION, SET)", t)}
		}
	}
	if opt.limit < 0 {
		return usageError{fmt.Errorf("--limit must not be negative")}
	}
	if err := extract.CheckRules(opt.disable); err != nil {
		return usageError{fmt.Errorf("--disable: %w", err)}
	}
	mins, err := parseThresholds(opt.min)
	if err != nil {
		return usageError{err}
	}
	if !slices.Contains(eval.References, opt.reference) {
		return usageError{fmt.Errorf("--reference %q: want one of %v", opt.reference, eval.References)}
	}
	from, to, err := parseSlice(opt.slice)
	if err != nil {
		return usageError{err}
	}
	eopt := eval.Options{GoldFormat: opt.goldFormat, Types: opt.types, Limit: opt.limit, Errors: opt.errors, Reference: opt.reference, Disable: opt.disable, From: from, To: to}
	if opt.verbose {
		eopt.Progress = s.err
	}
	rep, err := eval.Evaluate(args, eopt)
	if err != nil {
		fmt.Fprintf(s.err, "newsfacts eval: %v\n", err)
		return errFailed
	}
	if opt.format == "json" {
		err = rep.JSON(s.out, opt.errors)
	} else {
		err = rep.Table(s.out, opt.errors, render.Width(s.out, os.Getenv))
	}
	if err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	failed := false
	for _, t := range mins {
		fails, found := rep.Check(t.name, t.min)
		if !found {
			return usageError{fmt.Errorf("--min %s: no figure of that name was measured", t.name)}
		}
		for _, f := range fails {
			fmt.Fprintf(s.err, "newsfacts eval: below minimum: %s\n", f)
			failed = true
		}
	}
	if failed {
		return errFailed
	}
	return nil
}
