package entities

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func mention(label, text string) facts.Entity {
	return facts.Entity{Span: facts.Span{Text: text}, Label: label}
}

// TestCanonicalBounds: one row per bound of canonicalise.
func TestCanonicalBounds(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("Smith ", 30)) // 179 bytes, 30 words
	for _, c := range []struct {
		name string
		es   []facts.Entity
		want []string
	}{
		{"surname after full name", []facts.Entity{mention("PERSON", "Jens Stoltenberg"), mention("PERSON", "Stoltenberg")},
			[]string{"Jens Stoltenberg", "Jens Stoltenberg"}},
		{"a fuller form past maxCanonicalBytes is not given to others", []facts.Entity{mention("PERSON", long), mention("PERSON", "Smith")},
			[]string{long, "Smith"}},
		{"a 16-word start is still found", []facts.Entity{
			mention("ORG", strings.Repeat("Aa ", 16)+"Bb"), mention("ORG", strings.TrimSpace(strings.Repeat("Aa ", 16)))},
			[]string{strings.Repeat("Aa ", 16) + "Bb", strings.Repeat("Aa ", 16) + "Bb"}},
		{"a 17-word start is not indexed", []facts.Entity{
			mention("ORG", strings.Repeat("Aa ", 17)+"Bb"), mention("ORG", strings.TrimSpace(strings.Repeat("Aa ", 17)))},
			[]string{strings.Repeat("Aa ", 17) + "Bb", strings.TrimSpace(strings.Repeat("Aa ", 17))}},
	} {
		t.Run(c.name, func(t *testing.T) {
			canonicalise(c.es, nil, nil)
			for i, e := range c.es {
				if e.Canonical != c.want[i] {
					t.Errorf("mention %d %q: canonical %q, want %q", i, e.Text, e.Canonical, c.want[i])
				}
			}
		})
	}
}

// TestCanonicalLongRun: the case, a run of names as one mention
// of 100,000 words and as many one-word mentions, is linear and its
// canonical names are no bigger than the input.
func TestCanonicalLongRun(t *testing.T) {
	const n = 100000
	es := []facts.Entity{mention("PERSON", strings.TrimSpace(strings.Repeat("Smith ", n)))}
	for range n {
		es = append(es, mention("PERSON", "Smith"))
	}
	start := time.Now()
	canonicalise(es, nil, nil)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %s", d)
	}
	total := 0
	for _, e := range es {
		total += len(e.Canonical)
	}
	if total > 3*6*n {
		t.Errorf("canonical names total %d bytes for %d bytes of mentions", total, 2*6*n)
	}
}
