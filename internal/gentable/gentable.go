// Package gentable writes Go source for the generators that lay tables out
// as data (package units' lexicon, package nationalities' tables): arrays
// the linker places in the binary, read with no work at start.
package gentable

import (
	"fmt"
	"go/format"
	"os"
	"strconv"
	"strings"
)

// List writes `var name = [...]typ{...}`, its elements packed on lines of
// about width bytes so that the file stays short.
func List(b *strings.Builder, name, typ string, elems []string, width int) {
	fmt.Fprintf(b, "var %s = [...]%s{", name, typ)
	line := 0
	for _, e := range elems {
		if line == 0 || line+len(e) > width {
			b.WriteString("\n\t")
			line = 0
		} else {
			b.WriteString(" ")
		}
		b.WriteString(e)
		b.WriteString(",")
		line += len(e) + 2
	}
	b.WriteString("\n}\n\n")
}

// Quoted returns the Go literals of ss.
func Quoted(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// Save formats src with gofmt's rules and writes it to path.
func Save(path, src string) error {
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}
