package stress

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestFamilies checks every generator: valid UTF-8 without NUL (else the
// binary rejects the input up front and the case measures nothing), about
// the size asked, the same bytes for the same size, and a larger input 4x
// as large within a unit of the pattern.
func TestFamilies(t *testing.T) {
	news := []string{"Kosovo's president said on Tuesday that NATO troops would stay.\n\nThe talks will go on, he said."}
	names := map[string]bool{}
	for _, f := range Families {
		t.Run(f.Name, func(t *testing.T) {
			if names[f.Name] {
				t.Fatalf("duplicate family %q", f.Name)
			}
			names[f.Name] = true
			const size = 8 << 10
			a, b := f.Gen(size, news), f.Gen(size, news)
			if !bytes.Equal(a, b) {
				t.Error("not deterministic")
			}
			if !utf8.Valid(a) || bytes.IndexByte(a, 0) >= 0 {
				t.Error("not text: invalid UTF-8 or a NUL byte")
			}
			if len(a) < size*3/4 || len(a) > size*5/4+256 {
				t.Errorf("%d bytes for %d asked", len(a), size)
			}
			if r := float64(len(f.Gen(4*size, news))) / float64(len(a)); r < 3.5 || r > 4.5 {
				t.Errorf("large/small = %.2f, want about 4", r)
			}
			if f.Small <= 0 || f.Why == "" || !strings.HasPrefix(f.Ext, ".") {
				t.Error("incomplete family")
			}
		})
	}
}

func TestJudge(t *testing.T) {
	lim := DefaultLimits
	for _, c := range []struct {
		name string
		r    Result
		bad  string // a substring of the first problem, "" for none
	}{
		{"clean run", Result{Size: 100, Exit: 0, PeakRSS: 50 << 20, Output: 600}, ""},
		{"one-line error naming the input", Result{Size: 100, Exit: 1, Stderr: "newsfacts: in.txt: invalid UTF-8 at byte 3\n"}, ""},
		{"error not naming the input", Result{Size: 100, Exit: 1, Stderr: "newsfacts: invalid UTF-8\n"}, "one-line error"},
		{"error on two lines", Result{Size: 100, Exit: 1, Stderr: "newsfacts: in.txt: a\nb\n"}, "one-line error"},
		{"panic", Result{Size: 100, Exit: 2, Stderr: "panic: index out of range\n\ngoroutine 1"}, "crashed"},
		{"killed by a signal", Result{Size: 100, Exit: -1}, "crashed"},
		{"timed out", Result{Size: 100, Exit: -1, TimedOut: true}, "killed after"},
		{"out of memory", Result{Size: 100, Exit: 2, Stderr: "fatal error: out of memory\n"}, "out of memory"},
		{"usage exit", Result{Size: 100, Exit: 2, Stderr: "newsfacts: bad flag\n"}, "exit 2"},
		{"over the RSS limit", Result{Size: 100, PeakRSS: 2 << 30}, "peak RSS"},
		{"output out of proportion", Result{Size: 100 << 20, Output: 8 << 30}, "output"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := Judge(c.r, "in.txt", lim)
			switch {
			case c.bad == "" && len(bad) > 0:
				t.Errorf("got %q, want no problem", bad)
			case c.bad != "" && (len(bad) == 0 || !strings.Contains(bad[0], c.bad)):
				t.Errorf("got %q, want %q", bad, c.bad)
			}
		})
	}
}

func TestGrowth(t *testing.T) {
	s := time.Second
	for _, c := range []struct {
		name              string
		small, large, was float64
	}{
		{"linear", 1.1, 4.1, 4},
		{"quadratic", 1.1, 16.1, 16},
		{"start-up only: the floor keeps noise from counting", 0.1, 0.15, 0.5},
	} {
		g := Growth(time.Duration(c.small*float64(s)), time.Duration(c.large*float64(s)), 100*time.Millisecond, 100*time.Millisecond)
		if g < c.was*0.99 || g > c.was*1.01 {
			t.Errorf("%s: growth %.2f, want %.2f", c.name, g, c.was)
		}
	}
}
