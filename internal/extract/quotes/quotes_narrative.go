package quotes

// narrativeSubject finds the speaker of a quote that opens its sentence
// with no attribution of its own, right after a sentence of narrative
// that names someone acting: the subject of that sentence ("Valastro
// praised Christie's leadership. "We need someone who's going to cut
// through ..."", "Bolton distanced himself from the movement. "I'm going
// to support him ...""). Reporters introduce the next speaker this way,
// and the quote is that person's, not the last quoted speaker's. The
// sentence before is the quote's own paragraph's, or, for a quote that
// opens its paragraph, the last of the paragraph before. It holds no
// quotation of its own (the quote then continues that one's speaker), and
// its subject is a proper name or "he"/"she" followed by a finite verb:
// "The crowd cheered." or "What it means is unclear." introduce no one.
func (qd *quoteDoc) narrativeSubject(q markedQuote) (quoteMention, bool) {
	d := qd.d
	sa := d.SentenceAt(q.Open)
	if sa <= 0 {
		return quoteMention{}, false
	}
	s := d.Sentences[sa]
	for i := s.First; i < s.Last && d.Tokens[i].End <= q.Open; i++ {
		if qd.isWord(i) {
			return quoteMention{}, false // the quote does not open its sentence
		}
	}
	ps := d.Sentences[sa-1]
	if ps.Paragraph != s.Paragraph && (ps.Paragraph != s.Paragraph-1 || q.Open != d.Paragraphs[q.FirstPara].Start) {
		return quoteMention{}, false
	}
	for i := ps.First; i < ps.Last; i++ {
		if qd.quoted[i] || quoteMarkLen(d.Text, d.Tokens[i].Start) > 0 && isQuoteMarkToken(d.Tokens[i].Text) {
			return quoteMention{}, false
		}
	}
	m := qd.sentenceSubject(sa - 1)
	if m.empty() || m.last >= ps.Last {
		return quoteMention{}, false
	}
	switch t := qd.tok(m.last).Tag; t {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return quoteMention{}, false
	}
	if p := qd.pronoun(m.first); m.last == m.first+1 && (p == "he" || p == "she") {
		return m, true
	}
	h := m.last - 1
	if !qd.isProper(h) || qd.lx.orgHeads[qd.lower(h)] {
		return quoteMention{}, false
	}
	return m, true
}

// isQuoteMarkToken reports whether a token is a quotation mark.
func isQuoteMarkToken(s string) bool {
	switch s {
	case "\"", "“", "”", "''", "``", "‘", "’", "'":
		return true
	}
	return false
}
