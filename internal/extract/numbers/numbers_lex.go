package numbers

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/units"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// The word lists the numbers extractor reads. Each file names its source in
// its first line; lines are tab-separated fields, # starts a comment.
var (
	//go:embed data/numbers-units.txt
	numbersUnitsData string
	//go:embed data/numbers-qualifiers.txt
	numbersQualifiersData string
	//go:embed data/numbers-context.txt
	numbersContextData string
	//go:embed data/numbers-level-nouns.txt
	levelNounsData string
	//go:embed data/numbers-one-idioms.txt
	oneIdiomsData string
	//go:embed data/numbers-invariant-plurals.txt
	invariantPluralsData string
	//go:embed data/numbers-glued-adjectives.txt
	gluedAdjectivesData string
	//go:embed data/numbers-rate-nouns.txt
	rateNounsData string
)

// The word lists of the rules, each in its data file. Closed-class sets of
// grammar stay beside their rules in the Go code (determiners,
// prepositions, the few words that follow "N times"), and so do the value
// tables of a rule (multipliers, fractions, vulgar fraction signs): they are
// part of what a rule encodes, complete as they stand.

// levelNouns follow a number that is a level, not a model: "the 5000
// mark", "the 8000 level".
var levelNouns = wordlist.Set(levelNounsData)

// oneIdioms follow a "one" that does not count: "at one point", "for one
// thing", "one way or another".
var oneIdioms = wordlist.Set(oneIdiomsData)

// invariantPlurals are plural nouns that prose may tag as singular: "300
// aircraft" is a count, not a model number.
var invariantPlurals = wordlist.Set(invariantPluralsData)

// gluedAdjectives are glued to a number without being counted: "a
// 700-strong force" counts the force.
var gluedAdjectives = wordlist.Set(gluedAdjectivesData)

// rateNouns are denominators that are no unit of the lexicon: "$1.50 a
// share", "$40 a head".
var rateNouns = wordlist.Set(rateNounsData)

// pieceKind classifies the pieces a sentence is cut into. A token is one
// piece, except that a token glueing a number to a symbol, unit or second
// number ("US$5", "€1.2m", "40%", "5km", "10-20") is cut into pieces with
// their own offsets.
type pieceKind int

const (
	pOther   pieceKind = iota
	pNum               // digits: "1,200", "2.5", "-3"
	pWord              // cardinal word: "eleven", "twenty-one"
	pScale             // "million", "bn", "hundred", "dozen"
	pOrd               // ordinal: "third", "21st"
	pVague             // plural multiple: "hundreds", "dozens"
	pCur               // currency symbol or ISO code before a number
	pPct               // a glued "%"
	pMeasure           // a glued measure unit: the "km" of "5km"
	pMoney             // a glued currency code: the "USD" of "115USD"
	pDash              // a glued hyphen or dash between two numbers: "10-20"
	pPlus              // a glued "+": "30+"
	pCode              // a number that is part of a name or code: "G7", "A320", "555-1234"
	pClock             // a clock time: "10:30", "10pm"
	pDecade            // "1990s", "the 80s"
	pFrac              // a fraction: "3/4" (only counted after a whole number: "12 3/4%")
)

type piece struct {
	kind       pieceKind
	start, end int
	text, low  string
	tag        string
	tok        int // index of the token in the document
	value      float64
	unit       string // for pCur, pPct, pMeasure
	unitKind   string // for a pMeasure of the generated lexicon: "time"...
	// For pNum: how it was written. A year has four digits and neither a
	// thousands separator nor a decimal point.
	digits   int
	sep, dec bool
	// glued is set when no space separates this piece from the one before.
	glued bool
	// core is set on a word of coreWords (see numParser.core).
	core bool
}

// lexSentence appends the pieces of the tokens of one sentence to out.
func lexSentence(lx *numLexer, out []piece, toks []doc.Token, first int) []piece {
	begin := len(out)
	for i := range toks {
		n := len(out)
		out = lexToken(lx, out, &toks[i], first+i)
		if n > begin && n < len(out) && out[n].start == out[n-1].end {
			out[n].glued = true
		}
	}
	return out
}

// numLexer is the lexicon with the document being cut into pieces.
type numLexer struct {
	*numLexicon
	text string
	// low is text with ASCII capitals lowercased, byte for byte: the
	// lowercase form of an ASCII piece is a substring of it, with no
	// string of its own.
	low string
}

