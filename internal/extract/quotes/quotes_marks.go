package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// markedQuote is a span of text between quotation marks. Open and Close
// bound the marks themselves; Start and End the words inside them.
type markedQuote struct {
	Open, Start, End, Close int
	// FirstPara and LastPara are the paragraphs the quote runs over.
	FirstPara, LastPara int
	// Closed is false when no closing mark was found and the quote was cut
	// at the end of its paragraph.
	Closed bool
	// Chain numbers the paragraphs of one quote continued over several
	// (from 1); 0 for a quote of one paragraph.
	Chain int
}

// Quotation-mark families. A quote closes only with a mark of the family
// that opened it, so the other family can nest inside it ("He said ‘no’").
const (
	qfamNone = iota
	qfamDouble
	qfamSingle
	qfamGuillemet
)

// maxQuoteParas bounds a quote continued over paragraphs: beyond it, a run of
// paragraphs that each open with a mark is more likely a list of quotes whose
// closing marks were lost than one long quote.
const maxQuoteParas = 6

// scanQuotes finds the quotes in every paragraph of d, in text order.
func scanQuotes(d *doc.Document) []markedQuote {
	var out []markedQuote
	chains := 0
	text := d.Text
	for p := 0; p < len(d.Paragraphs); p++ {
		para := d.Paragraphs[p]
		i := para.Start
		for i < para.End {
			if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
				i++ // no quotation mark (see quoteOpenMark)
				continue
			}
			fam, n := quoteOpenMark(text, i, para.Start)
			if fam == qfamNone {
				_, size := utf8.DecodeRuneInString(text[i:])
				i += max(size, 1)
				continue
			}
			q := markedQuote{Open: i, Start: i + n, FirstPara: p, LastPara: p}
			var conts []int
			lastPara, end, closeEnd, ok := quoteFindClose(d, fam, text[i:i+n], i+n, p, &conts)
			q.LastPara = lastPara
			switch {
			case ok:
				q.End, q.Close, q.Closed = end, closeEnd, true
			case end >= 0:
				q.End, q.Close = end, end
			default:
				// An unbalanced mark: the quote is cut where its last
				// paragraph ends, never swallowing the rest of the article.
				q.End = d.Paragraphs[lastPara].End
				q.Close = q.End
			}
			out = append(out, splitContinued(d, q, conts, &chains)...)
			if lastPara != p {
				p = lastPara
				para = d.Paragraphs[p]
			}
			i = max(q.Close, i+n)
		}
	}
	return out
}

// splitContinued cuts a quote continued over paragraphs into one quote per
// paragraph, each from its opening mark to its paragraph's end, the last to
// the closing mark: each paragraph is read, and attributed, on its own.
func splitContinued(d *doc.Document, q markedQuote, conts []int, chains *int) []markedQuote {
	var out []markedQuote
	if len(conts) > 0 {
		*chains++
		q.Chain = *chains
	}
	add := func(x markedQuote) {
		x.Start, x.End = quoteTrimSpace(d.Text, x.Start, x.End)
		if x.Start < x.End {
			out = append(out, x)
		}
	}
	for _, c := range conts {
		p := d.Paragraphs[q.FirstPara]
		add(markedQuote{Open: q.Open, Start: q.Start, End: p.End, Close: p.End,
			FirstPara: q.FirstPara, LastPara: q.FirstPara, Closed: true, Chain: q.Chain})
		_, n := quoteOpenMark(d.Text, c, c)
		q.Open, q.Start = c, c+n
		q.FirstPara++
	}
	add(q)
	return out
}

