package prefilter

// Literals is a set of strings, each with an id, looked for at a position
// of a text. They are listed by first byte, and a table of the bytes that
// can follow each first byte passes over most positions after two reads.
type Literals struct {
	byFirst [256][]Literal
	// second[c] has bit d set when a string starts with c then d, and
	// bit 0 when the one-byte string c is in the set.
	second [256][4]uint64
}

// Literal is one string of a set and its id.
type Literal struct {
	S  string
	ID int
}

// Add puts the non-empty string s in the set under id.
func (l *Literals) Add(s string, id int) {
	l.byFirst[s[0]] = append(l.byFirst[s[0]], Literal{s, id})
	next := 0
	if len(s) > 1 {
		next = int(s[1])
	}
	l.second[s[0]][next/64] |= 1 << (next % 64)
}

// Candidates returns the strings that may occur in text at p: those whose
// first bytes are there. The caller checks each with strings.HasPrefix.
func (l *Literals) Candidates(text string, p int) []Literal {
	sec := &l.second[text[p]]
	if p+1 < len(text) {
		if c := text[p+1]; sec[c/64]&(1<<(c%64)) == 0 && sec[0]&1 == 0 {
			return nil
		}
	}
	return l.byFirst[text[p]]
}
