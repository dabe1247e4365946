package newsfacts_test

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/devdata"
)

// TestCarryMatchesWhole is the differential test of the entity state
// carried across windows (issue 18): TBAQ articles joined into one text of
// many 8 KiB windows give the mentions that both runs find the canonical
// names and the entity ids of one whole-document run, though a surname
// and its full name often fall in two windows.
func TestCarryMatchesWhole(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	text := strings.Join(articles[:60], "\n\n")
	const size = 8 << 10
	if len(text) < 16*size {
		t.Fatalf("only %d bytes", len(text))
	}
	kinds := newsfacts.WithKinds(newsfacts.KindEntities)
	whole := extractWith(t, text, kinds, newsfacts.WithWindow(len(text)))
	windows := extractWith(t, text, kinds, newsfacts.WithWindow(size))
	type span struct {
		start, end int
		label      string
	}
	at := make(map[span]newsfacts.Entity, len(whole.Entities))
	for _, e := range whole.Entities {
		at[span{e.Start, e.End, e.Label}] = e
	}
	// sameFuller says whether the name canonical of label, as the nearer
	// of its last mention before start in either run, is one mention of
	// both runs: canonical names are compared where the two runs found the
	// same fuller names, not where the windows' tagger found other ones.
	inWindows := make(map[span]bool, len(windows.Entities))
	for _, e := range windows.Entities {
		inWindows[span{e.Start, e.End, e.Label}] = true
	}
	last := func(es []newsfacts.Entity, label, name string, start int) (span, bool) {
		for i := len(es) - 1; i >= 0; i-- {
			e := es[i]
			if e.Start < start && e.Label == label && strings.Join(strings.Fields(e.Text), " ") == name {
				return span{e.Start, e.End, e.Label}, true
			}
		}
		return span{}, false
	}
	sameFuller := func(e newsfacts.Entity, name string) bool {
		if name == strings.Join(strings.Fields(e.Text), " ") {
			return true
		}
		a, okA := last(whole.Entities, e.Label, name, e.Start)
		b, okB := last(windows.Entities, e.Label, name, e.Start)
		return okA && okB && a == b && inWindows[a]
	}
	both, crossed, diff := 0, 0, 0
	idOf := map[int]int{} // whole-document id -> windowed id
	for _, e := range windows.Entities {
		w, ok := at[span{e.Start, e.End, e.Label}]
		if !ok {
			continue // the windows' tagger saw other words around it
		}
		if !sameFuller(e, w.Canonical) || !sameFuller(e, e.Canonical) {
			continue
		}
		both++
		if w.Canonical != e.Canonical {
			diff++
			t.Logf("%d %q %s: canonical %q, whole %q", e.Start, e.Text, e.Label, e.Canonical, w.Canonical)
			continue
		}
		if w.Canonical != strings.Join(strings.Fields(e.Text), " ") && strings.LastIndex(text[:e.Start], w.Canonical) < e.Start-size {
			crossed++ // the fuller name is at least a window back
		}
		if id, ok := idOf[w.Entity]; ok && id != e.Entity {
			t.Errorf("%d %q: id %d, but %d for an earlier mention of whole-document id %d", e.Start, e.Text, e.Entity, id, w.Entity)
		}
		idOf[w.Entity] = e.Entity
	}
	t.Logf("%d mentions in both runs, %d canonical names differ, %d resolved a window or more back", both, diff, crossed)
	if both < len(whole.Entities)*2/3 || crossed == 0 {
		t.Fatalf("%d of %d mentions in both runs, %d resolved across windows: nothing to compare", both, len(whole.Entities), crossed)
	}
	if diff > 0 {
		t.Errorf("%d of %d canonical names differ from the whole document's", diff, both)
	}
}
