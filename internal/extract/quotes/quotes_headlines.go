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
// ("Clinton camp"), or a transcript's speaker in capitals; not a word in
// capitals once, which may be a dateline or a table's row ("WASHINGTON:",
// "TANZANIA: Total dead: 10"). A common noun
// opening the line ("Other market-maker gripes:") names no one.
func (qd *quoteDoc) headlineSource(first int) bool {
	w := qd.tok(first).Text
	if len(w) > 1 && quoteIsAllCaps(w) {
		// A transcript names its speakers in capitals, each on many
		// lines ("TAPPER: ...", "FALLIN: ..."); a dateline or a
		// table's rows name each place once.
		return qd.transcriptSpeakers()[w] >= 2
	}
	return qd.isProper(first) || qd.nameWord(first)
}

// transcriptSpeakers counts the paragraphs that each word in capitals
// opens before a colon, in one pass over the paragraphs' first tokens.
func (qd *quoteDoc) transcriptSpeakers() map[string]int {
	if qd.speakerLines != nil {
		return qd.speakerLines
	}
	qd.speakerLines = map[string]int{}
	d := qd.d
	for si, s := range d.Sentences {
		if s.Last-s.First < 2 || si > 0 && d.Sentences[si-1].Paragraph == s.Paragraph {
			continue
		}
		if w := qd.tok(s.First).Text; len(w) > 1 && quoteIsAllCaps(w) && qd.tok(s.First+1).Text == ":" {
			qd.speakerLines[w]++
		}
	}
	return qd.speakerLines
}
