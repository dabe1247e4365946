package quotes_test

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestQuotesLinear: the same speakers quoted over and over, and quotes
// opened and never closed, once cost the square of the number of quotes
// (every mention of a name matched against all the others at every quote,
// every quote of a chain looking through every item). CPU time for 4x the
// text must grow less than 8x (16x is quadratic).
func TestQuotesLinear(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"speakers quoted over and over", "“We will stay,” said John Smith. “It is safe,” he said. Mary Jones said: “No.” "},
		{"quotes never closed", "“The talks will go on, he said\n\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cost := func(n int) time.Duration {
				text := strings.Repeat(c.unit, n)
				before := cpuTime()
				d, err := extract.Run("x", text, extract.Options{Kinds: []string{facts.KindQuotes}})
				took := cpuTime() - before
				if err != nil {
					t.Fatal(err)
				}
				if len(d.Quotes) < n/2 {
					t.Errorf("%d quotes in %d units", len(d.Quotes), n)
				}
				return took
			}
			cost(10)
			small, large := cost(1500), cost(6000)
			if large > 8*small+300*time.Millisecond {
				t.Errorf("CPU time %s for 1,500 units, %s for 6,000: not linear", small, large)
			}
		})
	}
}
