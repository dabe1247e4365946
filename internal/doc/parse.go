package doc

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/ner"
	"github.com/newsfacts/newsfacts/internal/postag"
	"github.com/newsfacts/newsfacts/internal/punkt"
	"github.com/newsfacts/newsfacts/internal/tokenize"
)

// Token is a word or punctuation mark with its part-of-speech tag (Penn
// Treebank) and, when entities were asked for, its BIO entity label from
// internal/ner ("B-PER", "I-ORG", "O").
type Token struct {
	Text     string
	Tag      string
	Label    string
	Start    int
	End      int
	Sentence int
}

// Sentence is a span of text; Tokens[First:Last] of the document are its
// tokens.
type Sentence struct {
	Index      int
	Start, End int
	Text       string
	Paragraph  int
	First      int
	Last       int
}

// Paragraph is a run of non-blank lines.
type Paragraph struct {
	Index      int
	Start, End int
}

// Entity is a named entity found by internal/ner. Label is the entity label
// of the output for the tagger's CoNLL type: PERSON, ORG, GPE (CoNLL's LOC:
// countries, cities and other places) and MISC (nationalities, events,
// works and other names), which the entities extractor refines (NORP, LOC,
// FAC) or drops.
type Entity struct {
	Text       string
	Label      string
	Start, End int
	Sentence   int
}

// Document is one parsed input. Text is the input exactly as given (a UTF-8
// byte order mark stays in Text but belongs to no sentence), so every offset
// indexes the original bytes.
type Document struct {
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	// Entities is nil unless Options.Entities was set: the entity tagger
	// is the slowest stage, so it runs only when a kind needs it.
	Entities []Entity
}

// Options chooses the optional stages of Parse.
type Options struct {
	Entities bool
}

type models struct {
	tagger *postag.Model
	err    error
}

// load builds the models once per process; they are safe to share. The
// part-of-speech model is prose's, read by internal/postag, which tags
// exactly as prose's tag.Tagger but without building feature strings. The
// sentence segmenter (internal/punkt) reads its model in place and needs
// no load. The entity model loads apart (loadNER), only when a run needs
// entities.
var load = sync.OnceValue(func() *models {
	m := &models{}
	m.tagger, m.err = postag.Default()
	return m
})

// startNER begins loading the entity model in the background, so that it
// overlaps the other loads and the parsing of the first document.
var startNER sync.Once

// parser is the scratch space of one Parse call, pooled so that a corpus
// run reuses its buffers from one document to the next.
type parser struct {
	tagger *postag.Tagger
	seg    punkt.Segmenter
	pieces []tokenize.Token
	words  []string
	tags   []string
	// the entity tagger's input and output
	toks   []ner.Token
	sents  []ner.Span
	labels []ner.Label
	chunks []ner.Chunk
	// the document's sentences and entities as they grow, copied out at
	// their final length
	sentences []Sentence
	entities  []Entity
	// the lines, blocks and credit splits of the current paragraph
	lines  [][2]int
	blocks [][2]int
	spans  [][2]int
}

var parsers sync.Pool

var loadNER = sync.OnceValues(ner.Default)

