package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/emoticon"
)

// Token is one token: text[Start:End] == Text of the string given to Append.
type Token struct {
	Text       string
	Start, End int
}

// Append appends the tokens of text to dst and returns the extended slice.
//
// prose's Tokenize walks text rune by rune, tracking whether it is in white
// space (unicode.IsSpace of the decoded rune, so an invalid byte, decoded as
// U+FFFD, is not space), and splits every span between changes. The white
// spans it hands on are all blank and yield nothing, so its tokens are those
// of the maximal runs of non-space runes, each split by split below.
func Append(dst []Token, text string) []Token {
	for i := 0; i < len(text); {
		// Skip white space.
		for i < len(text) {
			sp, n := spaceAt(text, i)
			if !sp {
				break
			}
			i += n
		}
		start := i
		for i < len(text) {
			sp, n := spaceAt(text, i)
			if sp {
				break
			}
			i += n
		}
		if start < i {
			dst = split(dst, text, start, i)
		}
	}
	return dst
}

// spaceAt reports whether the rune at text[i] is white space, and its size.
func spaceAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r), n
}

// asciiSpace is unicode.IsSpace below U+0080.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// split appends the tokens of the non-blank span text[lo:hi], following
// prose's (*Tokenizer).split step for step. While a span remains, the first
// rule that applies to it wins:
//
//  1. a special span (an emoticon, or prose's internalRE: "U.S.", "Mr.") is
//     one token, and the span is done;
//  2. a prefix ($ ( " [ “ ‘) with more after it is a token, and the rest
//     goes round again;
//  3. text before a contraction ("do" of "don't", "they" of "they'll") is a
//     token, and the rest, from the contraction on, goes round again;
//  4. a suffix (, ) " ] ! ; . ? : ' ” ’) with more before it is set aside,
//     and what precedes it goes round again;
//  5. otherwise the span is one token, and it is done.
//
// The suffixes set aside follow in source order. Each suffix is a single
// rune, so they are exactly the runes of text[hi:end] once the loop stops.
//
// A span can lose a suffix per round ("word)))...)" loses every bracket),
// so nothing a round does may cost the length of the span: spanState's special and
// contraction keep what they learnt of text[lo:] while only hi moves (see
// spanState), and the whole split is linear in the span.
func split(dst []Token, text string, lo, hi int) []Token {
	end := hi
	var st spanState
	for {
		span := text[lo:hi]
		if st.special(text, lo, hi) {
			break
		}
		if n := prefixLen(span); n > 0 {
			dst = append(dst, Token{Text: span[:n], Start: lo, End: lo + n})
			lo += n
			continue
		}
		if n := st.contraction(text, lo, hi); n > 0 {
			dst = append(dst, Token{Text: span[:n], Start: lo, End: lo + n})
			lo += n
			continue
		}
		if n := suffixLen(span); n > 0 {
			hi -= n
			continue
		}
		break
	}
	dst = append(dst, Token{Text: text[lo:hi], Start: lo, End: hi})
	for hi < end {
		_, n := utf8.DecodeRuneInString(text[hi:end])
		dst = append(dst, Token{Text: text[hi : hi+n], Start: hi, End: hi + n})
		hi += n
	}
	return dst
}

// spanState is what split has learnt about the span starting at lo while
// its end comes down one suffix at a time. Both facts depend on lo only,
// and shortening the span can only take matches away, never add one:
//
//   - pairs is the length of the run of letter-and-stop pairs text[lo:]
//     starts with, so special's "U.S." test is a comparison;
//   - next is the least offset (from lo) that may still hold a contraction:
//     every offset before it was found to hold none that fits in the span,
//     and none ever will in a shorter one.
type spanState struct {
	lo, pairs, next int
	valid           bool
}

func (st *spanState) at(text string, lo int) {
	if st.valid && st.lo == lo {
		return
	}
	*st = spanState{lo: lo, next: 1, valid: true}
	for i := lo; i+1 < len(text) && isLetter(text[i]) && text[i+1] == '.'; i += 2 {
		st.pairs += 2
	}
}

// special is special(text[lo:hi]), in constant time.
func (st *spanState) special(text string, lo, hi int) bool {
	s := text[lo:hi]
	n := len(s)
	if n < 2 || n > maxSpecial && s[n-1] != '.' {
		return false
	}
	if n <= maxSpecial {
		return special(s)
	}
	st.at(text, lo)
	return n%2 == 0 && n <= st.pairs
}

// maxSpecial is the longest span special tests in full: the emoticons and
// the short abbreviations are shorter, so a longer span can only be a run
// of letter-and-stop pairs.
const maxSpecial = 32

