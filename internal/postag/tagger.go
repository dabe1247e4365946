package postag

import (
	"encoding/binary"
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/newsfacts/newsfacts/internal/emoticon"
)

// Tagger tags sentences with a Model. It keeps its scratch space between
// calls, so it is not safe for concurrent use: take one per goroutine (one
// per document is cheap).
type Tagger struct {
	m      *Model
	scores *[256]float32 // indexed by class id, which is a byte
	arena  []byte        // lower-cased words of the current sentence
	ctx    []string      // normalised words, padded as prose pads them
	wid    []int32       // vocabulary id of each ctx word (-1: unknown)
	sid    []int32       // and of its last three bytes
}

// tagID is a tag with its vocabulary id.
type tagID struct {
	tag string
	id  int32
}

// NewTagger returns a tagger over m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, scores: new([256]float32)}
}

// Tag writes the Penn Treebank tag of words[i] to tags[i]; words is one
// sentence, since the tagger reads the two tags before each word. tags must
// be at least as long as words. The tags are the model's own strings (or,
// for a -LRB--style literal, the word itself), so tagging allocates nothing
// once the tagger's buffers have grown to the longest sentence.
func (t *Tagger) Tag(words, tags []string) {
	if len(words) == 0 {
		return
	}
	m := t.m
	t.context(words)
	p1 := tagID{"-START-", m.padVID[0]}
	p2 := tagID{"-START2-", m.padVID[1]}
	for i, w := range words {
		tag := t.tagOne(i, w, p1, p2)
		tags[i] = tag.tag
		p2, p1 = p1, tag
	}
}

// context normalises the words into t.ctx between prose's two sentinels at
// each end, and looks each up in the vocabulary once: a word is read by the
// features of the five tokens around it.
func (t *Tagger) context(words []string) {
	need := len(words) + 4
	if cap(t.ctx) < need {
		t.ctx = make([]string, need)
		t.wid = make([]int32, need)
		t.sid = make([]int32, need)
	}
	ctx, wid, sid := t.ctx[:need], t.wid[:need], t.sid[:need]
	// The arena never grows while the views into it are live: it is sized
	// for the whole sentence first.
	size := 0
	for _, w := range words {
		size += len(w)
	}
	if cap(t.arena) < size {
		t.arena = make([]byte, 0, 2*size)
	}
	t.arena = t.arena[:0]
	m := t.m
	for k, j := range [4]int{0, 1, need - 2, need - 1} {
		ctx[j], wid[j], sid[j] = m.pad[k], m.padVID[k], m.padSufVID[k]
	}
	for i, w := range words {
		n := t.normalize(w)
		ctx[i+2] = n
		id := m.id(n)
		wid[i+2] = id
		if len(n) > 3 {
			id = m.id(n[len(n)-3:])
		}
		sid[i+2] = id
	}
}

// normalize maps a word onto the form the model was trained on, as prose's
// normalize does: hyphenated words (not led by a hyphen), four-character
// integers ("+123" included, as strconv.Atoi takes it), words led by a
// digit, and everything else lower-cased.
func (t *Tagger) normalize(w string) string {
	if w == "" {
		return w
	}
	first := w[0]
	if first != '-' && strings.IndexByte(w, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(w) == 4 && isDecimalInt(w) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// strings.ToLower copies only when a rune changes.
			return strings.ToLower(w)
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if !upper {
		return w
	}
	start := len(t.arena)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t.arena = append(t.arena, c)
	}
	return unsafe.String(&t.arena[start], len(w))
}

// isDecimalInt reports whether s is an optional sign and at least one ASCII
// digit, which is what strconv.Atoi accepts at this length.
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// tagOne resolves token i. As in prose, tokens the model was never trained
// on bypass it, then words the training data always tagged one way.
func (t *Tagger) tagOne(i int, w string, p1, p2 tagID) tagID {
	m := t.m
	switch {
	case w == "-":
		return tagID{"-", m.id("-")}
	case emoticon.Is(w):
		return tagID{"SYM", m.id("SYM")}
	case strings.HasPrefix(w, "@"):
		return tagID{"NN", m.id("NN")}
	case isTrace(w):
		return tagID{"-NONE-", m.id("-NONE-")}
	case isBracketLiteral(w):
		return tagID{w, m.id(w)}
	}
	if id := m.tagFor(w); id >= 0 {
		return tagID{m.classes[id], m.classVID[id]}
	}
	return t.predict(i+2, w, p1, p2)
}

