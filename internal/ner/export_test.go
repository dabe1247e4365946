package ner

// LabelReference exposes labelReference to the external tests, which can
// parse documents with internal/doc.
func (m *Model) LabelReference(toks []Token, sents []Span, out []Label) {
	m.labelReference(toks, sents, out)
}

// V6Oracle returns the model of testdata/model-v6.bin.gz as format v6's
// decoder read it, the oracle of the differential tests of the in-place
// model file.
func V6Oracle() (*Model, error) {
	v, err := readV6("testdata/model-v6.bin.gz")
	if err != nil {
		return nil, err
	}
	return v.model(), nil
}

// LoadFile reads a model file in place, as Default reads the embedded one.
func LoadFile(data []byte) (*Model, error) { return load(data, false) }

// Embedded is the embedded model file.
func Embedded() []byte { return embedded }
