package render

import (
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"
)

// DefaultWidth is the table width when the output is not a terminal and
// COLUMNS is not set: a file or a pipe has no width, and 100 columns read
// well in an editor or a code review.
const DefaultWidth = 100

// Width is the width tables are fitted to when printed on w: COLUMNS when
// it is set to a positive number (as shells export it, and as a user sets
// it to choose), else the terminal's own width, else 0: unknown, which the
// fact tables read as DefaultWidth and the eval report as "no limit" (a
// report saved to a file keeps every cell on one line). getenv is
// os.Getenv, injected for tests.
func Width(w io.Writer, getenv func(string) string) int {
	if n, err := strconv.Atoi(strings.TrimSpace(getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 0
}
