package corpus

import (
	"strings"
	"testing"
)

func TestStatsLineCounts(t *testing.T) {
	s := NewStats([]string{"entities", "quotes", "error findings"})
	s.Docs, s.Errors = 1, 0
	s.Facts["entities"], s.Facts["quotes"], s.Facts["error findings"] = 1, 2, 1
	line := s.Line()
	if !strings.HasPrefix(line, "1 document, 0 errors, 1 entity, 2 quotes, 1 error finding; ") {
		t.Errorf("line: %s", line)
	}
	s.Docs, s.Errors = 2, 1
	if line := s.Line(); !strings.HasPrefix(line, "2 documents, 1 error, ") {
		t.Errorf("line: %s", line)
	}
}