// predict scores the 14 features of prose's tagger for the word at ctx[c]
// and returns the best class; the features are summed in prose's order.
func (t *Tagger) predict(c int, w string, p1, p2 tagID) tagID {
	m := t.m
	// Every sum starts from the bias weights, 0 + w being exactly w.
	s := t.scores[:len(m.classes)]
	copy(s, m.biasScores)
	suf := m.emptyVID
	switch {
	case unsafe.StringData(t.ctx[c]) == unsafe.StringData(w) && len(t.ctx[c]) == len(w):
		// normalize kept the word as it was, so its suffix is known.
		suf = t.sid[c]
	case len(w) > 3:
		suf = m.id(w[len(w)-3:])
	case len(w) > 0:
		suf = m.id(w)
	}
	pre := m.emptyVID
	if len(w) > 0 {
		pre = m.byteVID[w[0]]
	}
	// All the lookups first, then the sums: the lookups are independent,
	// so their cache misses overlap instead of queueing behind the adds.
	wid, sid := t.wid, t.sid
	fs := [...][2]uint32{
		pairs(m.lookup(tSuffix, suf, 0)),
		pairs(m.lookup(tPref1, pre, 0)),
		pairs(m.lookup(tTag1, p1.id, 0)),
		pairs(m.lookup(tTag2, p2.id, 0)),
		pairs(m.lookup(tTag1Tag2, p1.id, p2.id)),
		pairs(m.lookup(tWord, wid[c], 0)),
		pairs(m.lookup(tTag1Word, p1.id, wid[c])),
		pairs(m.lookup(tWord1, wid[c-1], 0)),
		pairs(m.lookup(tSuffix1, sid[c-1], 0)),
		pairs(m.lookup(tWord2, wid[c-2], 0)),
		pairs(m.lookup(tNextWord, wid[c+1], 0)),
		pairs(m.lookup(tNextSuffix, sid[c+1], 0)),
		pairs(m.lookup(tNextWord2, wid[c+2], 0)),
	}
	for _, f := range fs {
		t.add(f[0], f[1])
	}

	// Ties go to the lowest class id, as in prose.
	best, id := float32(math.Inf(-1)), -1
	for j, v := range s {
		if v > best {
			best, id = v, j
		}
	}
	if id < 0 {
		return tagID{"", m.emptyVID}
	}
	return tagID{m.classes[id], m.classVID[id]}
}

// add sums the weights of pairs [lo, hi) into the scores; the weights
// are read in place from the model's bytes.
func (t *Tagger) add(lo, hi uint32) {
	ids, ws := t.m.ids[lo:hi], t.m.weights[4*lo:4*hi]
	s := t.scores
	for j, id := range ids {
		// A full slice expression of constant length leaves one bounds
		// check per weight, where ws[4*j:] left two and a mask (8% of
		// tagging time).
		w := ws[4*j : 4*j+4 : 4*j+4]
		s[id] += math.Float32frombits(binary.LittleEndian.Uint32(w))
	}
}

func pairs(lo, hi uint32) [2]uint32 { return [2]uint32{lo, hi} }

func suffix3(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// isTrace reports whether w is a Penn Treebank trace or elision, prose's
// `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`: "0", "*", "*U*",
// "*?*", "*-1", "*T*-12".
func isTrace(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 3 || w[0] != '*' {
		return false
	}
	if len(w) == 3 && w[2] == '*' {
		c := w[1]
		return c == '_' || c == '?' || isDigit(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
	}
	rest := w[1:]
	if rest[0] != '-' {
		j := 0
		for j < len(rest) && 'A' <= rest[j] && rest[j] <= 'Z' {
			j++
		}
		if j == 0 || j+1 >= len(rest) || rest[j] != '*' || rest[j+1] != '-' {
			return false
		}
		rest = rest[j+1:]
	}
	digits := rest[1:]
	if len(digits) < 1 || len(digits) > 3 {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return false
		}
	}
	return true
}

// isBracketLiteral reports whether w is a Penn bracket literal such as
// -LRB- or -RCB-, prose's `^\-[A-Z]{3}\-$`, which keeps its own text as tag.
func isBracketLiteral(w string) bool {
	if len(w) != 5 || w[0] != '-' || w[4] != '-' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
