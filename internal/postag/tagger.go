package postag

import (
	_ "embed"
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Tagger tags sentences with a Model. It keeps its scratch space between
// calls, so it is not safe for concurrent use: take one per goroutine (one
// per document is cheap).
type Tagger struct {
	m      *Model
	scores []float32
	arena  []byte   // lower-cased words of the current sentence
	ctx    []string // normalised words, padded as prose pads them
	hw     []uint64 // hash of each ctx word
	hsuf   []uint64 // hash of the last three bytes of each ctx word
}

type tagHash struct {
	tag  string
	hash uint64
}

// NewTagger returns a tagger over m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, scores: make([]float32, len(m.classes))}
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
	p1 := tagHash{"-START-", m.start}
	p2 := tagHash{"-START2-", m.start2}
	for i, w := range words {
		tag := t.tagOne(i, w, p1, p2)
		tags[i] = tag.tag
		p2, p1 = p1, tag
	}
}

// context normalises the words into t.ctx between prose's two sentinels at
// each end, and hashes each once: a word is read by the features of the
// five tokens around it.
func (t *Tagger) context(words []string) {
	need := len(words) + 4
	if cap(t.ctx) < need {
		t.ctx = make([]string, need)
		t.hw = make([]uint64, need)
		t.hsuf = make([]uint64, need)
	}
	ctx, hw, hsuf := t.ctx[:need], t.hw[:need], t.hsuf[:need]
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
	ctx[0], hw[0], hsuf[0] = "-START-", m.start, m.hs(suffix3("-START-"))
	ctx[1], hw[1], hsuf[1] = "-START2-", m.start2, m.hs(suffix3("-START2-"))
	for i, w := range words {
		n := t.normalize(w)
		ctx[i+2] = n
		h := m.hs(n)
		hw[i+2] = h
		if len(n) > 3 {
			h = m.hs(n[len(n)-3:])
		}
		hsuf[i+2] = h
	}
	ctx[need-2], hw[need-2], hsuf[need-2] = "-END-", m.end, m.hs(suffix3("-END-"))
	ctx[need-1], hw[need-1], hsuf[need-1] = "-END2-", m.end2, m.hs(suffix3("-END2-"))
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
func (t *Tagger) tagOne(i int, w string, p1, p2 tagHash) tagHash {
	m := t.m
	switch {
	case w == "-":
		return tagHash{"-", m.hs("-")}
	case isEmoticon(w):
		return tagHash{"SYM", m.hs("SYM")}
	case strings.HasPrefix(w, "@"):
		return tagHash{"NN", m.hs("NN")}
	case isTrace(w):
		return tagHash{"-NONE-", m.hs("-NONE-")}
	case isBracketLiteral(w):
		return tagHash{w, m.hs(w)}
	}
	if id := m.tagFor(w); id >= 0 {
		return tagHash{m.classes[id], m.classHash[id]}
	}
	return t.predict(i+2, w, p1, p2)
}

// predict scores the 14 features of prose's tagger for the word at ctx[c]
// and returns the best class; the features are summed in prose's order.
func (t *Tagger) predict(c int, w string, p1, p2 tagHash) tagHash {
	m := t.m
	s := t.scores
	clear(s)
	if m.bias.used {
		t.add(&m.bias)
	}
	suf := w
	if len(w) > 3 {
		suf = w[len(w)-3:]
	}
	pre := w
	if len(w) > 1 {
		pre = w[:1]
	}
	ctx, hw, hsuf := t.ctx, t.hw, t.hsuf
	t.add(m.find(tSuffix, m.key1(tSuffix, m.hs(suf)), suf, ""))
	t.add(m.find(tPref1, m.key1(tPref1, m.hs(pre)), pre, ""))
	t.add(m.find(tTag1, m.key1(tTag1, p1.hash), p1.tag, ""))
	t.add(m.find(tTag2, m.key1(tTag2, p2.hash), p2.tag, ""))
	t.add(m.find(tTag1Tag2, m.key2(tTag1Tag2, p1.hash, p2.hash), p1.tag, p2.tag))
	t.add(m.find(tWord, m.key1(tWord, hw[c]), ctx[c], ""))
	t.add(m.find(tTag1Word, m.key2(tTag1Word, p1.hash, hw[c]), p1.tag, ctx[c]))
	t.add(m.find(tWord1, m.key1(tWord1, hw[c-1]), ctx[c-1], ""))
	t.add(m.find(tSuffix1, m.key1(tSuffix1, hsuf[c-1]), suffix3(ctx[c-1]), ""))
	t.add(m.find(tWord2, m.key1(tWord2, hw[c-2]), ctx[c-2], ""))
	t.add(m.find(tNextWord, m.key1(tNextWord, hw[c+1]), ctx[c+1], ""))
	t.add(m.find(tNextSuffix, m.key1(tNextSuffix, hsuf[c+1]), suffix3(ctx[c+1]), ""))
	t.add(m.find(tNextWord2, m.key1(tNextWord2, hw[c+2]), ctx[c+2], ""))

	// Ties go to the lowest class id, as in prose.
	best, id := float32(math.Inf(-1)), -1
	for j, v := range s {
		if v > best {
			best, id = v, j
		}
	}
	if id < 0 {
		return tagHash{"", m.hs("")}
	}
	return tagHash{m.classes[id], m.classHash[id]}
}

// add sums the weights of feature f (if the model knows it) into the
// scores. The weights are read in place from the model file, which stores
// them little-endian; unaligned loads are fine on the machines Go targets.
func (t *Tagger) add(f *slot) {
	if f == nil {
		return
	}
	m := t.m
	lo, n := int(f.pairLo), int(f.nPairs)
	ids := m.ids[lo : lo+n]
	ws := m.data[m.wOff+4*lo : m.wOff+4*(lo+n)]
	s := t.scores
	for j, id := range ids {
		b := ws[4*j : 4*j+4]
		s[id] += math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
}

func suffix3(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

//go:embed data/emoticons.txt
var emoticonData string

// emoticons is the set prose tags SYM (its internal/emoticon), one a line
// after a header comment.
var emoticons, emoticonMax = func() (map[string]bool, int) {
	set, longest := map[string]bool{}, 0
	for line := range strings.Lines(emoticonData) {
		line = strings.TrimSuffix(line, "\n")
		if line != "" && !strings.HasPrefix(line, "# ") {
			set[line] = true
			longest = max(longest, len(line))
		}
	}
	return set, longest
}()

func isEmoticon(w string) bool {
	return len(w) >= 2 && len(w) <= emoticonMax && emoticons[w]
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
