package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// Unpaired is a double quotation mark the quote extractor pairs with no
// other: an opening mark whose quote runs to its paragraph's end (or to the
// next opening mark), or a closing mark outside every quote it reads.
type Unpaired struct {
	Start, End int
	Opening    bool
}

// UnpairedMarks returns the unpaired double quotation marks of d (curly,
// low, straight, and the two backquotes of TeX-style wire copy opening; a
// curly mark closing nothing) in text order, read by the very
// scan that finds the quotes (scanQuotes), continued quotes and all, so
// that `check` cannot disagree with the extractor on where a quote opens
// and closes. Single marks are left out: most of them are apostrophes.
func UnpairedMarks(d *doc.Document) []Unpaired {
	var out []Unpaired
	text := d.Text
	qs := scanQuotes(d)
	k, pos := 0, 0 // the next quote, and where the last one closed
	for _, para := range d.Paragraphs {
		for i := max(para.Start, pos); i < para.End; {
			for k < len(qs) && qs[k].Open < i {
				k++ // passed inside a two-byte mark: cannot pair it
			}
			if k < len(qs) && qs[k].Open == i {
				q := qs[k]
				if fam, n := quoteOpenMark(text, i, d.Paragraphs[q.FirstPara].Start); fam == qfamDouble && !q.Closed {
					out = append(out, Unpaired{Start: i, End: i + n, Opening: true})
				}
				// A quote closed a few paragraphs on covers those too.
				i, pos, k = max(q.Close, i+1), max(q.Close, i+1), k+1
				continue
			}
			if n := strayCloser(text[i:para.End]); n > 0 {
				out = append(out, Unpaired{Start: i, End: i + n})
				i += n
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += max(size, 1)
		}
	}
	return out
}

// strayCloser is the length of a curly closing mark at the start of s,
// read outside any quote, or 0. A straight mark outside every quote is no
// closer to report: it is as often an inch or a seconds mark, or an
// attribute's quote in markup (<tweet author="...">), which the scan reads
// as no quote at all (straight marks closing nothing were 492 of 523 such
// findings on the PolNeAR work slice, nearly all markup); nor are the two
// apostrophes of TeX-style wire copy, which converted copy opens with too.
func strayCloser(s string) int {
	if strings.HasPrefix(s, "”") {
		return len("”")
	}
	return 0
}
