package punkt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence Segment found: text[Start:End], trimmed of white
// space at both ends (prose's Segment trims the same way).
type Sentence struct{ Start, End int }

// token is a word of sentences.v1's word tokenizer: a white-space
// separated piece of the text that holds, or follows one that holds, a
// '.', '?' or '!'. end is its Position there: the offset of the white
// space after it (or the text's end), where a sentence breaking at it ends.
type token struct {
	tok       string
	end       int
	sentBreak bool
	abbr      bool
}

// Segmenter holds the scratch space of Segment; one per goroutine. The
// zero value is ready to use.
type Segmenter struct {
	toks []token
	out  []Sentence
}

// Segment splits text into sentences as prose v3's (*segment.Segmenter).
// Segment does. The result is valid until the next call.
func (s *Segmenter) Segment(text string) []Sentence {
	m := load()
	s.toks = words(s.toks[:0], text)
	toks := s.toks
	// The three annotation passes of prose's tokenizer, in its order:
	// sentences.v1's type-based and token-based annotations, then
	// prose's multi-punctuation one. Each sees the marks of the last.
	for i := range toks {
		m.typeAnnotation(&toks[i])
	}
	for i := 0; i+1 < len(toks); i++ {
		m.tokenAnnotation(&toks[i], &toks[i+1])
	}
	for i := range toks {
		if i+1 < len(toks) {
			m.multiPunctAnnotation(&toks[i], &toks[i+1])
		} else if strings.Contains(toks[i].tok, "\n") && strings.Contains(toks[i].tok, " ") {
			// prose: "we've mislabeled due to an errant newline"
			toks[i].sentBreak = false
		}
	}
	s.out = s.out[:0]
	last := 0
	for _, t := range toks {
		if t.sentBreak {
			s.out = appendTrimmed(s.out, text, last, t.end)
			last = t.end
		}
	}
	if last != len(text) {
		s.out = appendTrimmed(s.out, text, last, len(text))
	}
	return s.out
}

// appendTrimmed appends text[start:end] narrowed past white space, unless
// nothing is left (prose drops such sentences).
func appendTrimmed(out []Sentence, text string, start, end int) []Sentence {
	s, e := TrimSpace(text[start:end])
	if s >= e {
		return out
	}
	return append(out, Sentence{start + s, start + e})
}

// TrimSpace returns the bounds of text with white space (unicode.IsSpace)
// off both ends: the trimming prose's Segment applies to each sentence (its
// trimRange).
func TrimSpace(text string) (start, end int) {
	start, end = 0, len(text)
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// words is sentences.v1's DefaultWordTokenizer.Tokenize with
// onlyPeriodContext: only the words holding sentence punctuation and the
// word after each are kept. Its quirks are kept too: a word ends at white
// space or at the text's last byte index, which a text ending in a
// multi-byte character never reaches; a run of white space leaves the
// start of the next word where it was.
func words(toks []token, text string) []token {
	n := len(text)
	if n == 0 {
		return toks
	}
	from := 0
	getNext := false
	for i := 0; i < n; {
		// for i, c := range text, with ASCII bytes judged by a table
		c, size := rune(text[i]), 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			c, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(c)
		}
		at := i
		i += size
		if !space && at != n-1 {
			continue
		}
		cursor := at
		if at == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[from:cursor])
		if word == "" {
			continue
		}
		punct := hasSentencePunct(word)
		if !punct && !getNext {
			from = cursor
			continue
		}
		toks = append(toks, token{tok: word, end: cursor})
		from = cursor
		getNext = punct
	}
	if len(toks) == 0 {
		toks = append(toks, token{tok: text, end: n})
	}
	return toks
}

