package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// maxJobs bounds --jobs: beyond a thousand workers a run only pays for
// goroutines and read-ahead memory (4 x jobs documents wait to be printed),
// and a larger number is almost certainly a typo.
const maxJobs = 1024

// byteSize is a size flag that takes a K, M or G suffix (KB, KiB, MB...
// read the same: powers of 1024, as `ls -h` and `du -h` print them) and
// prints its value that way, so --help shows 256M, not 268435456.
type byteSize int64

var sizeUnits = []struct {
	suffix string
	shift  uint
}{{"G", 30}, {"M", 20}, {"K", 10}}

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range sizeUnits {
		if n != 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	v := strings.ToUpper(strings.TrimSpace(s))
	v = strings.TrimSuffix(strings.TrimSuffix(v, "IB"), "B")
	shift := uint(0)
	for _, u := range sizeUnits {
		if strings.HasSuffix(v, u.suffix) {
			v, shift = strings.TrimSuffix(v, u.suffix), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return fmt.Errorf("want a size in bytes, with an optional K, M or G suffix (256M)")
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) Type() string { return "size" }

// parseDate reads a YYYY-MM-DD flag value, telling a malformed value from a
// day that does not exist.
func parseDate(flag, s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return t, nil
	}
	var y, m, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == 10 {
		return t, usageError{fmt.Errorf("%s %q: not a valid date", flag, s)}
	}
	return t, usageError{fmt.Errorf("%s %q: want YYYY-MM-DD", flag, s)}
}

// listCompletion completes a comma-separated list of values: after
// "dates,qu" it offers "dates,quotes", and values already in the list are
// not offered again. Names are matched case-insensitively, as the flags read
// them.
func listCompletion(values []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		done, last := "", toComplete
		if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
			done, last = toComplete[:i+1], toComplete[i+1:]
		}
		have := map[string]bool{}
		for _, v := range strings.Split(done, ",") {
			have[strings.ToLower(v)] = true
		}
		var out []cobra.Completion
		for _, v := range values {
			if !have[v] && strings.HasPrefix(v, strings.ToLower(last)) {
				out = append(out, done+v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// valueCompletion completes one value among values, case-insensitively.
func valueCompletion(values []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, v := range values {
			if strings.HasPrefix(v, strings.ToLower(toComplete)) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// lower returns the values lower-cased and trimmed: kind and format names
// are case-insensitive on the command line.
func lower(values []string) []string {
	if values == nil {
		return nil
	}
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = strings.ToLower(strings.TrimSpace(v))
	}
	return out
}
