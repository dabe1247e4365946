package ner

// Label is a BIO entity label: B- opens an entity, I- continues one of the
// same type, O is outside every entity.
type Label uint8

const (
	O Label = iota
	BPER
	IPER
	BORG
	IORG
	BLOC
	ILOC
	BMISC
	IMISC
	// NumLabels is the number of labels.
	NumLabels
)

var labelNames = [NumLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

var typeNames = [NumLabels]string{"", "PER", "PER", "ORG", "ORG", "LOC", "LOC", "MISC", "MISC"}

// String returns the label as written in CoNLL files: "B-PER", "O".
func (l Label) String() string {
	if l >= NumLabels {
		return "O"
	}
	return labelNames[l]
}

// Type returns the entity type, "PER", "ORG", "LOC" or "MISC"; "" for O.
func (l Label) Type() string {
	if l >= NumLabels {
		return ""
	}
	return typeNames[l]
}

// Begin reports whether l opens an entity.
func (l Label) Begin() bool { return l != O && l < NumLabels && l%2 == 1 }

// Inside reports whether l continues an entity.
func (l Label) Inside() bool { return l != O && l < NumLabels && l%2 == 0 }

// ParseLabel reads a BIO or IOB label such as "B-LOC"; ok is false for an
// unknown one.
func ParseLabel(s string) (l Label, ok bool) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return O, false
}

// allowed reports whether cur may follow prev in BIO: an I- label only
// continues an entity of its own type. prev == NumLabels is the sentence start.
func allowed(prev, cur Label) bool {
	if !cur.Inside() {
		return true
	}
	return prev < NumLabels && prev != O && prev.Type() == cur.Type()
}

// Chunk is an entity: tokens [First, Last) of the labelled sequence.
type Chunk struct {
	First, Last int
	Type        string
}

// Chunks groups labels into entities, exactly as conlleval does: an I- label
// after a label of another type opens a new entity rather than being dropped.
func Chunks(labels []Label) []Chunk { return AppendChunks(nil, labels) }

// AppendChunks appends the entities of labels, as Chunks finds them, to out.
func AppendChunks(out []Chunk, labels []Label) []Chunk {
	open := -1
	for i, l := range labels {
		if open >= 0 && (l == O || l.Begin() || l.Type() != labels[open].Type()) {
			out = append(out, Chunk{First: open, Last: i, Type: labels[open].Type()})
			open = -1
		}
		if l != O && l < NumLabels && open < 0 {
			open = i
		}
	}
	if open >= 0 {
		out = append(out, Chunk{First: open, Last: len(labels), Type: labels[open].Type()})
	}
	return out
}