// asciiSpace is unicode.IsSpace for the ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasSentencePunct is sentences.v1's HasSentencePunct: a '.', '!' or '?'.
func hasSentencePunct(word string) bool {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// typeAnnotation is sentences.v1's TypeBasedAnnotation: sentence-end
// punctuation breaks; a word ending in a single period breaks unless it
// (or its last hyphenated part) is a known abbreviation.
func (m *model) typeAnnotation(t *token) {
	if hasSentEndChars(t.tok) {
		t.sentBreak = true
		return
	}
	if !strings.HasSuffix(t.tok, ".") || strings.HasSuffix(t.tok, "..") {
		return
	}
	// sentences.v1 cuts the period at the count of runes, not bytes.
	noPeriod := strings.ToLower(t.tok[:utf8.RuneCountInString(t.tok)-1])
	lastPart := noPeriod[strings.LastIndexByte(noPeriod, '-')+1:]
	if m.flags(noPeriod)&flagAbbrev != 0 || m.flags(lastPart)&flagAbbrev != 0 {
		t.abbr = true
	} else {
		t.sentBreak = true
	}
}

// sentEnders and sentEndInfixes are prose's wordTokenizer.HasSentEndChars
// lists: a word ending in one of the first (unless it holds "Yahoo!") or
// holding one of the second ends a sentence.
var (
	sentEnders = []string{
		`."`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	sentEndInfixes = []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`}
)

func hasSentEndChars(tok string) bool {
	for _, e := range sentEnders {
		if strings.HasSuffix(tok, e) && !strings.Contains(tok, "Yahoo!") {
			return true
		}
	}
	for _, p := range sentEndInfixes {
		if strings.Contains(tok, p) {
			return true
		}
	}
	return false
}

// tokenAnnotation is sentences.v1's TokenBasedAnnotation of the pair
// (one, two), for a first word ending in a period: the collocation,
// orthographic and frequent-starter heuristics and the reclassification of
// initials and ordinals (Kiss and Strunk's sections 4.1-4.3).
func (m *model) tokenAnnotation(one, two *token) {
	if !strings.HasSuffix(one.tok, ".") {
		return
	}
	typ := typeNoPeriod(one.tok)
	next := typeNoSentPeriod(two)
	initial := isInitial(one.tok)
	if m.collocation(typ, next) {
		one.sentBreak = false
		one.abbr = true
		return
	}
	if (one.abbr || strings.HasSuffix(one.tok, "..")) && !initial {
		if m.orthoHeuristic(two) == 1 {
			one.sentBreak = true
			return
		}
		if firstUpper(two.tok) && m.flags(next)&flagStarter != 0 {
			one.sentBreak = true
			return
		}
	}
	// a spaced ellipsis ". ."
	if one.tok == "." && two.tok == "." {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	if initial || typ == "##number##" {
		h := m.orthoHeuristic(two)
		if h == 0 {
			one.sentBreak = false
			one.abbr = true
			return
		}
		// an initial before a word only ever seen capitalised: "J. Bach"
		if h == -1 && initial && firstUpper(two.tok) && m.flags(next)&orthoLc == 0 {
			one.sentBreak = false
			one.abbr = true
		}
	}
}

// orthoHeuristic is sentences.v1's OrthoContext.Heuristic: 1 when t's
// spelling says it starts a sentence, 0 when it says it does not, -1 when
// the model cannot tell.
func (m *model) orthoHeuristic(t *token) int {
	if len(t.tok) == 1 && strings.IndexByte(";:,.!?", t.tok[0]) >= 0 {
		return 0
	}
	ctx := m.flags(typeNoSentPeriod(t))
	if firstUpper(t.tok) && ctx&orthoLc != 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// multiPunctAnnotation is prose's multiPunctWordAnnotation of the pair
// (one, two): ellipses, sentence ends inside quotes or brackets, and
// abbreviations of several periods ("F.B.I.").
func (m *model) multiPunctAnnotation(one, two *token) {
	if strings.HasSuffix(one.tok, ".") && two.tok == "." {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	var next string
	nonBreak := strings.HasSuffix(one.tok, ".") && !one.sentBreak
	ellipsis := looksLikeEllipsis(one.tok)
	internal := one.sentBreak && looksInternal(one.tok)
	if nonBreak || ellipsis || internal {
		next = typeNoSentPeriod(two)
		starter := m.flags(next)&flagStarter != 0
		if ellipsis && (firstUpper(two.tok) || starter) {
			one.sentBreak = true
			return
		}
		if internal && firstLower(two.tok) && !starter {
			one.sentBreak = false
			return
		}
		if nonBreak && firstUpper(two.tok) && m.flags(next)&orthoLc != 0 {
			one.sentBreak = true
		}
	}
	if !hasAbbrevPeriods(one.tok) || isInitial(one.tok) {
		return
	}
	one.abbr = true
	one.sentBreak = false
	if m.orthoHeuristic(two) == 1 {
		one.sentBreak = true
		return
	}
	if next == "" {
		next = typeNoSentPeriod(two)
	}
	if firstUpper(two.tok) && m.flags(next)&flagStarter != 0 {
		one.sentBreak = true
	}
}

// looksInternal is prose's: the word ends in a mark that also closes
// text inside a sentence.
func looksInternal(tok string) bool {
	for _, p := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, p) {
			return true
		}
	}
	return false
}

// looksLikeEllipsis is prose's `(?:\.\s?){2,}\.`: three periods, each
// pair apart by at most one ASCII white-space byte.
func looksLikeEllipsis(tok string) bool {
	for i := 0; i < len(tok); i++ {
		j := i
		k := 0
		for ; k < 3 && j < len(tok) && tok[j] == '.'; k++ {
			j++
			if k < 2 && j < len(tok) && isASCIISpace(tok[j]) {
				j++
			}
		}
		if k == 3 {
			return true
		}
	}
	return false
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hasAbbrevPeriods is prose's `((?:[\w]\.)+[\w]*\.)` found anywhere: a
// word character and a period, then word characters and a period.
func hasAbbrevPeriods(tok string) bool {
	for i := 0; i+2 < len(tok); i++ {
		if !isWordByte(tok[i]) || tok[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(tok) && isWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

// isWordByte is RE2's \w: ASCII letters, digits and the underscore.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isInitial is sentences.v1's `^[A-Za-z]\.$`.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && ('a' <= tok[0] && tok[0] <= 'z' || 'A' <= tok[0] && tok[0] <= 'Z')
}

func firstUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsUpper(r)
}

func firstLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsLower(r)
}

// typeOf is sentences.v1's Type: the word lower-cased, a trailing number
// replaced by "##number##", commas dropped from all but a lone comma.
func typeOf(tok string) string {
	typ := strings.ToLower(tok)
	if at := numberAt(typ); at >= 0 {
		typ = typ[:at] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// numberAt is where sentences.v1's `-?[\.,]?\d[\d,\.-]*\.?$` matches s
// (leftmost), or -1. Every byte of a match is a digit, '-', ',' or '.', so
// it lies in the longest tail of such bytes; it starts at the first byte
// there that a digit follows within the optional sign and separator.
func numberAt(s string) int {
	q := len(s)
	for q > 0 && isNumberByte(s[q-1]) {
		q--
	}
	for p := q; p < len(s); p++ {
		switch c := s[p]; {
		case isDigit(c):
			return p
		case c == '-':
			if p+1 < len(s) && isDigit(s[p+1]) ||
				p+2 < len(s) && (s[p+1] == '.' || s[p+1] == ',') && isDigit(s[p+2]) {
				return p
			}
		case c == '.' || c == ',':
			if p+1 < len(s) && isDigit(s[p+1]) {
				return p
			}
		}
	}
	return -1
}

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isNumberByte(c byte) bool { return isDigit(c) || c == '-' || c == ',' || c == '.' }

// typeNoPeriod is sentences.v1's TypeNoPeriod: the type without a final
// period.
func typeNoPeriod(tok string) string {
	typ := typeOf(tok)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// typeNoSentPeriod is sentences.v1's TypeNoSentPeriod: the period is
// dropped only from a word that breaks a sentence.
func typeNoSentPeriod(t *token) string {
	if t.sentBreak {
		return typeNoPeriod(t.tok)
	}
	return typeOf(t.tok)
}
