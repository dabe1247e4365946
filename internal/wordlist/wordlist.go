package wordlist

import "strings"

// Rows returns the entries of a list in file order, each split at tabs
// into its fields. Spaces and a carriage return at either end of a line are
// dropped; tabs are kept, so an empty last field survives.
func Rows(data string) [][]string {
	var out [][]string
	for line := range strings.SplitSeq(data, "\n") {
		line = strings.Trim(line, " \r")
		if line == "" || isComment(line) {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// Entries returns the first field of every entry, in file order.
func Entries(data string) []string {
	rows := Rows(data)
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out
}

// Set returns the first fields of the entries as a set.
func Set(data string) map[string]bool {
	m := map[string]bool{}
	for _, r := range Rows(data) {
		m[r[0]] = true
	}
	return m
}

// Header returns the comment lines before the first entry, without their
// "# " marks, joined by newlines.
func Header(data string) string {
	var h []string
	for line := range strings.SplitSeq(data, "\n") {
		line = strings.Trim(line, " \r")
		if line == "" {
			continue
		}
		if !isComment(line) {
			break
		}
		h = append(h, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
	}
	return strings.Join(h, "\n")
}

func isComment(line string) bool { return line == "#" || strings.HasPrefix(line, "# ") }
