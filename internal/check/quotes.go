package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteNoSpeaker: a direct quote that the quote extractor could attribute
// to nobody. News style attributes every direct quote, so one without a
// speaker is an editing slip or a hole in extraction, either worth a look.
type quoteNoSpeaker struct{}

func (quoteNoSpeaker) Name() string      { return "quote-no-speaker" }
func (quoteNoSpeaker) Default() Severity { return Warning }
func (quoteNoSpeaker) Describe() string  { return "a direct quote with no speaker" }

func (quoteNoSpeaker) Check(d *Document, report func(int, int, string)) {
	for _, q := range d.Facts.Quotes {
		if q.Kind == "indirect" || q.Speaker != "" || q.SpeakerText != "" {
			continue
		}
		report(q.Start, q.End, "direct quote has no speaker: \""+excerpt(q.Text)+"\"")
	}
}

// unbalancedQuote: a double quotation mark opened and never closed, or
// closed and never opened. Curly marks (“ ”), straight marks (") and the
// TeX-style pairs of older wire copy (“ ”) are followed through each
// paragraph. News style continues a quote over paragraphs by opening each
// paragraph with a mark and closing only the last, so a paragraph that ends
// inside a quote is fine when the next one opens with a mark. Single marks
// are left alone: they are mostly apostrophes.
type unbalancedQuote struct{}

func (unbalancedQuote) Name() string      { return "unbalanced-quote" }
func (unbalancedQuote) Default() Severity { return Error }
func (unbalancedQuote) Describe() string {
	return "a quotation mark that is never closed, or closes nothing"
}

type mark struct {
	start, end int
	open       bool // an opening mark; straight marks are decided by state
	straight   bool
}

// marks finds the double quotation marks of text[start:end].
func marks(text string, start, end int) []mark {
	var out []mark
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '“':
			out = append(out, mark{start: i, end: i + n, open: true})
		case r == '”':
			out = append(out, mark{start: i, end: i + n})
		case r == '"':
			out = append(out, mark{start: i, end: i + n, straight: true})
		case strings.HasPrefix(text[i:end], "``"):
			out = append(out, mark{start: i, end: i + 2, open: true})
			n = 2
		case strings.HasPrefix(text[i:end], "''"):
			// Wire copy converted from TeX style closes with '' but often
			// opens with it too: treat it like a straight mark.
			out = append(out, mark{start: i, end: i + 2, straight: true})
			n = 2
		}
		i += n
	}
	return out
}

// paragraphs returns the [start, end) spans of text between blank lines.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := -1
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = off + nl
		}
		blank := strings.TrimFunc(text[off:lineEnd], unicode.IsSpace) == ""
		if blank && start >= 0 {
			out = append(out, [2]int{start, off})
			start = -1
		} else if !blank && start < 0 {
			start = off
		}
		if nl < 0 {
			break
		}
		off = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func (unbalancedQuote) Check(d *Document, report func(int, int, string)) {
	var open *mark
	unclosed := func() {
		report(open.start, open.end, "quotation mark is never closed")
	}
	for _, p := range paragraphs(d.Text) {
		ms := marks(d.Text, p[0], p[1])
		if open != nil {
			// A quote left open by the last paragraph must continue with a
			// mark at the very start of this one.
			lead := len(d.Text[p[0]:p[1]]) - len(strings.TrimLeftFunc(d.Text[p[0]:p[1]], unicode.IsSpace))
			if len(ms) > 0 && ms[0].start == p[0]+lead && (ms[0].open || ms[0].straight) {
				m := ms[0]
				open, ms = &m, ms[1:]
			} else {
				unclosed()
				open = nil
			}
		}
		for _, m := range ms {
			switch {
			case m.straight && open != nil, !m.open && !m.straight && open != nil:
				open = nil
			case m.straight, m.open:
				// An opening mark after a full stop, inside an open quote, is
				// a continued quote whose paragraph break was lost (wire
				// copy flattened to one line); anywhere else the first mark
				// was never closed.
				if open != nil && !afterSentenceEnd(d.Text, p[0], m.start) {
					unclosed()
				}
				m := m
				open = &m
			default:
				report(m.start, m.end, "closing quotation mark with no opening mark")
			}
		}
	}
	if open != nil {
		unclosed()
	}
}

// afterSentenceEnd reports whether the text before off (within the
// paragraph starting at from) ends a sentence: . ! ? then spaces.
func afterSentenceEnd(text string, from, off int) bool {
	before := strings.TrimRightFunc(text[from:off], unicode.IsSpace)
	if len(before) == len(text[from:off]) || before == "" {
		return false
	}
	switch before[len(before)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}
