package numbers

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/byteset"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// The word lists the numbers extractor reads. Each file names its source in
// its first line; lines are tab-separated fields, # starts a comment.
var (
	//go:embed data/numbers-words.txt
	numbersWordsData string
	//go:embed data/numbers-units.txt
	numbersUnitsData string
	//go:embed data/numbers-qualifiers.txt
	numbersQualifiersData string
	//go:embed data/numbers-context.txt
	numbersContextData string
)

type numWord struct {
	kind  string // card, ord, scale, vague
	value float64
}

type numUnit struct {
	unit  string
	class string // sym, code, word, pct, measure
}

type numQualifier struct {
	words     []string
	qualifier string
}

// numLexicon is the parsed word lists, built once.
type numLexicon struct {
	words map[string]numWord
	// units maps a lower-case phrase (words joined by one space) to its
	// unit; symbols and ISO codes are matched case-sensitively in syms.
	units    map[string]numUnit
	syms     []string // currency symbols and codes, longest first
	symUnits map[string]numUnit
	// maxUnitWords is the longest unit phrase, in words.
	maxUnitWords int
	// pre and post hold the qualifier phrases by their first word,
	// longest first.
	pre, post map[string][]numQualifier
	context   map[string]string
	// wordFirst, symFirst and qualFirst hold the first bytes of the keys
	// of words, symUnits, and pre and post together.
	wordFirst, symFirst, qualFirst *byteset.Set
	// unitFirst and contextFirst hold those of units and context.
	unitFirst, contextFirst *byteset.Set
}

var numbersLexicon = sync.OnceValue(func() *numLexicon {
	lx := &numLexicon{words: map[string]numWord{}, units: map[string]numUnit{},
		symUnits: map[string]numUnit{}, context: map[string]string{}}
	for _, f := range wordlist.Rows(numbersWordsData) {
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			panic("numbers-words.txt: " + err.Error())
		}
		lx.words[f[0]] = numWord{kind: f[1], value: v}
	}
	for _, f := range wordlist.Rows(numbersUnitsData) {
		u := numUnit{unit: f[1], class: f[2]}
		switch u.class {
		case "sym", "code":
			lx.symUnits[f[0]] = u
			lx.syms = append(lx.syms, f[0])
			if u.class == "code" {
				lx.units[strings.ToLower(f[0])] = u
			}
		default:
			lx.units[f[0]] = u
			lx.maxUnitWords = max(lx.maxUnitWords, len(strings.Fields(f[0])))
		}
	}
	// Longest symbol first, so "US$" wins over "$".
	for i := 1; i < len(lx.syms); i++ {
		for j := i; j > 0 && len(lx.syms[j]) > len(lx.syms[j-1]); j-- {
			lx.syms[j], lx.syms[j-1] = lx.syms[j-1], lx.syms[j]
		}
	}
	lx.pre, lx.post = map[string][]numQualifier{}, map[string][]numQualifier{}
	for _, f := range wordlist.Rows(numbersQualifiersData) {
		q := numQualifier{words: strings.Fields(f[0]), qualifier: f[1]}
		m := lx.post
		if f[2] == "pre" {
			m = lx.pre
		}
		m[q.words[0]] = append(m[q.words[0]], q)
	}
	// Longest phrase first, so "no more than" wins over "no".
	for _, m := range []map[string][]numQualifier{lx.pre, lx.post} {
		for _, qs := range m {
			for i := 1; i < len(qs); i++ {
				for j := i; j > 0 && len(qs[j].words) > len(qs[j-1].words); j-- {
					qs[j], qs[j-1] = qs[j-1], qs[j]
				}
			}
		}
	}
	for _, f := range wordlist.Rows(numbersContextData) {
		lx.context[f[0]] = f[1]
	}
	lx.wordFirst, lx.symFirst = byteset.Of(lx.words), byteset.Of(lx.symUnits)
	lx.qualFirst = byteset.Of(lx.pre)
	lx.qualFirst.Union(byteset.Of(lx.post))
	lx.unitFirst, lx.contextFirst = byteset.Of(lx.units), byteset.Of(lx.context)
	return lx
})

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
	// For pNum: how it was written. A year has four digits and neither a
	// thousands separator nor a decimal point.
	digits   int
	sep, dec bool
	// glued is set when no space separates this piece from the one before.
	glued bool
}