// quoteFindClose looks for the mark closing a quote of family fam opened by
// opener, from byte i in paragraph p on. A paragraph that ends with the
// quote still open continues it when the next paragraph opens with a mark of
// the same family (news convention for long quotes). It returns the last
// paragraph reached, the end of the quoted words, the end of the closing
// mark, and whether a closing mark was found; with none found, the end is
// -1 when the quote runs to its paragraph's end.
func quoteFindClose(d *doc.Document, fam int, opener string, i, p int, conts *[]int) (int, int, int, bool) {
	text := d.Text
	for n := 0; n < maxQuoteParas; n++ {
		para := d.Paragraphs[p]
		weak := -1
		for j := i; j < para.End; {
			if c, size, strong := quoteCloseMark(text, j, para.Start, fam, opener); c {
				if strong || fam != qfamSingle {
					return p, j, j + size, true
				}
				if weak < 0 {
					weak = j
				}
				j += size
				continue
			}
			if f, _ := quoteOpenMark(text, j, para.Start); f == fam && fam == qfamDouble && j > i {
				// A second opening mark before any closing one: the
				// closing mark was lost ("truth. ``We believe ...''").
				// The quote ends at the new one.
				return p, j, j, false
			}
			_, size := utf8.DecodeRuneInString(text[j:])
			j += max(size, 1)
		}
		if weak >= 0 {
			// A single quote closed only by a mark that could be a
			// plural possessive ("Serbs’ leader"): the first such mark.
			_, size := utf8.DecodeRuneInString(text[weak:])
			return p, weak, weak + size, true
		}
		if p+1 >= len(d.Paragraphs) {
			return p, -1, -1, false
		}
		next := d.Paragraphs[p+1]
		f, size := quoteOpenMark(text, next.Start, next.Start)
		if f != fam {
			// A closing mark a few paragraphs on, with no opening one
			// before it, closes this quote: sources that put each
			// sentence on a line of its own (MEANTIME) split a quote so.
			if lp, e, ce, ok := quoteCloseAhead(d, fam, opener, p+1, n); ok {
				return lp, e, ce, true
			}
			return p, -1, -1, false
		}
		*conts = append(*conts, next.Start)
		p, i = p+1, next.Start+size
	}
	return p, -1, -1, false
}

// quoteCloseAhead looks for a closing mark of family fam in the paragraphs
// from p on, giving up at an opening mark of the family, at a paragraph
// that opens with a mark, or after the quote would pass maxQuoteParas.
func quoteCloseAhead(d *doc.Document, fam int, opener string, p, n int) (int, int, int, bool) {
	text := d.Text
	for ; p < len(d.Paragraphs) && n < maxQuoteParas-1; p, n = p+1, n+1 {
		para := d.Paragraphs[p]
		for j := para.Start; j < para.End; {
			if c, size, strong := quoteCloseMark(text, j, para.Start, fam, opener); c && strong {
				return p, j, j + size, true
			}
			if f, _ := quoteOpenMark(text, j, para.Start); f == fam {
				return p, -1, -1, false
			}
			_, size := utf8.DecodeRuneInString(text[j:])
			j += max(size, 1)
		}
	}
	return p, -1, -1, false
}

// quoteOpenMark reports the family and byte length of an opening quotation mark
// at text[i:], or qfamNone. lineStart is where the paragraph starts.
func quoteOpenMark(text string, i, lineStart int) (int, int) {
	if i < len(text) {
		// Only these ASCII characters, or a non-ASCII rune, can open a
		// quote: most characters are answered without a look around.
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			return qfamNone, 0
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	prev := quotePrevRune(text, i, lineStart)
	next, _ := utf8.DecodeRuneInString(text[min(i+size, len(text)):])
	atEnd := i+size >= len(text)
	if atEnd {
		next = ' '
	}
	openCtx := quoteOpenContext(prev)
	switch {
	case strings.HasPrefix(text[i:], "``"):
		return qfamDouble, 2
	case r == '“' || r == '„' || r == '«':
		return quoteCurlyOpen(r, size, openCtx, next, atEnd)
	case r == '"':
		if quoteStraightOpens(text, i, lineStart, openCtx, next) {
			return qfamDouble, size
		}
	case r == '‘' || r == '`' || r == '\'':
		if quoteSingleOpens(text, i, size, r, openCtx, next) {
			return qfamSingle, size
		}
	}
	return qfamNone, 0
}

// quoteOpenContext reports whether a rune may come right before an opening
// mark: a space, the start of a line (0), an opening bracket, a dash or
// another opening mark.
func quoteOpenContext(prev rune) bool {
	return prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:“‘«\"'`", prev)
}

// quoteCurlyOpen reads a curly or low opener, or a guillemet. One typed
// where a closer belongs ("stop.“ he said") sits between a word and a
// space; it is no mark at all.
func quoteCurlyOpen(r rune, size int, openCtx bool, next rune, atEnd bool) (int, int) {
	if !openCtx && (unicode.IsSpace(next) || atEnd) {
		return qfamNone, 0
	}
	if r == '«' {
		return qfamGuillemet, size
	}
	return qfamDouble, size
}

// quoteStraightOpens reports whether a straight double mark opens: in an
// opening context before a word, or, in tokenized text that spaces its
// marks (" a very small percentage "), when it is an odd-numbered mark of
// the paragraph.
func quoteStraightOpens(text string, i, lineStart int, openCtx bool, next rune) bool {
	if !openCtx {
		return false
	}
	return !unicode.IsSpace(next) || next == ' ' && strings.Count(text[lineStart:i], "\"")%2 == 0
}

