package quotes

import "unicode"

// opensParagraph reports whether token i is the first of its paragraph.
func (qd *quoteDoc) opensParagraph(i int) bool {
	si := qd.tok(i).Sentence
	return qd.d.Sentences[si].First == i && (si == 0 || qd.d.Sentences[si-1].Paragraph != qd.d.Sentences[si].Paragraph)
}

// headlineWord reports whether token i may be part of the source that
// opens a headline or a transcript line before its colon, whatever its
// tag: a capitalised word ("Clinton camp" is "Clinton Camp" in a headline,
// "TAPPER", "Q", "Poll", "Historians") or, inside, a short preposition
// or noun ("Former AG Mukasey at RNC", "Clinton camp").
func (qd *quoteDoc) headlineWord(i, first int) bool {
	w := qd.tok(i).Text
	if i > first && (w == "at" || w == "of" || w == "'s" || w == "’s" || qd.isNoun(i)) {
		return true
	}
	// "Q:" and "A:" stand for no one by name, and an interviewer's
	// question is no report (annotation guidelines); "The Latest:",
	// "Correction:" and "Editor's Note:" are labels, not sources.
	return len(w) > 1 && qd.isWord(i) && unicode.IsUpper(quoteFirstRune(w)) && !qd.quoted[i]
}

// quoteHeadlineLabels are the words of a label that opens a line before a
// colon without naming a source.
var quoteHeadlineLabels = map[string]bool{"latest": true, "note": true, "correction": true, "update": true,
	"updated": true, "exclusive": true, "breaking": true, "stat": true, "week": true, "watch": true,
	"read": true, "related": true, "video": true, "photos": true, "editor": true, "editors": true,
	"clarification": true, "disclosure": true, "full": true, "text": true, "transcript": true}

// headlineSource reports whether the line opening at token first starts
// with a name: a proper noun or a word of a name the document uses
// ("Clinton camp"), not a word in capitals, which may be a dateline or a
// table's row ("WASHINGTON:", "TANZANIA: Total dead: 10"). A common noun
// opening the line ("Other market-maker gripes:") names no one.
func (qd *quoteDoc) headlineSource(first int) bool {
	w := qd.tok(first).Text
	return !(len(w) > 1 && quoteIsAllCaps(w)) && (qd.isProper(first) || qd.nameWord(first))
}
