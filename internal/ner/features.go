package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a document as the tagger sees it: its text and its
// Penn Treebank POS tag (from prose's tagger, at training and run time alike,
// so that the two see the same tags).
type Token struct {
	Text string
	Tag  string
}

// Span is a sentence: tokens [First, Last) of the document.
type Span struct {
	First, Last int
}

// featureVersion names the feature set. A model records the version it was
// trained with, and loading refuses a model of another version, since its
// weights would be keyed to features that are no longer computed.
const featureVersion = 6

// Feature templates. Each feature key mixes its template with its values, so
// the same word under two templates gives two unrelated keys.
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPrefix
	tSuffix
	tCap
	tPOS
	tPOSPrev
	tPOSNext
	tPOSPrevCur
	tPOSCurNext
	tPOSCap
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tBigramPrev
	tBigramNext
	tCapTrigram
	tShortPrevCur
	tShortCurNext
	tDocCue
	tDocCueLower
	tGaz
	tHist
	tHistCap
	tLex
	tList
	tListLong
	tCluster
	tClusterPrev
	tClusterNext
	tLayout
	tAggPrev
	tAggNext
	tAggRun
)

// Capitalisation classes.
const (
	capPunct  uint8 = iota // no letter or digit: "," "--"
	capLower               // starts lower case: "police", "iPhone"
	capInit                // "Police"
	capSingle              // one capital letter: "A", "J"
	capAll                 // "NATO", "BRUSSELS"
	capMixed               // capital first with capitals inside: "McDonald", "KFOR-led"
	capDigit               // digits without letters: "1996", "3.5"
	capAlnum               // letters and digits: "G7", "1990s"
)

const (
	mixMul  = 0x9E3779B97F4A7C15
	fnvOff  = 14695981039346656037
	fnvMul  = 1099511628211
	hashBOS = 0x51ED270B27A1B2C3 // a word or tag before the sentence
	hashEOS = 0x2545F4914F6CDD1D // a word or tag after the sentence
)

func mix(h, x uint64) uint64 {
	h = (h ^ x) * mixMul
	return h ^ h>>31
}

func hashString(s string) uint64 {
	h := uint64(fnvOff)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvMul
	}
	return h
}