func newNumLexer(lx *numLexicon, text string) *numLexer {
	return &numLexer{numLexicon: lx, text: text, low: words.Lowered(text)}
}

// lower is strings.ToLower(s) for s = text[start:end]. Most words of
// news are ASCII without capitals and are their own lower case.
func (lx *numLexer) lower(s string, start, end int) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return words.LowerAt(lx.text, lx.low, s, start, end)
		}
	}
	return s
}

func (lx *numLexer) newPiece(kind pieceKind, t *doc.Token, tok, from, to int) piece {
	var p piece
	lx.setPiece(&p, kind, t, tok, from, to)
	return p
}

// setPiece makes the zero piece *p the piece t.Text[from:to] of token t,
// the tok'th of the document. It sets the fields one by one: the piece
// is zero already, and a composite literal would write it all again.
func (lx *numLexer) setPiece(p *piece, kind pieceKind, t *doc.Token, tok, from, to int) {
	s := t.Text[from:to]
	p.kind, p.start, p.end, p.text = kind, t.Start+from, t.Start+to, s
	p.low, p.tag, p.tok = lx.lower(s, t.Start+from, t.Start+to), t.Tag, tok
	if kind == pOther && (from > 0 || to < len(t.Text)) {
		// A word cut from a token: the "half" of "one-half". A whole
		// token is looked up in lexToken.
		p.core = lx.coreWords[p.low]
	}
}

// lexToken appends the pieces of token t. Most tokens are one piece,
// written in place: the whole token, out[n].
func lexToken(lx *numLexer, out []piece, t *doc.Token, tok int) []piece {
	text := t.Text
	n := len(out)
	out = append(out, piece{})
	whole := &out[n]
	lx.setPiece(whole, pOther, t, tok, 0, len(text))
	// One lookup finds a number word and a core word ("half", "twice").
	if lx.entryFirst.May(whole.low) {
		if e, ok := lx.entries[whole.low]; ok {
			if e.number {
				whole.kind, whole.value = wordKind(e.kind), e.value
				return out
			}
			whole.core = true
		}
	}
	if lx.symFirst.May(text) {
		if u, ok := lx.symUnits[text]; ok && u.class == "sym" {
			whole.kind, whole.unit = pCur, u.unit
			return out
		}
	}
	if whichDollar(out[:n], t) == len(text) {
		return out[:n] // "$US 3 million": the letters only name the dollar
	}
	if text != "" && text[0] >= utf8.RuneSelf && vulgarFractions[text] != 0 {
		v := vulgarFractions[text]
		whole.kind, whole.value = pFrac, v // "½ teaspoon"
		return out
	}
	digit, dash := scanToken(text)
	if !digit {
		if !dash {
			// No hyphenated number word ("twenty-one", "three-year"); a
			// multiplier ("sixfold") or a plain word.
			return lexFold(lx, out, n, t, tok)
		}
		if v, kind, ok := hyphenWord(lx, whole.low); ok {
			whole.kind, whole.value = kind, v
			return out
		}
		if w, ok := strings.CutSuffix(whole.low, "fold"); ok && len(text) > 4 {
			if v, ok := lx.words[strings.TrimSuffix(w, "-")]; ok && v.kind == "card" {
				return lexFold(lx, out, n, t, tok)
			}
		}
		// "fourth-quarter", "three-year": a number word glued to a noun.
		h := strings.IndexByte(text, '-')
		if w := words.LowerIn(lx.words, text[:h]); w.kind == "card" || w.kind == "ord" || w.kind == "scale" {
			p := lx.newPiece(wordKind(w.kind), t, tok, 0, h)
			p.value = w.value
			rest := lx.newPiece(pOther, t, tok, h+1, len(text))
			rest.glued = true
			dash := lx.newPiece(pDash, t, tok, h, h+1)
			dash.glued = true
			return append(out[:n], p, dash, rest)
		}
		return out
	}
	out = out[:n]
	if w, ok := numberPrefix(text); ok {
		// "~3.5mm", "minus-40": a word or sign glued before the number is
		// a piece of its own (the qualifier "~", the sign "minus").
		pre := lx.newPiece(pOther, t, tok, 0, len(w))
		skip := len(w)
		if strings.HasPrefix(text[skip:], "-") && w != "~" {
			skip++
		}
		sub := doc.Token{Text: text[skip:], Tag: t.Tag, Start: t.Start + skip}
		out = lexNumeric(lx, append(out, pre), sub, tok)
		if len(out) > n+1 {
			out[n+1].glued = true
		}
		return out
	}
	return lexNumeric(lx, out, *t, tok)
}

