package ner

// LabelReference exposes labelReference to the external tests, which can
// parse documents with internal/doc.
func (m *Model) LabelReference(toks []Token, sents []Span, out []Label) {
	m.labelReference(toks, sents, out)
}
