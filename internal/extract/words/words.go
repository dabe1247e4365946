package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// SortLongestFirst is a stable insertion sort: the lists are short and the
// table order (form, then code) must survive for equal lengths.
func SortLongestFirst[T any](xs []T, n func(T) int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && n(xs[j]) > n(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// Match reports whether the tokens from i on spell words exactly.
func Match(toks []doc.Token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].Text != w {
			return false
		}
	}
	return true
}

// Part is one part of a hyphenated word, with its byte offsets.
type Part struct {
	Text       string
	Start, End int
}

// HyphenParts splits a hyphenated token ("Serb-dominated", "pro-Russian",
// "Serbian-American") into its parts with their offsets.
func HyphenParts(tok doc.Token) []Part {
	if !strings.Contains(tok.Text, "-") {
		return nil
	}
	out := make([]Part, 0, strings.Count(tok.Text, "-")+1)
	off := tok.Start
	for rest, more := tok.Text, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		if p != "" {
			out = append(out, Part{p, off, off + len(p)})
		}
		off += len(p) + 1
	}
	return out
}

func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func StartsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func IsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// IsWord reports whether s is made of letters (and inner punctuation such
// as "S&P"), not a symbol or bracket.
func IsWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Lowered returns text with its ASCII capitals lowercased and every
// other byte as it is, so that offsets into text hold for it: for an ASCII
// substring of text, the same substring of it is strings.ToLower's result.
func Lowered(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	from := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(text[from:])
	return b.String()
}

// LowerAt is strings.ToLower(s) for s = text[start:end], taken from low =
// Lowered(text) when s is ASCII.
func LowerAt(text, low, s string, start, end int) string {
	if 0 <= start && start <= end && end <= len(text) && text[start:end] == s && IsASCII(s) {
		return low[start:end]
	}
	return strings.ToLower(s)
}

// LowerIn returns m[strings.ToLower(s)], with no string made for an ASCII
// word of up to 64 bytes.
func LowerIn[V any](m map[string]V, s string) V {
	if len(s) <= 64 && IsASCII(s) {
		var buf [64]byte
		b := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return m[string(b)]
	}
	return m[strings.ToLower(s)]
}

func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Titled reports a Capitalised common word inside a sentence: "ABC's
// This Week", "60 Minutes", "High Noon", "VOA Today" are titles, not times.
func Titled(s string, st int) bool {
	if s[st] < 'A' || s[st] > 'Z' {
		return false
	}
	before := strings.TrimRight(s[:st], " \t\n\"'`‘“’”(-—_")
	return before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "?") &&
		!strings.HasSuffix(before, "!") && !strings.HasSuffix(before, ":")
}
