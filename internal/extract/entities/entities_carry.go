package entities

import (
	"cmp"
	"slices"
	"strings"
)

// Carry is the entity state that crosses the windows of one large document
// (issue 18): a text over a window is extracted a window of paragraphs at a
// time, and each window's canonicalise sees the earlier windows only
// through this bounded summary.
//
//   - names: per label and run of first or last words (the keys canonicalise
//     indexes), the latest fuller name of the earlier windows, or "" when
//     that name may not be given to others (ambiguous in its sentence, or
//     longer than maxCanonicalBytes): a mention with no fuller name before
//     it in its own window takes it, as the nearest fuller name before it.
//   - ids: per label and folded canonical name, the document-wide entity id,
//     so that one entity named in two windows keeps one id.
//
// Each map holds at most max keys; past that the key seen longest ago is
// dropped, so memory stays bounded whatever the document's size. A name
// dropped is no longer found by later windows, and an entity dropped and
// named again gets a new id.
type Carry struct {
	names map[nameKey]stamped[string]
	ids   map[idKey]stamped[int]
	next  int // the last id given
	seq   int // mentions seen so far: the stamp of a key is its last mention's
	max   int
}

// nameKey is a label and a run of a mention's words, as canonicalise
// indexes them.
type nameKey struct{ label, words string }

// idKey is a label and a folded canonical name: one entity.
type idKey struct{ label, name string }

// stamped is a value and the mention it was last seen at.
type stamped[T any] struct {
	v   T
	seq int
}

// MaxCarry bounds each map of a Carry: 4096 keys, well past the names a
// few articles use, and at most a few hundred KB.
const MaxCarry = 4096

// NewCarry returns the empty state of a document's first window, holding
// at most max keys per map (MaxCarry when max <= 0).
func NewCarry(max int) *Carry {
	if max <= 0 {
		max = MaxCarry
	}
	return &Carry{names: map[nameKey]stamped[string]{}, ids: map[idKey]stamped[int]{}, max: max}
}

// name is the fuller name carried for k, and whether there is one ("" when
// the mention stays as written).
func (cy *Carry) name(k nameKey) (string, bool) {
	if cy == nil {
		return "", false
	}
	s, ok := cy.names[k]
	return s.v, ok
}

// id is the document-wide id of entity k, seen at the window's mention i,
// a new one if it has none.
func (cy *Carry) id(k idKey, i int) int {
	s, ok := cy.ids[k]
	if !ok {
		cy.next++
		s.v = cy.next
	}
	s.seq = cy.seq + i
	cy.ids[own(k)] = s
	return s.v
}

// keep records that the latest fuller name of k in this window is its
// mention j (name "" when it stays as written), in strings of their own
// (see own).
func (cy *Carry) keep(k nameKey, name string, j int) {
	k.words = strings.Clone(k.words)
	cy.names[k] = stamped[string]{strings.Clone(name), cy.seq + j}
}

// own is k with a name of its own: a mention's text is a substring of its
// window's text, which a carried key must not keep alive (a map keeps the
// key of its last assignment). Labels are constants.
func own(k idKey) idKey {
	k.name = strings.Clone(k.name)
	return k
}

// done closes a window of n mentions: the stamps of the next go on from
// there, and each map is cut back to max keys, the oldest dropped.
func (cy *Carry) done(n int) {
	cy.seq += n
	evict(cy.names, cy.max, func(a, b nameKey) int {
		return cmp.Or(cmp.Compare(a.label, b.label), cmp.Compare(a.words, b.words))
	})
	evict(cy.ids, cy.max, func(a, b idKey) int {
		return cmp.Or(cmp.Compare(a.label, b.label), cmp.Compare(a.name, b.name))
	})
}

// evict drops the oldest keys of m until it holds max; keys of one stamp
// (the first and last words of one mention) go in the order of byKey, so
// the result does not depend on the map's order.
func evict[K comparable, V any](m map[K]stamped[V], max int, byKey func(a, b K) int) {
	if len(m) <= max {
		return
	}
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(m[a].seq, m[b].seq), byKey(a, b))
	})
	for _, k := range keys[:len(m)-max] {
		delete(m, k)
	}
}