// quoteSingleOpens reports whether a single mark (‘, ` or ') opens: in an
// opening context, before a word that is no elision ('90s, 'em); a
// straight one only before a letter or digit, and not as the first of
// two apostrophes.
func quoteSingleOpens(text string, i, size int, r rune, openCtx bool, next rune) bool {
	if !openCtx || quoteIsElision(text[i+size:]) {
		return false
	}
	if r == '\'' {
		return (unicode.IsLetter(next) || unicode.IsDigit(next)) && !strings.HasPrefix(text[i:], "''")
	}
	return !unicode.IsSpace(next)
}

// quoteCloseMark reports whether text[i:] holds a mark closing a quote of family
// fam, the mark's length, and, for single quotes, whether the mark is
// strongly a closer rather than a possessive apostrophe: it follows
// punctuation ("no,’") or is followed by punctuation ("‘no’.").
func quoteCloseMark(text string, i, lineStart, fam int, opener string) (bool, int, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	prev := quotePrevRune(text, i, lineStart)
	next := ' '
	if i+size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	switch fam {
	case qfamDouble:
		return quoteDoubleCloses(text, i, r, size, prev, next, opener)
	case qfamGuillemet:
		if r == '»' {
			return true, size, true
		}
	case qfamSingle:
		return quoteSingleCloses(r, size, prev, next, i+size >= len(text))
	}
	return false, 0, false
}

// quoteDoubleCloses reads a mark closing a double quote: two apostrophes
// after two backquotes, a closing or straight mark, or an opener typed
// where a closer belongs (after a word, before a space or punctuation).
func quoteDoubleCloses(text string, i int, r rune, size int, prev, next rune, opener string) (bool, int, bool) {
	if opener == "``" && strings.HasPrefix(text[i:], "''") {
		// "'''" closes a nested single quote and then the double one.
		if strings.HasPrefix(text[i:], "'''") {
			return false, 0, false
		}
		return true, 2, true
	}
	afterWord := prev != 0 && !unicode.IsSpace(prev)
	if r == '”' || r == '"' || r == '“' && afterWord && (unicode.IsSpace(next) || unicode.IsPunct(next)) {
		// A straight mark between two spaces, or followed by a word,
		// opens the next quote rather than closing this one.
		if r == '"' && prev != 0 && unicode.IsSpace(prev) && !unicode.IsSpace(next) {
			return false, 0, false
		}
		return true, size, true
	}
	return false, 0, false
}

// quoteSingleCloses reads a mark closing a single quote: ’ or ' after a
// word and not between letters (don’t, Serb’s), strong when punctuation
// is on either side or the text ends.
func quoteSingleCloses(r rune, size int, prev, next rune, atEnd bool) (bool, int, bool) {
	if r != '’' && r != '\'' {
		return false, 0, false
	}
	if prev == 0 || unicode.IsSpace(prev) {
		return false, 0, false
	}
	// Between letters it is an apostrophe: don’t, Serb’s.
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false, 0, false
	}
	strong := unicode.IsPunct(prev) || strings.ContainsRune(",.;:?!)”\"\n", next) || atEnd
	if prev == 's' || prev == 'S' {
		// "Serbs’ leader": a plural possessive is a weak closer.
		strong = strong && next != ' '
	}
	return true, size, strong
}

// quoteIsElision reports whether s, the text after an apostrophe, is a word that
// starts with an elided letter ('90s, 'em, 'til, 'n') rather than a quote.
func quoteIsElision(s string) bool {
	if len(s) >= 2 && quoteIsDigit(s[0]) && quoteIsDigit(s[1]) && (len(s) == 2 || !quoteIsDigit(s[2])) {
		return true
	}
	// The clitics of text tokenized with spaces ("Chrysler 's plan",
	// "they 're") and the elided words of speech ('em, 'til).
	// Only the first word matters: lower-case a few whole runes, not the
	// rest of the paragraph.
	k := min(len(s), 8)
	for k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	low := strings.ToLower(s[:k])
	n := 0
	for n < len(low) && low[n] >= 'a' && low[n] <= 'z' {
		n++
	}
	switch low[:n] {
	case "s", "re", "ve", "ll", "d", "m", "t", "em", "til", "n", "cause", "tis", "twas":
		return n == len(low) || !unicode.IsLetter(rune(low[n]))
	}
	return false
}

func quoteIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// quotePrevRune is the rune before text[i], or 0 at the start of a paragraph.
func quotePrevRune(text string, i, lineStart int) rune {
	if i <= lineStart || i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// quoteTrimSpace narrows [start, end) past white space at either end.
func quoteTrimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}