// Parse builds the document model of text. text must be valid UTF-8 (the
// input package checks that before parsing).
func Parse(text string, opt Options) (*Document, error) {
	if opt.Entities && hasWord(text) {
		startNER.Do(func() { go loadNER() })
	}
	m := load()
	if m.err != nil {
		return nil, m.err
	}
	// News English averages a token per five to six bytes; sizing Tokens
	// for one per five spares the copies of growing it (a third of the
	// bytes Parse allocated).
	d := &Document{Text: text, Tokens: make([]Token, 0, len(text)/5+16)}
	p, _ := parsers.Get().(*parser)
	if p == nil {
		p = &parser{tagger: m.tagger.NewTagger()}
	}
	defer func() {
		// Drop the pooled views into this document's text.
		clear(p.pieces[:cap(p.pieces)])
		clear(p.words[:cap(p.words)])
		clear(p.toks[:cap(p.toks)])
		clear(p.sentences[:cap(p.sentences)])
		clear(p.entities[:cap(p.entities)])
		parsers.Put(p)
	}()
	d.Paragraphs = SplitParagraphs(text)
	p.sentences = p.sentences[:0]
	for i := range d.Paragraphs {
		para := &d.Paragraphs[i]
		para.Index = i
		p.blocks = blocks(p.blocks[:0], &p.lines, text, *para)
		for _, b := range p.blocks {
			block := text[b[0]:b[1]]
			if unbroken(block) {
				// A heading, byline or dateline: prose would find
				// the one sentence the long way.
				if s, e := punkt.TrimSpace(block); s < e {
					d.addSentence(m, p, para.Index, b[0]+s, b[0]+e)
				}
				continue
			}
			segs := p.seg.Segment(block)
			for k := 0; k < len(segs); k++ {
				start, end := segs[k].Start, segs[k].End
				// A title before a name never ends a sentence, even
				// when the name is also a word ("added Mr. Bell").
				for k+1 < len(segs) && endsInTitle(block[segs[k].Start:segs[k].End]) && startsUpper(block[segs[k+1].Start:]) {
					k++
					end = segs[k].End
				}
				d.addSentence(m, p, para.Index, b[0]+start, b[0]+end)
			}
		}
	}
	if len(p.sentences) > 0 {
		d.Sentences = slices.Clone(p.sentences)
	}
	if opt.Entities && len(d.Tokens) == 0 {
		// Nothing to label (an empty or blank input): the entity
		// model's load, a third of such a run, is not needed.
		d.Entities = []Entity{}
	} else if opt.Entities {
		tagger, err := loadNER()
		if err != nil {
			return nil, err
		}
		d.label(tagger, p)
	}
	return d, nil
}

// addSentence records the sentence text[start:end] with its tagged tokens,
// splitting it first where a parenthesised credit follows a full stop.
func (d *Document) addSentence(m *models, p *parser, para, start, end int) {
	p.spans = splitCredits(p.spans[:0], d.Text, start, end)
	for _, span := range p.spans {
		p.pieces = tokenize.Append(p.pieces[:0], d.Text[span[0]:span[1]])
		all := p.pieces
		// A sentence of more than MaxSentenceTokens tokens goes on as
		// a new sentence at that token; every piece from the first starts
		// at a token and every piece to the last ends at one.
		for from := 0; ; {
			to := min(len(all), from+MaxSentenceTokens)
			toks := all[from:to]
			st, en := span[0], span[1]
			if from > 0 {
				st = span[0] + toks[0].Start
			}
			if to < len(all) {
				en = span[0] + toks[len(toks)-1].End
			}
			d.addTokens(p, para, st, en, span[0], toks)
			if from = to; from >= len(all) {
				break
			}
		}
	}
}

// MaxSentenceTokens bounds a sentence (issue 18). No news sentence comes
// near it; a text without sentence punctuation (a table, a long line, a
// million quote marks) would otherwise be one sentence, and the
// per-sentence arrays of the taggers would be as large as the document.
const MaxSentenceTokens = 1024

// addTokens records the sentence text[start:end] with its tokens toks,
// whose offsets are from base, and tags them.
func (d *Document) addTokens(p *parser, para, start, end, base int, toks []tokenize.Token) {
	s := Sentence{Index: len(p.sentences), Start: start, End: end,
		Text: d.Text[start:end], Paragraph: para, First: len(d.Tokens)}
	p.words = p.words[:0]
	for _, t := range toks {
		d.Tokens = append(d.Tokens, Token{Text: t.Text, Start: base + t.Start,
			End: base + t.End, Sentence: s.Index})
		p.words = append(p.words, t.Text)
	}
	s.Last = len(d.Tokens)
	if cap(p.tags) < len(toks) {
		p.tags = make([]string, len(toks), 2*len(toks))
	}
	tags := p.tags[:len(toks)]
	p.tagger.Tag(p.words, tags)
	for i, tag := range tags {
		d.Tokens[s.First+i].Tag = tag
	}
	p.sentences = append(p.sentences, s)
}