// scanToken reports in one pass whether text holds a digit and a hyphen.
func scanToken(text string) (digit, dash bool) {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '-':
			dash = true
		}
	}
	return digit, dash
}

// lexFold finishes a token without digits or hyphen, whose whole piece
// is out[n]: "sixfold" is a multiplier, two pieces ("-fold" after digits
// is a unit); any other stays the one piece.
func lexFold(lx *numLexer, out []piece, n int, t *doc.Token, tok int) []piece {
	text := t.Text
	if w, ok := strings.CutSuffix(out[n].low, "fold"); ok && len(text) > 4 {
		if v, ok := lx.words[strings.TrimSuffix(w, "-")]; ok && v.kind == "card" {
			p := lx.newPiece(pWord, t, tok, 0, len(w))
			p.value = v.value
			f := lx.newGlued(pMeasure, *t, tok, len(w), len(text), "times")
			return append(out[:n], p, f)
		}
	}
	return out
}

// numberPrefix returns the "~" of "~3.5mm" or the "minus" of "minus-40".
func numberPrefix(text string) (string, bool) {
	if len(text) > 1 && text[0] == '~' && startsNumber(text[1:]) {
		return "~", true
	}
	for _, w := range []string{"minus-", "negative-", "Minus-"} {
		if strings.HasPrefix(text, w) && startsNumber(text[len(w):]) {
			return w[:len(w)-1], true
		}
	}
	return "", false
}