// contraction is, for s = text[lo:hi], prose's indexAnyCase(s, defaultContractions): the least
// offset, above 0, of the first occurrence of any contraction, compared
// with ASCII case folded; 0 if none. prose takes only the first occurrence
// of each contraction, so one that s starts with counts nowhere in s: "'s's"
// is not split, though "'s" recurs at 2.
//
// Its time is amortised over the rounds of one span.
func (st *spanState) contraction(text string, lo, hi int) int {
	st.at(text, lo)
	s := text[lo:hi]
	skip := contractionsAt(s, 0)
	for i := st.next; i < len(s); i++ {
		switch s[i] {
		case '\'', 'n', 'N', 0xE2:
			if contractionsAt(s, i)&^skip != 0 {
				st.next = i
				return i
			}
		}
	}
	st.next = max(st.next, len(s))
	return 0
}

// special reports whether prose keeps span whole: emoticon.Is(span) or
// internalRE, `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`, that is letters
// each followed by a full stop, at least two ("U.S.", "p.m."), or a
// capitalised abbreviation of two or three letters ("Mr.", "Gen.").
func special(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	if emoticon.Is(s) {
		return true
	}
	if s[n-1] != '.' {
		return false
	}
	if (n == 3 || n == 4) && isUpper(s[0]) && isLower(s[1]) && (n == 3 || isLower(s[2])) {
		return true
	}
	if n < 4 || n%2 != 0 {
		return false
	}
	for i := 0; i < n; i += 2 {
		if !isLetter(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isLetter(c byte) bool { return isUpper(c) || isLower(c) }

// The curly quotation marks, which prose handles as affixes rather than
// rewriting them (that would shift every later offset): all are E2 80 xx.
const (
	leftSingle  = 0x98 // ‘
	rightSingle = 0x99 // ’
	leftDouble  = 0x9C // “
	rightDouble = 0x9D // ”
)

// prefixLen is prose's matchPrefix over defaultPrefixes ($ ( " [ “ ‘): the
// length of the prefix s starts with, if more of s follows it, else 0.
func prefixLen(s string) int {
	switch s[0] {
	case '$', '(', '"', '[':
		if len(s) > 1 {
			return 1
		}
	case 0xE2:
		if len(s) > 3 && s[1] == 0x80 && (s[2] == leftDouble || s[2] == leftSingle) {
			return 3
		}
	}
	return 0
}

// suffixLen is prose's matchSuffix over defaultSuffixes
// (, ) " ] ! ; . ? : ' ” ’): the length of the suffix s ends with, if
// something precedes it, else 0.
func suffixLen(s string) int {
	n := len(s)
	switch s[n-1] {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		if n > 1 {
			return 1
		}
	case rightDouble, rightSingle:
		if n > 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 {
			return 3
		}
	}
	return 0
}

// The contractions of prose's defaultContractions, in its order, as bits.
const (
	aposLL  = 1 << iota // 'll
	aposS               // 's
	aposRE              // 're
	aposM               // 'm
	aposNT              // n't
	curlyLL             // ’ll
	curlyS              // ’s
	curlyRE             // ’re
	curlyM              // ’m
	curlyNT             // n’t
)

// contractionsAt returns the contractions that s has at offset i. Only one
// can match at an offset, but n't and n’t are told apart from 'll and the
// rest by the byte at i, so the result is a set.
func contractionsAt(s string, i int) int {
	rest := s[i:]
	switch rest[0] {
	case '\'':
		return contractionTail(rest[1:], aposLL, aposS, aposRE, aposM)
	case 'n', 'N':
		if len(rest) >= 3 && fold(rest[2]) == 't' {
			if rest[1] == '\'' {
				return aposNT
			}
		}
		if len(rest) >= 5 && rest[1] == 0xE2 && rest[2] == 0x80 && rest[3] == rightSingle && fold(rest[4]) == 't' {
			return curlyNT
		}
	case 0xE2:
		if len(rest) >= 3 && rest[1] == 0x80 && rest[2] == rightSingle {
			return contractionTail(rest[3:], curlyLL, curlyS, curlyRE, curlyM)
		}
	}
	return 0
}

// contractionTail matches what follows an apostrophe: ll, s, re or m.
func contractionTail(t string, ll, s, re, m int) int {
	if t == "" {
		return 0
	}
	switch fold(t[0]) {
	case 'l':
		if len(t) >= 2 && fold(t[1]) == 'l' {
			return ll
		}
	case 's':
		return s
	case 'r':
		if len(t) >= 2 && fold(t[1]) == 'e' {
			return re
		}
	case 'm':
		return m
	}
	return 0
}

// fold lowers an ASCII capital, as prose's equalFoldASCII does; other bytes,
// including those of multi-byte runes, compare as they are.
func fold(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}