// entityLabels maps internal/ner's CoNLL types to the output's labels.
var entityLabels = map[string]string{
	"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC",
}

// label tags the whole document at once, since the tagger reads how the rest
// of the article writes a word, and turns the labels into entities.
func (d *Document) label(tagger *ner.Model, p *parser) {
	toks := p.toks[:0]
	for _, t := range d.Tokens {
		toks = append(toks, ner.Token{Text: t.Text, Tag: t.Tag})
	}
	sents := p.sents[:0]
	for _, s := range d.Sentences {
		sents = append(sents, ner.Span{First: s.First, Last: s.Last})
	}
	labels := append(p.labels[:0], make([]ner.Label, len(toks))...)
	p.toks, p.sents, p.labels = toks, sents, labels
	tagger.Label(toks, sents, labels)
	for i, l := range labels {
		d.Tokens[i].Label = l.String()
	}
	ents := p.entities[:0]
	for si, s := range d.Sentences {
		p.chunks = ner.AppendChunks(p.chunks[:0], labels[s.First:s.Last])
		for _, c := range p.chunks {
			start, end := d.Tokens[s.First+c.First].Start, d.Tokens[s.First+c.Last-1].End
			ents = append(ents, Entity{Text: d.Text[start:end], Label: entityLabels[c.Type],
				Start: start, End: end, Sentence: si})
		}
	}
	p.entities = ents
	d.Entities = append(make([]Entity, 0, len(ents)), ents...)
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or of the nearest sentence before it; -1 before the first sentence.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].Start <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// paragraphs splits text[begin:] at blank lines. Lines end in \n or \r\n; a
// line of only white space is blank.
func paragraphs(text string, begin int) []Paragraph {
	var out []Paragraph
	start := -1
	end := 0
	for pos := begin; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
			next = lineEnd + 1
		}
		ls, le := trim(text, pos, lineEnd)
		if ls == le {
			if start >= 0 {
				out = append(out, Paragraph{Start: start, End: end})
				start = -1
			}
		} else {
			if start < 0 {
				start = ls
			}
			end = le
		}
		pos = next
	}
	if start >= 0 {
		out = append(out, Paragraph{Start: start, End: end})
	}
	return out
}

// blocks splits a paragraph at the ends of lines that stand alone: a heading,
// a byline or a "Source:" line does not end in sentence punctuation, and a
// line that does is a complete sentence unless it ends in an abbreviation.
// Hard-wrapped prose continues over line breaks, so a line break is only a
// boundary when the line is visibly shorter than the paragraph's longest line
// or ends a sentence.
//
// It appends the blocks to out, using *lines as scratch.
func blocks(out [][2]int, lines *[][2]int, text string, p Paragraph) [][2]int {
	ls := (*lines)[:0]
	defer func() { *lines = ls }()
	for pos := p.Start; pos < p.End; {
		nl := strings.IndexByte(text[pos:p.End], '\n')
		le := p.End
		next := p.End
		if nl >= 0 {
			le = pos + nl
			next = le + 1
		}
		if s, e := trim(text, pos, le); s < e {
			ls = append(ls, [2]int{s, e})
		}
		pos = next
	}
	longest := 0
	for _, l := range ls {
		longest = max(longest, utf8.RuneCountInString(text[l[0]:l[1]]))
	}
	start := p.Start
	for i, l := range ls[:len(ls)-1] {
		line := text[l[0]:l[1]]
		short := utf8.RuneCountInString(line)*10 < longest*6
		if endsSentence(line) || (short && !continues(line, text[ls[i+1][0]:ls[i+1][1]])) {
			out = append(out, [2]int{start, l[1]})
			start = ls[i+1][0]
		}
	}
	return append(out, [2]int{start, p.End})
}

// endsSentence reports whether a line ends with sentence punctuation, possibly
// inside closing quotes or brackets, and not after a title abbreviation.
func endsSentence(line string) bool {
	s := strings.TrimRight(line, "\"'”’»)]")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '!', '?':
		return true
	case '.':
		w := s[strings.LastIndexAny(s, " \t(")+1 : len(s)-1]
		return !abbreviation(w)
	}
	return false
}