// vulgarFractions are the fraction characters of Unicode.
var vulgarFractions = map[string]float64{"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75,
	"⅕": 0.2, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

func wordKind(k string) pieceKind {
	switch k {
	case "card":
		return pWord
	case "ord":
		return pOrd
	case "scale":
		return pScale
	case "vague":
		return pVague
	}
	return pOther
}

// hyphenWord reads "twenty-one" and "twenty-first".
func hyphenWord(lx *numLexer, low string) (float64, pieceKind, bool) {
	a, b, ok := strings.Cut(low, "-")
	if !ok || !lx.wordFirst.May(a) || !lx.wordFirst.May(b) {
		return 0, pOther, false
	}
	tens, ok1 := lx.words[a]
	unit, ok2 := lx.words[b]
	if !ok1 || !ok2 || tens.kind != "card" || tens.value < 20 || tens.value > 90 ||
		int(tens.value)%10 != 0 || unit.value < 1 || unit.value > 9 {
		return 0, pOther, false
	}
	switch unit.kind {
	case "card":
		return tens.value + unit.value, pWord, true
	case "ord":
		return tens.value + unit.value, pOrd, true
	}
	return 0, pOther, false
}

// lexNumeric cuts a token holding digits: an optional currency symbol, a
// signed number, and what is glued after it (a scale, unit, percent sign,
// ordinal suffix, or a dash and a second number).
func lexNumeric(lx *numLexer, out []piece, t doc.Token, tok int) []piece {
	text := t.Text
	cur, pos := lx.signPrefix(t, tok)
	if cur == nil {
		pos = whichDollar(out, &t)
	}
	num, n := scanNumber(text[pos:])
	if n == 0 {
		return append(out, lx.codePiece(t, tok))
	}
	if cur != nil {
		out = append(out, *cur)
	}
	p := lx.newPiece(pNum, &t, tok, pos, pos+n)
	p.value, p.digits, p.sep, p.dec = num.value, num.digits, num.sep, num.dec
	pos += n
	g := glued{lx: lx, t: t, tok: tok, pos: pos, num: p, money: cur != nil,
		rest: text[pos:], low: strings.ToLower(text[pos:])}
	if g.rest == "" {
		return append(out, p)
	}
	if ps, ok := g.read(); ok {
		return append(out, ps...)
	}
	return append(out, lx.codePiece(t, tok))
}

// whichDollar reads the capital letters that name a dollar after a "$"
// the tokenizer cut off: "$US12.5 million", "$A20", "$US 3 million". When
// the piece before t is that "$", glued to t, and "$" with t's leading
// capitals is a currency sign of the units lexicon, it gives the "$" the
// sign's currency and returns the number of letters; else 0.
func whichDollar(out []piece, t *doc.Token) int {
	k := len(out) - 1
	if k < 0 || out[k].kind != pCur || out[k].text != "$" || out[k].end != t.Start {
		return 0
	}
	n := 0
	for n < len(t.Text) && n < 3 && 'A' <= t.Text[n] && t.Text[n] <= 'Z' {
		n++
	}
	if n == 0 {
		return 0
	}
	u, m, ok := units.Prefix("$" + t.Text[:n])
	if !ok || m != n+1 || u.Kind != "currency" {
		return 0
	}
	out[k].unit = u.Name
	return n
}

// signPrefix reads a currency sign glued before a number: "US$5", "€1.2m",
// "RM4.80". It returns the sign's piece (nil for none) and its length.
func (lx *numLexer) signPrefix(t doc.Token, tok int) (*piece, int) {
	text := t.Text
	for _, s := range lx.syms {
		if strings.HasPrefix(text, s) && len(text) > len(s) && startsNumber(text[len(s):]) {
			p := lx.newPiece(pCur, &t, tok, 0, len(s))
			p.unit = lx.symUnits[s].unit
			return &p, len(s)
		}
	}
	if u, n, ok := units.Prefix(text); ok && n < len(text) && startsNumber(text[n:]) && (n > 1 || text[0] >= 0x80) {
		// "RM4.80", "KSh500", "EUR20": a sign the hand list lacks.
		p := lx.newPiece(pCur, &t, tok, 0, n)
		p.unit = u.Name
		return &p, n
	}
	return nil, 0
}

// glued is a number piece with what is glued after it in its token (rest,
// and low, its lower case), read by the steps of lexNumeric.
type glued struct {
	lx        *numLexer
	t         doc.Token
	tok, pos  int
	num       piece
	money     bool // a currency sign comes before the number
	rest, low string
}

// read runs the steps in order; the first that knows what is glued wins,
// and a token none knows is a code ("A320", "3G").
func (g *glued) read() ([]piece, bool) {
	if ps, ok := g.shape(); ok {
		return ps, true
	}
	if ps, ok := g.fraction(); ok {
		return ps, true
	}
	if ps, ok := g.sign(); ok {
		return ps, true
	}
	if ps, ok := g.unit(); ok {
		return ps, true
	}
	return g.dash()
}

// after returns the number and a piece of kind for the rest of the token.
func (g *glued) after(kind pieceKind, unit string) []piece {
	return []piece{g.num, g.lx.newGlued(kind, g.t, g.tok, g.pos, len(g.t.Text), unit)}
}

// whole makes the number piece span the whole token as kind: "21st",
// "1990s", "10pm".
func (g *glued) whole(kind pieceKind) []piece {
	p := g.num
	text := g.t.Text
	p.kind = kind
	p.end = g.t.Start + len(text)
	p.text = text[p.start-g.t.Start:]
	p.low = strings.ToLower(p.text)
	return []piece{p}
}

// shape reads a percent or plus sign, an ordinal suffix, a decade, a clock
// time.
func (g *glued) shape() ([]piece, bool) {
	p, low := g.num, g.low
	switch {
	case g.rest == "%":
		return g.after(pPct, "percent"), true
	case g.rest == "+":
		return g.after(pPlus, ""), true
	case isOrdinalSuffix(p, low):
		return g.whole(pOrd), true
	case (low == "s" || low == "'s") && !p.sep && !p.dec && !g.money:
		// "1990s", "the 80s", "Boeing 737s": decades and plural model names.
		return g.whole(pDecade), true
	case low == "am" || low == "pm" || low == "a.m." || low == "p.m." || low == "h" && p.digits == 4:
		p.kind = pClock
		p.end = g.t.Start + len(g.t.Text)
		return []piece{p}, true
	case g.rest[0] == ':' && p.digits <= 2 && !p.dec:
		ps := g.whole(pClock)
		ps[0].tag, ps[0].tok = g.t.Tag, g.tok
		return ps, true
	}
	return nil, false
}

// fraction reads a glued scale ("5bn") or a fraction ("3/4", "3/4%").
func (g *glued) fraction() ([]piece, bool) {
	lx, p, rest := g.lx, g.num, g.rest
	if w, ok := lx.words[g.low]; ok && w.kind == "scale" {
		ps := g.after(pScale, "")
		ps[1].value = w.value
		return ps, true
	}
	if rest[0] != '/' || g.money || p.dec || p.sep || p.value <= 0 {
		return nil, false
	}
	den, m := scanNumber(rest[1:])
	tail := rest[1+m:]
	if m == 0 || den.dec || den.sep || den.value <= p.value || den.value > 64 || tail != "" && tail != "%" {
		return nil, false
	}
	f := lx.newPiece(pFrac, &g.t, g.tok, p.start-g.t.Start, g.pos+1+m)
	f.value = p.value / den.value
	out := []piece{f}
	if tail == "%" {
		out = append(out, lx.newGlued(pPct, g.t, g.tok, g.pos+1+m, len(g.t.Text), "percent"))
	}
	return out, true
}

// sign reads a currency after the number ("10$", "115USD"), a glued
// scale letter ("10k", "$7.9b", "3M"), a temperature ("35C") or a capital
// that makes a model ("3G").
func (g *glued) sign() ([]piece, bool) {
	lx, rest, low := g.lx, g.rest, g.low
	if u, ok := lx.symUnits[rest]; ok && u.class == "sym" && !g.money && rest != "Rs" && rest != "Rs." {
		return g.after(pMoney, u.unit), true // "10$", "5€": the sign after the number
	}
	if u, ok := lx.symUnits[strings.ToUpper(rest)]; ok && u.class == "code" && !g.money {
		return g.after(pMoney, u.unit), true // "115USD"
	}
	if low == "k" || low == "b" && (g.money || g.num.dec) || rest == "M" {
		ps := g.after(pScale, "")
		ps[1].value = map[string]float64{"k": 1e3, "b": 1e9, "m": 1e6}[low]
		return ps, true
	}
	if rest == "C" || rest == "F" {
		// "35C": temperatures in British news.
		return g.after(pMeasure, map[string]string{"C": "celsius", "F": "fahrenheit"}[rest]), true
	}
	if len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z' && rest != "K" {
		// "3G", "3D": a capital letter glued to a number names a
		// technology or model; units are lower case ("5g", "5m").
		return []piece{lx.codePiece(g.t, g.tok)}, true
	}
	return nil, false
}

