package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsfacts/newsfacts/internal/diff"
	"github.com/newsfacts/newsfacts/internal/input"
	"github.com/newsfacts/newsfacts/internal/render"
)

// diffOptions holds the flags of `newsfacts diff`.
type diffOptions struct {
	format string
	quiet  bool
}

var diffFormats = []string{"text", "jsonl"}

func newDiffCmd(s streams) *cobra.Command {
	opt := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff [flags] OLD NEW",
		Short: "Compare two newsfacts outputs document by document and fact by fact",
		Long: `diff compares two outputs of newsfacts (jsonl, or json) and prints what
changed: documents added or removed (matched by source), a document's own
fields (date, error) changed, and facts added, removed or changed (matched
by kind and byte offsets, with each changed field's old and new value).
Either file may be - for standard input.

Output formats (--format):
  text   one line per change: "+", "-" or "~", source, kind, start:end,
         text, then field: old -> new; a summary line at the end
  jsonl  one object per change: source, change (added, removed, changed),
         kind, start, end, text, fields [{name, old, new}]

Exit codes, as diff(1):
  0  no differences
  1  differences
  2  trouble: a file that cannot be read or is not newsfacts output`,
		Example: `  newsfacts corpus/ > new.jsonl && newsfacts diff old.jsonl new.jsonl
  newsfacts diff --format jsonl old.jsonl new.jsonl | jq 'select(.kind == "numbers")'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError{fmt.Errorf("diff needs two files, OLD and NEW (got %d)", len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(opt, args[0], args[1], s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opt.format, "format", "f", "text", "output format: "+strings.Join(diffFormats, ", "))
	f.BoolVarP(&opt.quiet, "quiet", "q", false, "print nothing; only the exit code tells")
	_ = cmd.RegisterFlagCompletionFunc("format", valueCompletion(diffFormats))
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	return cmd
}

func runDiff(opt *diffOptions, oldPath, newPath string, s streams) error {
	opt.format = strings.ToLower(opt.format)
	if opt.format != "text" && opt.format != "jsonl" {
		return usageError{fmt.Errorf("--format %q: want one of %v", opt.format, diffFormats)}
	}
	if oldPath == input.Stdin && newPath == input.Stdin {
		return usageError{fmt.Errorf("only one of OLD and NEW can be standard input")}
	}
	open := func(p string) (io.Reader, func(), error) {
		if p == input.Stdin {
			return s.in, func() {}, nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, troubleError{err}
		}
		return bufio.NewReaderSize(f, 64<<10), func() { f.Close() }, nil
	}
	oldR, closeOld, err := open(oldPath)
	if err != nil {
		return err
	}
	defer closeOld()
	newR, closeNew, err := open(newPath)
	if err != nil {
		return err
	}
	defer closeNew()
	out := bufio.NewWriter(s.out)
	emit := func(c diff.Change) error {
		if opt.quiet {
			return nil
		}
		if opt.format == "jsonl" {
			b, err := render.Marshal(c, "")
			if err != nil {
				return err
			}
			_, err = out.Write(append(b, '\n'))
			return err
		}
		_, err := fmt.Fprintln(out, diff.Text(c))
		return err
	}
	sum, err := diff.Compare(input.DisplayName(oldPath), oldR, input.DisplayName(newPath), newR, emit)
	if err != nil {
		out.Flush()
		return troubleError{err}
	}
	if opt.format == "text" && !opt.quiet {
		fmt.Fprintln(out, sum.Line())
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if sum.Differs() {
		return errFailed
	}
	return nil
}
