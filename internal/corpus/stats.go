package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Stats sums up a run for --stats.
type Stats struct {
	Docs, Errors int
	// Bytes is the input read, for MB/s.
	Bytes int64
	// Kinds names the fact kinds in the order they are printed; Facts
	// counts them.
	Kinds []string
	Facts map[string]int
	Start time.Time
}

// NewStats starts the clock.
func NewStats(kinds []string) *Stats {
	return &Stats{Kinds: kinds, Facts: map[string]int{}, Start: time.Now()}
}

// Line is the one-line summary, e.g.
// "120 documents, 2 errors, 3400 sentences, 12 quotes; 0.9 MB in 3.1 s: 0.29 MB/s, 38.7 documents/s".
func (s *Stats) Line() string {
	secs := time.Since(s.Start).Seconds()
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s", counted(s.Docs, "documents"), counted(s.Errors, "errors"))
	for _, k := range s.Kinds {
		fmt.Fprintf(&b, ", %s", counted(s.Facts[k], k))
	}
	mb := float64(s.Bytes) / 1e6
	rate := func(x float64) float64 {
		if secs <= 0 {
			return 0
		}
		return x / secs
	}
	fmt.Fprintf(&b, "; %.2f MB in %.2f s: %.3f MB/s, %.1f documents/s", mb, secs, rate(mb), rate(float64(s.Docs)))
	return b.String()
}

// counted prints n with the plural noun, made singular for one: "1
// document", "1 entity", "1 error finding", "0 quotes".
func counted(n int, plural string) string {
	if n != 1 {
		return fmt.Sprintf("%d %s", n, plural)
	}
	switch {
	case strings.HasSuffix(plural, "ies"):
		plural = strings.TrimSuffix(plural, "ies") + "y"
	case strings.HasSuffix(plural, "s"):
		plural = strings.TrimSuffix(plural, "s")
	}
	return fmt.Sprintf("1 %s", plural)
}
