package entities

import (
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// namedNorp adjusts the nationality ranges that become NORP mentions to the
// names the tagger found around them (MISC mentions, ms in token order):
//   - a nationality that opens the name of an event, a competition or a
//     work ("British Masters", "European Tour", "African Nations ' Cup")
//     is part of that name, not a mention of its own: the range is
//     dropped, so the name is neither split nor trimmed;
//   - nationalities that together make up one name ("Bosnian Serb",
//     "Iraqi Kurds") are one NORP mention, a group, not two.
//
// Names of organisations are left alone: "German KFOR" is German troops of
// KFOR. norp is sorted by first token and is modified in place.
func namedNorp(d *doc.Document, ms []ment, norp [][2]int) [][2]int {
	out := norp[:0]
	k := 0 // the first mention that may hold norp[i]
	for i := 0; i < len(norp); i++ {
		r := norp[i]
		for k < len(ms) && ms[k].b <= r[0] {
			k++
		}
		if k == len(ms) || ms[k].label != "MISC" || ms[k].a != r[0] || ms[k].b <= r[1] {
			out = append(out, r)
			continue
		}
		m := ms[k]
		// Nationalities one after another up to the mention's end.
		j, end := i, r[1]
		for j+1 < len(norp) && norp[j+1][0] == end && norp[j+1][1] <= m.b {
			j++
			end = norp[j][1]
		}
		switch {
		case end == m.b && j > i:
			out = append(out, [2]int{r[0], end})
			i = j
		case j == i && words.Capitalised(d.Tokens[r[1]].Text):
			// dropped: the event's name keeps its nationality
		default:
			out = append(out, r)
		}
	}
	return out
}