// unit reads a glued unit of the hand list ("5km", "40pc"; "$5m" is
// million) or of the generated lexicon ("5mAh", "300hp", "25sen").
func (g *glued) unit() ([]piece, bool) {
	if u, ok := g.lx.units[g.low]; ok && (u.class == "measure" || u.class == "pct") {
		if g.low == "m" && g.money {
			ps := g.after(pScale, "") // "$5m", "€300m": with money, m is million
			ps[1].value = 1e6
			return ps, true
		}
		k := pMeasure
		if u.class == "pct" {
			k = pPct
		}
		return g.after(k, u.unit), true
	}
	if g.rest == "t" && !g.money && !g.num.dec && g.num.value >= 1 {
		return g.after(pMeasure, "t"), true // "a capacity of 100t": tonnes
	}
	if u, ok := lexiconUnit(g.rest, true); ok && !g.money {
		k := pMeasure
		if u.class == "word" {
			k = pMoney
		}
		ps := g.after(k, u.unit)
		ps[1].unitKind = u.kind
		return ps, true
	}
	return nil, false
}

// dash reads what a dash glues to the number: a second number (a range
// "10-20", a score "3-1"; a phone number "555-1234" or a model "777-200LR"
// are codes), a ratio ("2-to-1"), or a word ("20-year-old", "8,000-point",
// "30-odd").
func (g *glued) dash() ([]piece, bool) {
	lx, t, tok, pos := g.lx, g.t, g.tok, g.pos
	r, size := utf8.DecodeRuneInString(g.rest)
	if r != '-' && r != '–' && r != '—' {
		return nil, false
	}
	after := g.rest[size:]
	if startsNumber(after) {
		dash := lx.newGlued(pDash, t, tok, pos, pos+size, "")
		sub := doc.Token{Text: after, Tag: t.Tag, Start: t.Start + pos + size}
		tail := lexNumeric(lx, nil, sub, tok)
		if len(tail) == 0 || tail[0].kind != pNum || isPhone(g.num, tail) || tail[len(tail)-1].kind == pCode {
			return []piece{lx.codePiece(t, tok)}, true
		}
		tail[0].glued = true
		return append([]piece{g.num, dash}, tail...), true
	}
	if la := strings.ToLower(after); strings.HasPrefix(la, "to-") && startsNumber(la[3:]) {
		return []piece{lx.codePiece(t, tok)}, true // "a 2-to-1 vote": a ratio
	}
	if after == "" {
		// "5- or 6-foot": a suspended hyphen.
		return []piece{g.num, lx.newGlued(pDash, t, tok, pos, pos+size, "")}, true
	}
	if !unicode.IsLetter(rune(after[0])) {
		return nil, false
	}
	dash := lx.newGlued(pDash, t, tok, pos, pos+size, "")
	word := lx.newGlued(pOther, t, tok, pos+size, len(t.Text), "")
	if w, ok := lx.words[word.low]; ok && w.kind == "scale" {
		word.kind, word.value = pScale, w.value // "SGD1.75-billion"
	}
	return []piece{g.num, dash, word}, true
}

