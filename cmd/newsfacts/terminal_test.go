//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/newsfacts/newsfacts/internal/render"
)

// openPTY opens a pseudo-terminal pair, so tests can give the command a
// real terminal without a person at it.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open tty: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return m, s
}

// TestNoArgumentOnTerminal: typed alone at a terminal, newsfacts says what
// it wants in one line instead of waiting for an article on the keyboard.
func TestNoArgumentOnTerminal(t *testing.T) {
	_, tty := openPTY(t)
	var out, errw bytes.Buffer
	code := Main(nil, tty, &out, &errw)
	if code != exitUsage || out.Len() != 0 || strings.Count(errw.String(), "\n") != 1 ||
		!strings.HasPrefix(errw.String(), "newsfacts: no input: give FILE or DIR arguments, or pipe an article in") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errw.String())
	}
	// "-" still reads the terminal, and a pipe is read as before.
	code = Main([]string{"--only", "sentences"}, strings.NewReader("An article."), &out, &errw)
	if code != exitOK || !strings.Contains(out.String(), `"text":"An article."`) {
		t.Errorf("stdin pipe: exit %d, %s", code, out.String())
	}
}

// TestTerminalWidth: the table width is the terminal's, unless COLUMNS
// says otherwise.
func TestTerminalWidth(t *testing.T) {
	_, tty := openPTY(t)
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 97}); err != nil {
		t.Skipf("set window size: %v", err)
	}
	none := func(string) string { return "" }
	if got := render.Width(tty, none); got != 97 {
		t.Errorf("terminal of 97 columns: width %d", got)
	}
	if got := render.Width(tty, func(string) string { return "132" }); got != 132 {
		t.Errorf("COLUMNS=132 on a terminal: width %d", got)
	}
	if got := render.Width(os.Stderr, none); got != 0 && !isTerminal(os.Stderr) {
		t.Errorf("not a terminal: width %d, want 0", got)
	}
}

// TestWriteErrorExit: an output that cannot be written (a full disk) is exit
// 1 with one line naming it, not a usage error with a --help hint.
func TestWriteErrorExit(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	var errw bytes.Buffer
	code := Main([]string{"--only", "sentences", "../../testdata/kosovo-kfor-2023-05-30.txt"}, strings.NewReader(""), full, &errw)
	if code != exitFailed || strings.Contains(errw.String(), "--help") ||
		!strings.HasPrefix(errw.String(), "newsfacts: writing output: ") || strings.Count(errw.String(), "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errw.String())
	}
}