// lexSentence appends the pieces of the tokens of one sentence to out.
func lexSentence(lx *numLexer, out []piece, toks []doc.Token, first int) []piece {
	begin := len(out)
	for i, t := range toks {
		n := len(out)
		out = lexToken(lx, out, t, first+i)
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

// lower is strings.ToLower(s) for s = text[start:end].
func (lx *numLexer) lower(s string, start, end int) string {
	return words.LowerAt(lx.text, lx.low, s, start, end)
}

func (lx *numLexer) newPiece(kind pieceKind, t doc.Token, tok, from, to int) piece {
	s := t.Text[from:to]
	return piece{kind: kind, start: t.Start + from, end: t.Start + to, text: s,
		low: lx.lower(s, t.Start+from, t.Start+to), tag: t.Tag, tok: tok}
}

// lexToken appends the pieces of token t.
func lexToken(lx *numLexer, out []piece, t doc.Token, tok int) []piece {
	text := t.Text
	whole := lx.newPiece(pOther, t, tok, 0, len(text))
	if lx.wordFirst.May(whole.low) {
		if w, ok := lx.words[whole.low]; ok {
			whole.kind, whole.value = wordKind(w.kind), w.value
			return append(out, whole)
		}
	}
	if lx.symFirst.May(text) {
		if u, ok := lx.symUnits[text]; ok && u.class == "sym" {
			whole.kind, whole.unit = pCur, u.unit
			return append(out, whole)
		}
	}
	if !hasDigit(text) {
		if v, kind, ok := hyphenWord(lx, whole.low); ok {
			whole.kind, whole.value = kind, v
			return append(out, whole)
		}
		if strings.Contains(text, "-") {
			// "fourth-quarter", "three-year": a number word glued to a noun.
			h := strings.IndexByte(text, '-')
			if w, ok := lx.words[strings.ToLower(text[:h])]; ok && (w.kind == "card" || w.kind == "ord") {
				p := lx.newPiece(wordKind(w.kind), t, tok, 0, h)
				p.value = w.value
				rest := lx.newPiece(pOther, t, tok, h+1, len(text))
				rest.glued = true
				dash := lx.newPiece(pDash, t, tok, h, h+1)
				dash.glued = true
				return append(out, p, dash, rest)
			}
		}
		return append(out, whole)
	}
	return lexNumeric(lx, out, t, tok)
}

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

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// lexNumeric cuts a token holding digits: an optional currency symbol, a
// signed number, and what is glued after it (a scale, unit, percent sign,
// ordinal suffix, or a dash and a second number).
func lexNumeric(lx *numLexer, out []piece, t doc.Token, tok int) []piece {
	text := t.Text
	pos := 0
	var cur *piece
	for _, s := range lx.syms {
		if strings.HasPrefix(text, s) && len(text) > len(s) && startsNumber(text[len(s):]) {
			p := lx.newPiece(pCur, t, tok, 0, len(s))
			p.unit = lx.symUnits[s].unit
			cur = &p
			pos = len(s)
			break
		}
	}
	num, n := scanNumber(text[pos:])
	if n == 0 {
		return append(out, lx.codePiece(t, tok))
	}
	if cur != nil {
		out = append(out, *cur)
	}
	p := lx.newPiece(pNum, t, tok, pos, pos+n)
	p.value, p.digits, p.sep, p.dec = num.value, num.digits, num.sep, num.dec
	pos += n
	rest := text[pos:]
	low := strings.ToLower(rest)
	switch {
	case rest == "":
		return append(out, p)
	case rest == "%":
		return append(out, p, lx.newGlued(pPct, t, tok, pos, len(text), "percent"))
	case rest == "+":
		return append(out, p, lx.newGlued(pPlus, t, tok, pos, len(text), ""))
	case isOrdinalSuffix(p, low):
		p.kind = pOrd
		p.end = t.Start + len(text)
		p.text, p.low = text[p.start-t.Start:], strings.ToLower(text[p.start-t.Start:])
		return append(out, p)
	case (low == "s" || low == "'s") && !p.sep && !p.dec && cur == nil:
		// "1990s", "the 80s", "Boeing 737s": decades and plural model names.
		p.kind = pDecade
		p.end = t.Start + len(text)
		p.text = text[p.start-t.Start:]
		p.low = strings.ToLower(p.text)
		return append(out, p)
	case low == "am" || low == "pm" || low == "a.m." || low == "p.m." || low == "h" && p.digits == 4:
		p.kind = pClock
		p.end = t.Start + len(text)
		return append(out, p)
	case rest[0] == ':' && p.digits <= 2 && !p.dec:
		return append(out, piece{kind: pClock, start: p.start, end: t.Start + len(text),
			text: text[p.start-t.Start:], low: strings.ToLower(text[p.start-t.Start:]), tag: t.Tag, tok: tok})
	}
	if w, ok := lx.words[low]; ok && w.kind == "scale" {
		s := lx.newGlued(pScale, t, tok, pos, len(text), "")
		s.value = w.value
		return append(out, p, s)
	}
	if rest[0] == '/' && cur == nil && !p.dec && !p.sep && p.value > 0 {
		// "3/4", "1/8", "3/4%"
		den, m := scanNumber(rest[1:])
		tail := rest[1+m:]
		if m > 0 && !den.dec && !den.sep && den.value > p.value && den.value <= 64 && (tail == "" || tail == "%") {
			f := lx.newPiece(pFrac, t, tok, p.start-t.Start, pos+1+m)
			f.value = p.value / den.value
			out = append(out, f)
			if tail == "%" {
				out = append(out, lx.newGlued(pPct, t, tok, pos+1+m, len(text), "percent"))
			}
			return out
		}
	}
	if u, ok := lx.symUnits[rest]; ok && u.class == "sym" && cur == nil && rest != "Rs" && rest != "Rs." {
		// "10$", "5€": the sign after the number.
		return append(out, p, lx.newGlued(pMoney, t, tok, pos, len(text), u.unit))
	}
	if u, ok := lx.symUnits[strings.ToUpper(rest)]; ok && u.class == "code" && cur == nil {
		// "115USD"
		return append(out, p, lx.newGlued(pMoney, t, tok, pos, len(text), u.unit))
	}
	if low == "k" || low == "b" && cur != nil || rest == "M" {
		s := lx.newGlued(pScale, t, tok, pos, len(text), "")
		s.value = map[string]float64{"k": 1e3, "b": 1e9, "m": 1e6}[low]
		return append(out, p, s)
	}
	if rest == "C" || rest == "F" {
		// "35C": temperatures in British news.
		return append(out, p, lx.newGlued(pMeasure, t, tok, pos, len(text), map[string]string{"C": "celsius", "F": "fahrenheit"}[rest]))
	}
	if len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z' && rest != "K" {
		// "3G", "3D": a capital letter glued to a number names a
		// technology or model; units are lower case ("5g", "5m").
		return append(out, lx.codePiece(t, tok))
	}
	if u, ok := lx.units[low]; ok && (u.class == "measure" || u.class == "pct") {
		if low == "m" && cur != nil {
			// "$5m", "€300m": with money, m is million.
			s := lx.newGlued(pScale, t, tok, pos, len(text), "")
			s.value = 1e6
			return append(out, p, s)
		}
		k := pMeasure
		if u.class == "pct" {
			k = pPct
		}
		return append(out, p, lx.newGlued(k, t, tok, pos, len(text), u.unit))
	}
	if r, size := utf8.DecodeRuneInString(rest); r == '-' || r == '–' || r == '—' {
		after := rest[size:]
		if startsNumber(after) {
			// A second number: a range "10-20", a score "3-1", a phone
			// number "555-1234" or a model "777-200LR".
			dash := lx.newGlued(pDash, t, tok, pos, pos+size, "")
			sub := doc.Token{Text: after, Tag: t.Tag, Start: t.Start + pos + size}
			tail := lexNumeric(lx, nil, sub, tok)
			if len(tail) == 0 || tail[0].kind != pNum || isPhone(p, tail) || tail[len(tail)-1].kind == pCode {
				return append(out, lx.codePiece(t, tok))
			}
			tail[0].glued = true
			out = append(out, p, dash)
			return append(out, tail...)
		}
		if la := strings.ToLower(after); strings.HasPrefix(la, "to-") && startsNumber(la[3:]) {
			return append(out, lx.codePiece(t, tok)) // "a 2-to-1 vote": a ratio
		}
		if after != "" && unicode.IsLetter(rune(after[0])) {
			// "20-year-old", "8,000-point", "30-odd": the number and the
			// word it is glued to.
			dash := lx.newGlued(pDash, t, tok, pos, pos+size, "")
			word := lx.newGlued(pOther, t, tok, pos+size, len(text), "")
			if w, ok := lx.words[word.low]; ok && w.kind == "scale" {
				// "SGD1.75-billion"
				word.kind, word.value = pScale, w.value
			}
			return append(out, p, dash, word)
		}
	}
	return append(out, lx.codePiece(t, tok))
}

func (lx *numLexer) newGlued(kind pieceKind, t doc.Token, tok, from, to int, unit string) piece {
	p := lx.newPiece(kind, t, tok, from, to)
	p.unit = unit
	p.glued = true
	return p
}

func (lx *numLexer) codePiece(t doc.Token, tok int) piece {
	p := lx.newPiece(pCode, t, tok, 0, len(t.Text))
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
	if i == start {
		return r, 0
	}
	r.digits = i - start
	// Thousands groups: a comma and exactly three digits, and no digit after.
	if r.digits <= 3 {
		for i+4 <= len(s) && s[i] == ',' && allDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			b.WriteString(s[i+1 : i+4])
			r.sep = true
			i += 4
		}
	}
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		b.WriteByte('.')
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
			i++
		}
		r.dec = true
		// "3.2.1" is a section or version number, not a decimal.
		if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
			return r, 0
		}
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

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