// continues reports whether next plainly carries on the sentence of line: it
// starts in lower case, or line ends in a word that cannot end a sentence.
func continues(line, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	last := line[strings.LastIndexAny(line, " \t")+1:]
	switch last[len(last)-1] {
	case ',', ';', '-', '&':
		return true
	}
	switch strings.ToLower(last) {
	case "and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at", "from":
		return true
	}
	return false
}

// abbreviation reports whether w (without its final period) is a title or
// initial after which a line break does not end the sentence.
func abbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		return true // an initial ("J.") or "U.S."
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
		"sgt", "capt", "st", "jr", "sr", "no", "mt", "ft", "rev", "maj", "adm", "cmdr", "vs":
		return true
	}
	return false
}

// endsInTitle reports whether a segment ends in a title abbreviation
// ("Mr.", "Sen."), which the segmenter takes for a full stop before a
// capitalised word that is also a common word ("Mr. Bell", "Mr. Young").
func endsInTitle(seg string) bool {
	seg = strings.TrimRight(seg, " \t\n")
	if !strings.HasSuffix(seg, ".") {
		return false
	}
	w := seg[strings.LastIndexAny(seg, " \t\n(\"“")+1 : len(seg)-1]
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
		"sgt", "capt", "rev", "maj", "adm", "cmdr", "messrs", "supt", "insp":
		return true
	}
	return false
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t\n"))
	return unicode.IsUpper(r)
}

// splitCredits splits a sentence before a parenthesised group that follows a
// full stop, as photo credits do: "... May 30, 2023. (AP Photo/Bojan
// Slavkovic)". It appends the parts to out.
//
// Many ". (" can share one far ")" ("a. (b a. (b ... )"): the bracket found
// is kept and searched for again only once passed, so the whole sentence is
// scanned once.
func splitCredits(out [][2]int, text string, start, end int) [][2]int {
	from := start
	shut := -1 // the first ')' at or after the last open, once found
	for pos := start; pos < end; {
		i := strings.Index(text[pos:end], ". (")
		if i < 0 {
			break
		}
		open := pos + i + 2
		if shut < open {
			c := strings.IndexByte(text[open:end], ')')
			if c < 0 {
				break
			}
			shut = open + c
		}
		close := shut - open
		// "at 3 p.m. (1900 GMT) on Tuesday" goes on after the bracket; a
		// credit ends the sentence or is followed by a new one.
		rest := strings.TrimLeft(text[open+close+1:end], " \t")
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsUpper(r) {
			out = append(out, [2]int{from, open - 1})
			from = open
		}
		pos = open
	}
	return append(out, [2]int{from, end})
}

// unbroken reports whether prose's segmenter must return block whole: every
// sentence break of its Punkt tokenizer (sentences.v1 and prose's
// customisations) is at a token holding '.', '?' or '!'.
func unbroken(block string) bool { return !strings.ContainsAny(block, ".?!") }

// hasWord reports whether text holds anything but white space, so that a
// blank input does not start the entity model's load.
func hasWord(text string) bool {
	return strings.TrimFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }) != ""
}

// trim narrows [start,end) past white space at both ends.
func trim(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// CountParagraphs is the number of paragraphs Parse finds in text, without
// parsing it: a caller that parses a long text in windows of whole
// paragraphs (internal/window) numbers each window's paragraphs after those
// of the windows before.
func CountParagraphs(text string) int { return len(SplitParagraphs(text)) }

// SplitParagraphs returns the paragraphs of text as Parse finds them (a
// byte order mark at the start belongs to none), numbered, without parsing
// the sentences: `check` reads the quotation marks of a text by paragraph
// as the quote extractor does, on the same paragraphs.
func SplitParagraphs(text string) []Paragraph {
	begin := 0
	if strings.HasPrefix(text, "\uFEFF") {
		begin = len("\uFEFF")
	}
	ps := paragraphs(text, begin)
	for i := range ps {
		ps[i].Index = i
	}
	return ps
}