func (lx *numLexer) newGlued(kind pieceKind, t doc.Token, tok, from, to int, unit string) piece {
	p := lx.newPiece(kind, &t, tok, from, to)
	p.unit = unit
	p.glued = true
	return p
}

func (lx *numLexer) codePiece(t doc.Token, tok int) piece {
	p := lx.newPiece(pCode, &t, tok, 0, len(t.Text))
	return p
}

// isPhone reports whether a dash joins the groups of a telephone number
// ("555-1234") rather than a range: a second group of four digits, a leading
// zero, or a third group.
func isPhone(a piece, tail []piece) bool {
	b := tail[0]
	if a.sep || a.dec || b.sep || b.dec {
		return false
	}
	if len(tail) > 1 && tail[1].kind == pDash {
		return true
	}
	return a.digits == 3 && b.digits == 4 || strings.HasPrefix(b.text, "0") && b.digits > 1
}

func isOrdinalSuffix(p piece, low string) bool {
	if p.dec || p.sep || p.value < 0 {
		return false
	}
	n := int(p.value)
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return low == want
}

func startsNumber(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r == '-' || r == '−' || r == '+' {
		s = s[size:]
	}
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

type scanned struct {
	value    float64
	digits   int
	sep, dec bool
}

// scanNumber reads a signed number at the start of s: digits with optional
// comma thousands separators ("1,200,000") and a decimal part. It returns
// the bytes read, 0 if s does not start with a number. A minus sign may be
// ASCII or U+2212.
func scanNumber(s string) (scanned, int) {
	var r scanned
	i := 0
	neg := false
	if c, size := utf8.DecodeRuneInString(s); c == '-' || c == '−' || c == '+' {
		neg = c != '+'
		i = size
	}
	start := i
	var b strings.Builder
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		b.WriteByte(s[i])
		i++
	}
	if i == start && !(i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9') {
		return r, 0
	}
	if i == start {
		b.WriteByte('0') // ".250": a batting average, a calibre
	}
	r.digits = i - start
	if r.digits <= 3 {
		i = thousands(s, i, &b, &r)
	}
	i, ok := decimals(s, i, &b, &r)
	if !ok {
		return r, 0
	}
	if r.dec {
		i = exponent(s, i, &b) // "1.2e6"; "7e7" is a model (Boeing's 7E7)
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return r, 0
	}
	if neg {
		v = -v
	}
	r.value = v
	return r, i
}

// thousands reads comma groups of exactly three digits with no digit
// after: "1,200,000".
func thousands(s string, i int, b *strings.Builder, r *scanned) int {
	for i+4 <= len(s) && s[i] == ',' && allDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
		b.WriteString(s[i+1 : i+4])
		r.sep = true
		i += 4
	}
	return i
}

// decimals reads a decimal part; "3.2.1", a section or version number, is
// no number (false).
func decimals(s string, i int, b *strings.Builder, r *scanned) (int, bool) {
	if i+1 >= len(s) || s[i] != '.' || s[i+1] < '0' || s[i+1] > '9' {
		return i, true
	}
	b.WriteByte('.')
	i++
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		b.WriteByte(s[i])
		i++
	}
	r.dec = true
	return i, !(i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9')
}

// exponent reads the exponent of scientific notation at s[i:] ("e6",
// "E-3") into b when digits follow it and nothing but the end, a unit or
// punctuation comes after: "1.2e6 kg", not "3e" nor a code "5e7f".
func exponent(s string, i int, b *strings.Builder) int {
	if i >= len(s) || s[i] != 'e' && s[i] != 'E' {
		return i
	}
	k := i + 1
	if k < len(s) && (s[k] == '-' || s[k] == '+') {
		k++
	}
	d := k
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == d || k-d > 3 || k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		return i
	}
	b.WriteString(s[i:k])
	return k
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
