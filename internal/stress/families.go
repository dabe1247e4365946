package stress

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Family is one kind of generated input. Gen returns about size bytes of it
// (never more than size plus one unit of the pattern); the same size always
// gives the same bytes.
type Family struct {
	Name string
	// Why says what the family exercises: the row or the bound.
	Why string
	// Ext is the file extension, which chooses the reader (.txt, .html,
	// .jsonl).
	Ext string
	// Small is the smaller of the two sizes, in bytes; the larger is 4x.
	Small int
	Gen   func(size int, news []string) []byte
}

// repeat fills about size bytes with unit.
func repeat(unit string, size int) []byte {
	return []byte(strings.Repeat(unit, max(1, size/len(unit))))
}

// rng is seeded from the family's size, so runs are reproducible.
func rng(size int) *rand.Rand { return rand.New(rand.NewPCG(uint64(size), 18)) }

// Families lists the generated inputs: the rows of issue 18's table first,
// then the others the issue asks for. Sizes are chosen so that each pair
// does measurable work in well under a few seconds once every stage is
// linear, keeping the whole run to about three minutes on two shared cores.
var Families = []Family{
	{Name: "names", Why: "`Smith ` repeated: a run of capitalised names (canonical names, name runs)", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte { return repeat("Smith ", n) }},
	{Name: "suffix-run", Why: "one token ending in a long run of ) ! . ? , and quote marks (tokenizer suffixes)", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return append([]byte("word"), repeat(`)!.?,"”’`, n)...) }},
	{Name: "nested-parens", Why: "one token closing many parentheses: word)))...)", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return append([]byte("word"), repeat(")", n)...) }},
	{Name: "open-quotes", Why: "paragraphs that open a quote and never close it (continued quotes)", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return repeat("“The talks will go on, he said\n\n", n) }},
	{Name: "no-punct", Why: "one long line with no sentence punctuation (date rules, tense)", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte {
			return repeat("the minister said on Tuesday that talks with Serbia will go on next week and ", n)
		}},
	{Name: "html-nested", Why: "an HTML page of nested closed <div>s (tag-stripping past a depth)", Ext: ".html", Small: 64 << 10,
		Gen: func(n int, _ []string) []byte {
			d := max(1, n/(len("<div></div>")+6))
			return []byte("<html><body>" + strings.Repeat("<div>text ", d) + strings.Repeat("</div>", d) + "</body></html>")
		}},
	{Name: "html-unclosed", Why: "an HTML page of nested <div>s never closed", Ext: ".html", Small: 64 << 10,
		Gen: func(n int, _ []string) []byte { return []byte("<html><body>" + string(repeat("<div>text ", n))) }},
	{Name: "dquotes", Why: "`\"` repeated (per-token slices)", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return repeat(`"`, n) }},
	{Name: "curly-opens", Why: "`“a ` repeated (quotes opened, never closed)", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return repeat("“a ", n) }},
	{Name: "open-parens", Why: "nested `(a ` never closed", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return repeat("(a ", n) }},
	{Name: "news", Why: "ordinary news text as one document", Ext: ".txt", Small: 512 << 10,
		Gen: func(n int, news []string) []byte { return newsText(n, news) }},
	{Name: "news-jsonl", Why: "ordinary news as one huge JSONL record", Ext: ".jsonl", Small: 512 << 10,
		Gen: func(n int, news []string) []byte {
			b, _ := json.Marshal(map[string]string{"id": "huge", "date": "2023-05-30", "text": string(newsText(n, news))})
			return append(b, '\n')
		}},
	{Name: "long-token", Why: "one token with no space at all", Ext: ".txt", Small: 512 << 10,
		Gen: func(n int, _ []string) []byte { return repeat("abcdefghij", n) }},
	{Name: "initials-run", Why: "a token of letter-stop pairs closed by many suffixes: a.a.a(.).). (tokenizer special spans)", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte {
			return append(append(repeat("a.", n/2), '('), repeat(".)", n/2)...)
		}},
	{Name: "credits", Why: "`. (` repeated before one far `)` (photo-credit split)", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte { return append(repeat("a. (b ", n), ')') }},
	{Name: "deep-brackets", Why: "brackets nested deep and closed: ([{ ... }])", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte {
			return []byte(strings.Repeat("( [ { a ", n/16) + strings.Repeat("} ] ) ", n/16))
		}},
	{Name: "many-quotes", Why: "short quotes with speakers, over and over", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte {
			return repeat("“We will stay,” said John Smith. “It is safe,” he said. Mary Jones said: “No.” ", n)
		}},
	{Name: "many-numbers", Why: "numbers, money, percentages and dates, densely", Ext: ".txt", Small: 128 << 10,
		Gen: func(n int, _ []string) []byte {
			return repeat("Sales rose 4.5% to $1.2 billion, 30 troops and 1,250 people, on May 30, 2023, 3 km away. ", n)
		}},
	{Name: "all-caps", Why: "news text in capitals", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, news []string) []byte { return bytes.ToUpper(newsText(n, news)) }},
	{Name: "random-unicode", Why: "random valid UTF-8 from every plane, with spaces and punctuation", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return randomUnicode(n) }},
	{Name: "table", Why: "a table of names and numbers, one row a line", Ext: ".txt", Small: 256 << 10,
		Gen: func(n int, _ []string) []byte { return table(n) }},
}

// newsText joins news articles into one document of about size bytes,
// paragraphs kept.
func newsText(size int, news []string) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		b.WriteString(news[i%len(news)])
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// randomUnicode draws runes from every plane except the surrogates and
// the NUL byte (a binary file, rejected up front), a space after a few.
func randomUnicode(size int) []byte {
	r := rng(size)
	b := make([]byte, 0, size+8)
	for len(b) < size {
		var c rune
		switch r.IntN(4) {
		case 0:
			c = rune(1 + r.IntN(0x7f))
		case 1:
			c = rune(0x80 + r.IntN(0x800-0x80))
		case 2:
			c = rune(0x800 + r.IntN(0x10000-0x800))
		default:
			c = rune(0x10000 + r.IntN(utf8.MaxRune-0x10000))
		}
		if !utf8.ValidRune(c) {
			continue
		}
		b = utf8.AppendRune(b, c)
		if r.IntN(6) == 0 {
			b = append(b, punct[r.IntN(len(punct))]...)
		}
	}
	return b
}

var punct = []string{" ", ".", ",", "\n", `"`, "“", "”", "(", ")", "’"}

// table is rows of a name, a country, an amount and a date, as in a
// results table pasted into an article.
func table(size int) []byte {
	r := rng(size)
	first := []string{"John", "Mary", "Ahmed", "Li", "Olga", "Pedro"}
	last := []string{"Smith", "Jones", "Khan", "Wei", "Petrova", "Silva"}
	country := []string{"France", "Kenya", "China", "Russia", "Brazil", "Serbia"}
	var b bytes.Buffer
	b.WriteString("Name\tCountry\tVotes\tShare\tDate\n")
	for b.Len() < size {
		b.WriteString(first[r.IntN(6)] + " " + last[r.IntN(6)] + "\t" + country[r.IntN(6)] + "\t")
		b.WriteString(strings.Repeat("1", 1+r.IntN(6)) + "\t" + "12.5%\tMay " + string(rune('1'+r.IntN(9))) + ", 2023\n")
	}
	return b.Bytes()
}