// foldRune is the case and digit folding of lowercased features: digits
// collapse to '0' so that "1996" and "1997" share features.
func foldRune(r rune) rune {
	switch {
	case r >= '0' && r <= '9':
		return '0'
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

func shapeOf(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsLetter(r):
		return 'l'
	}
	return r
}

// key2, key3 and key4 turn a template and its values into a feature key.
// Key 0 is reserved for the empty slots of the model's hash table.
func key2(t, a uint64) uint32 {
	h := mix(mix(0x243F6A8885A308D3, t), a)
	if k := uint32(h ^ h>>32); k != 0 {
		return k
	}
	return 1
}

func key3(t, a, b uint64) uint32 {
	h := mix(mix(mix(0x243F6A8885A308D3, t), a), b)
	if k := uint32(h ^ h>>32); k != 0 {
		return k
	}
	return 1
}

func key4(t, a, b, c uint64) uint32 {
	h := mix(mix(mix(mix(0x243F6A8885A308D3, t), a), b), c)
	if k := uint32(h ^ h>>32); k != 0 {
		return k
	}
	return 1
}

// wordCount records how a document writes one word (case-folded).
type wordCount struct {
	lower  int32 // in lower case: "police"
	capMid int32 // capitalised not at a sentence start nor in a headline
}

// features holds one document's per-token values, computed once and shared
// by the features of the token and of its neighbours. It is reused across
// documents.
type features struct {
	toks     []Token
	lower    []uint64 // hash of the case- and digit-folded word
	word     []uint64
	pos      []uint64
	shape    []uint64
	short    []uint64
	caps     []uint8
	initial  []bool // the first word of its sentence
	headline []bool // in a headline: written in capitals or in title case
	counts   map[uint64]wordCount
	gaz      []uint16 // gazetteer matches, see match
	list     []uint16 // public list matches, see matchLists
	long     []uint32
	clus     []uint32      // the word's cluster path, 0 for none
	layout   []uint8       // the kind of line the token is on (layoutNone...)
	lex      *lexicon      // set by the caller before reset; nil for none
	clusters *clusterTable // set by the caller before reset; nil for none
	lists    *nameLists    // set by the caller before reset; nil for none
	// noLayout turns the layout features off (an ablation).
	noLayout bool
	// hist holds, per folded word, the label the tagger gave the word's
	// last capitalised mention earlier in the document: a name is usually
	// tagged the same way throughout an article ("Stoltenberg" after "Jens
	// Stoltenberg").
	hist map[uint64]Label
	// Context aggregation (Ratinov and Roth 2009): the words around the
	// other capitalised mentions of a word in the document. mentions maps
	// a folded word to its last capitalised mention, next chains each
	// mention to the one before it; around holds each token's neighbours.
	mentions map[uint64]int32
	next     []int32
	aroundP  []uint64
	aroundN  []uint64
	noAgg    bool // an ablation: no aggregation features
	keys     []uint32
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// reset computes the per-token values of a document.
func (f *features) reset(toks []Token, sents []Span) {
	f.alloc(toks)
	for i, t := range toks {
		f.word[i] = hashString(t.Text)
		f.pos[i] = hashString(t.Tag)
		f.lower[i], f.shape[i], f.short[i], f.caps[i] = wordValues(t.Text)
		f.clus[i] = f.clusters.get(lexKey(f.lower[i]))
	}
	f.context(sents)
}

// alloc sizes the per-token slices for toks.
func (f *features) alloc(toks []Token) {
	n := len(toks)
	f.toks = toks
	f.lower = grow(f.lower, n)
	f.word = grow(f.word, n)
	f.pos = grow(f.pos, n)
	f.shape = grow(f.shape, n)
	f.short = grow(f.short, n)
	f.caps = grow(f.caps, n)
	f.initial = grow(f.initial, n)
	f.headline = grow(f.headline, n)
	f.gaz = grow(f.gaz, n)
	f.list = grow(f.list, n)
	f.long = grow(f.long, n)
	f.clus = grow(f.clus, n)
	f.layout = grow(f.layout, n)
	if f.counts == nil {
		f.counts = make(map[uint64]wordCount)
		f.mentions = make(map[uint64]int32)
		f.hist = make(map[uint64]Label)
	}
	clear(f.counts)
	clear(f.mentions)
	f.next = grow(f.next, n)
	f.aroundP = grow(f.aroundP, n)
	f.aroundN = grow(f.aroundN, n)
	clear(f.hist)
}

// context computes the values that depend on a token's sentence and
// document, once the per-word values are set.
func (f *features) context(sents []Span) {
	for _, s := range sents {
		upper, capital, words, digits := 0, 0, 0, 0
		for i := s.First; i < s.Last; i++ {
			switch c := f.caps[i]; c {
			case capPunct:
			case capDigit:
				digits++
			default:
				words++
				if c == capAll || c == capSingle {
					upper++
				}
				if c != capLower && c != capAlnum {
					capital++
				}
			}
		}
		// A headline in capitals (CoNLL's Reuters style) or in title case
		// ("NATO Sends Hundreds of More Troops to Kosovo") capitalises words
		// that are not names. A table of results ("Glamorgan 259 and 207
		// ( A. Dale 69 ...") capitalises only names, and is full of numbers.
		head := words >= 2 && upper*10 >= words*9 ||
			words >= 4 && capital*10 >= words*7 && digits*4 <= words
		first := true
		for i := s.First; i < s.Last; i++ {
			f.headline[i] = head
			f.initial[i] = first
			if f.caps[i] != capPunct {
				first = false
			}
		}
		f.lineLayout(s, words, upper, capital, digits)
		for i := s.First; i < s.Last; i++ {
			f.aroundP[i], f.aroundN[i] = hashBOS, hashEOS
			if i > s.First {
				f.aroundP[i] = f.lower[i-1]
			}
			if i+1 < s.Last {
				f.aroundN[i] = f.lower[i+1]
			}
		}
	}
	for i := range f.toks {
		f.next[i] = -1
		c := f.caps[i]
		if c != capLower && c != capPunct && c != capDigit {
			if last, ok := f.mentions[f.lower[i]]; ok {
				f.next[i] = last
			}
			f.mentions[f.lower[i]] = int32(i)
		}
		if c == capLower {
			wc := f.counts[f.lower[i]]
			wc.lower++
			f.counts[f.lower[i]] = wc
		} else if f.capMid(i) {
			wc := f.counts[f.lower[i]]
			wc.capMid++
			f.counts[f.lower[i]] = wc
		}
	}
	f.matchAllLists(f.lists, sents)
}

// capMid reports whether token i is capitalised where capitals tell
// something: not at a sentence start and not in a headline.
func (f *features) capMid(i int) bool {
	c := f.caps[i]
	return (c == capInit || c == capMixed || c == capAll) && !f.initial[i] && !f.headline[i]
}

// wordValues computes the folded-word hash, the shape hashes and the
// capitalisation class of one word in one pass.
func wordValues(w string) (lower, shape, short uint64, class uint8) {
	lower, shape, short = fnvOff, fnvOff, fnvOff
	var prev rune = -1
	n, uppers, lowers, digits := 0, 0, 0, 0
	firstUpper := false
	for _, r := range w {
		f := foldRune(r)
		lower = mix(lower, uint64(f))
		s := shapeOf(r)
		if n < 12 {
			shape = mix(shape, uint64(s))
		}
		if s != prev {
			short = mix(short, uint64(s))
			prev = s
		}
		switch s {
		case 'X':
			uppers++
			if n == 0 {
				firstUpper = true
			}
		case 'x', 'l':
			lowers++
		case 'd':
			digits++
		}
		n++
	}
	letters := uppers + lowers
	switch {
	case letters == 0 && digits == 0:
		class = capPunct
	case letters == 0:
		class = capDigit
	case digits > 0:
		class = capAlnum
	case !firstUpper:
		class = capLower
	case uppers == 1 && letters == 1:
		class = capSingle
	case lowers == 0:
		class = capAll
	case uppers == 1:
		class = capInit
	default:
		class = capMixed
	}
	return lower, shape, short, class
}

// token appends the feature keys of token i in sentence s to f.keys.
func (f *features) token(i int, s Span) []uint32 {
	k := wordKeys(f.keys[:0], f.toks[i].Text, f.word[i], f.lower[i], f.shape[i], f.short[i], f.clus[i])
	lex := uint8(0)
	if f.lex != nil {
		lex = f.lex.get(lexKey(f.lower[i]))
	}
	k = f.contextKeys(k, i, s, f.lex != nil, lex, true)
	f.keys = k
	return k
}

// wordKeys appends the keys of the features that read only the word itself
// (its text and the hashes wordValues computes of it), which the tagger
// sums once per distinct word rather than once per token.
func wordKeys(k []uint32, text string, word, lower, shape, short uint64, clus uint32) []uint32 {
	k = append(k, key2(tBias, 0), key2(tWord, word), key2(tLower, lower),
		key2(tShape, shape), key2(tShort, short))
	if clus != 0 {
		for _, n := range clusterPrefixes {
			k = append(k, key3(tCluster, uint64(n), uint64(clusterPrefix(clus, n))))
		}
	}

	// Prefixes and suffixes of the folded word, up to four runes.
	h := uint64(fnvOff)
	j := 0
	for _, r := range text {
		if j == 4 {
			break
		}
		h = mix(h, uint64(foldRune(r)))
		j++
		k = append(k, key3(tPrefix, uint64(j), h))
	}
	h = fnvOff
	for j, rest := 0, text; j < 4 && rest != ""; j++ {
		r, size := utf8.DecodeLastRuneInString(rest)
		rest = rest[:len(rest)-size]
		h = mix(h, uint64(foldRune(r)))
		k = append(k, key3(tSuffix, uint64(j+1), h))
	}
	return k
}

// neighbourTemplates are the features a word gives the tokens around it:
// to the token after it (as that token's previous word), to the token
// before it, and two tokens away.
var neighbourTemplates = [4]uint64{tLowerPrev, tLowerNext, tLowerPrev2, tLowerNext2}

// contextKeys appends the keys of the other features of token i in
// sentence s. hasLex tells whether there is a lexicon, and lex is the
// word's entry in it. neighbours adds the four features of the words
// around (tLowerPrev, tLowerNext, tLowerPrev2, tLowerNext2), which read
// one word each and so can be summed per word (see neighbourKeys).
func (f *features) contextKeys(k []uint32, i int, s Span, hasLex bool, lex uint8, neighbours bool) []uint32 {
	ctx := f.capContext(i)
	k = append(k, key2(tCap, ctx))
	k = f.windowKeys(k, i, s, ctx, neighbours)
	named := f.caps[i] != capLower && f.caps[i] != capPunct && f.caps[i] != capDigit
	if named {
		k = f.docCueKeys(k, i, ctx)
	}
	k = f.listKeys(k, i)
	if f.clusters != nil {
		k = f.clusterKeys(k, i, s)
	}
	if lay := f.layout[i]; lay != layoutNone && !f.noLayout {
		k = append(k, key2(tLayout, uint64(lay)), key3(tLayout, uint64(lay), uint64(f.caps[i])))
	}
	if named && !f.noAgg {
		k = f.aggregate(k, i)
	}
	if named {
		if hasLex {
			k = append(k, key3(tLex, uint64(lex), ctx))
		}
		if l, ok := f.hist[f.lower[i]]; ok {
			k = append(k, key2(tHist, uint64(l)), key3(tHistCap, uint64(l), ctx))
		}
	}
	return k
}

// capContext is token i's capitalisation with two bits for where it
// stands: opening its sentence, or in a headline, where capitals say less.
func (f *features) capContext(i int) uint64 {
	ctx := uint64(f.caps[i])
	if f.initial[i] {
		ctx |= 1 << 8
	}
	if f.headline[i] {
		ctx |= 1 << 9
	}
	return ctx
}

// windowKeys appends the features of the window around token i: tags,
// words and capitalisation of its neighbours, alone and paired with its
// own; the sentence's edges stand in for missing neighbours.
func (f *features) windowKeys(k []uint32, i int, s Span, ctx uint64, neighbours bool) []uint32 {
	posP, posN := uint64(hashBOS), uint64(hashEOS)
	lowP, lowN, lowP2, lowN2 := uint64(hashBOS), uint64(hashEOS), uint64(hashBOS), uint64(hashEOS)
	capP, capN := uint64(0xFF), uint64(0xFE)
	shortP, shortN := uint64(hashBOS), uint64(hashEOS)
	if i-1 >= s.First {
		posP, lowP, capP, shortP = f.pos[i-1], f.lower[i-1], uint64(f.caps[i-1]), f.short[i-1]
	}
	if i-2 >= s.First {
		lowP2 = f.lower[i-2]
	}
	if i+1 < s.Last {
		posN, lowN, capN, shortN = f.pos[i+1], f.lower[i+1], uint64(f.caps[i+1]), f.short[i+1]
	}
	if i+2 < s.Last {
		lowN2 = f.lower[i+2]
	}
	pos := f.pos[i]
	k = append(k, key2(tPOS, pos), key2(tPOSPrev, posP), key2(tPOSNext, posN),
		key3(tPOSPrevCur, posP, pos), key3(tPOSCurNext, pos, posN), key3(tPOSCap, pos, ctx))
	if neighbours {
		k = append(k, key2(tLowerPrev, lowP), key2(tLowerNext, lowN), key2(tLowerPrev2, lowP2), key2(tLowerNext2, lowN2))
	}
	return append(k, key3(tBigramPrev, lowP, f.lower[i]), key3(tBigramNext, f.lower[i], lowN),
		key4(tCapTrigram, capP, ctx, capN),
		key3(tShortPrevCur, shortP, f.short[i]), key3(tShortCurNext, f.short[i], shortN))
}

// docCueKeys appends the document-level cue of a capitalised token: how
// the rest of the article writes this word (in lower case somewhere,
// capitalised mid-sentence elsewhere).
func (f *features) docCueKeys(k []uint32, i int, ctx uint64) []uint32 {
	wc := f.counts[f.lower[i]]
	mid := wc.capMid
	if f.capMid(i) {
		mid--
	}
	cue := ctx
	if wc.lower > 0 {
		cue |= 1 << 10
	}
	if mid > 0 {
		cue |= 1 << 11
	}
	k = append(k, key2(tDocCue, cue))
	if wc.lower > 0 && mid == 0 {
		k = append(k, key3(tDocCueLower, cue, f.lower[i]))
	}
	return k
}

// listKeys appends the gazetteer and name-list matches of token i, one
// feature per type matched, and the length of a long list match.
func (f *features) listKeys(k []uint32, i int) []uint32 {
	if g := f.gaz[i]; g != 0 {
		for b := range 8 {
			if g&(1<<b) != 0 {
				// Crossing the match with capitalisation was tried and
				// lost half a point of dev F1.
				k = append(k, key2(tGaz, uint64(b)))
			}
		}
	}
	if l := f.list[i]; l != 0 {
		for b := range maxListTypes {
			if l&(1<<b) != 0 {
				k = append(k, key2(tList, uint64(b)))
			}
		}
	}
	if l := f.long[i]; l != 0 {
		k = append(k, key2(tListLong, uint64(l)))
	}
	return k
}

// clusterKeys appends the classes of the words around: "Mr X", "X said",
// "in X".
func (f *features) clusterKeys(k []uint32, i int, s Span) []uint32 {
	cp, cn := uint64(hashBOS), uint64(hashEOS)
	if i-1 >= s.First {
		cp = uint64(clusterPrefix(f.clus[i-1], 6))
	}
	if i+1 < s.Last {
		cn = uint64(clusterPrefix(f.clus[i+1], 6))
	}
	return append(k, key2(tClusterPrev, cp), key2(tClusterNext, cn))
}

// maxAggregate bounds the mentions a token reads, so that a name repeated
// through a long article costs a constant per token.
const maxAggregate = 8

// aggregate appends the words around the other capitalised mentions of
// token i's word, nearest first: "Mr Stoltenberg" elsewhere tells that
// "Stoltenberg" opening a sentence is a person, "in Kosovo" elsewhere that
// "Kosovo" in a headline is a place.
func (f *features) aggregate(k []uint32, i int) []uint32 {
	n := 0
	start := len(k)
	// The chain runs from the last mention back; i itself is skipped.
	for j := f.mentions[f.lower[i]]; j >= 0 && n < maxAggregate; j = f.next[j] {
		if int(j) == i {
			continue
		}
		// Each feature counts once however many mentions share it: a
		// name repeated through a long story would otherwise sum the
		// same weight again and again ("Elian" standing alone twenty
		// times) and drown the token's own evidence.
		for _, key := range [3]uint32{key2(tAggPrev, f.aroundP[j]), key2(tAggNext, f.aroundN[j]), key2(tAggRun, f.runOf(int(j)))} {
			if !slices.Contains(k[start:], key) {
				k = append(k, key)
			}
		}
		n++
	}
	return k
}

// runOf tells where token j stands in its run of capitalised words: alone,
// first ("Jens" in "Jens Stoltenberg"), last or inside, and whether it opens
// its sentence or is in a headline, where capitals tell less.
func (f *features) runOf(j int) uint64 {
	capd := func(i int) bool {
		c := f.caps[i]
		return c == capInit || c == capAll || c == capMixed || c == capSingle
	}
	r := uint64(0)
	if j > 0 && !f.initial[j] && capd(j-1) {
		r |= 1
	}
	if j+1 < len(f.caps) && capd(j+1) && f.aroundN[j] != hashEOS {
		r |= 2
	}
	if f.initial[j] {
		r |= 4
	}
	if f.headline[j] {
		r |= 8
	}
	return r
}

// record remembers the labels given to the capitalised words of a sentence,
// for the hist features of the sentences after it.
func (f *features) record(s Span, labels []Label) {
	for i := s.First; i < s.Last; i++ {
		if c := f.caps[i]; c != capLower && c != capPunct && c != capDigit {
			f.hist[f.lower[i]] = labels[i-s.First]
		}
	}
}
