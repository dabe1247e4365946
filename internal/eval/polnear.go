package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates attributions in
// US political news: a directory with text/NAME.txt and, per annotator,
// attributions/NAME_ANNOTATOR.ann in brat standoff. T lines are spans
// ("T3<TAB>Content 226 297;301 310<TAB>text") whose offsets count
// characters (Unicode code points), not bytes; E lines join a Cue, a Content
// and usually a Source into one attribution ("E1<TAB>Attribution:T4
// Content:T3 Cue:T2 Source:T1"; "Attribution-no-source" has no Source).
// Discuss and Discard spans are annotators' notes and are not read.
//
// An article annotated by several annotators is scored against one file:
// the first by name, so the choice does not depend on the directory order.
//
// PolNeAR marks beliefs, intentions and perceptions as attributions too
// ("Trump believes", "polls show", "critique of his opponents"). newsfacts
// reports speech only, so each attribution is classed by its cue:
//   - speech: a cue word in speechCues (said, told, according to, wrote,
//     tweeted, a statement, ...) or content in quotation marks, whatever the
//     cue; and the content has at least minContentWords words, since a
//     speech verb with a noun phrase as content ("asked about the wall") is
//     not reported speech;
//   - anything else is not scored: it counts neither as a miss nor, when a
//     prediction overlaps it, as a false alarm.
//
// A speech attribution is direct when its content holds a quoted passage of
// at least minDirectWords words: each such passage (the text between one
// pair of marks, marks excluded) is one direct item, as newsfacts reports
// one quote per pair of marks. Otherwise it is one indirect item spanning
// its content (a quoted term of one or two words keeps it indirect, the
// dev gold's "mixed").
//
// A predicted speaker is right when the mention it was read from
// (speaker_start..speaker_end) overlaps the gold Source, or when it names
// the same entity: the last word of the predicted speaker is a word of the
// gold Source, case aside ("Morris" in "Spokeswoman Haley Morris", "Coan"
// in "Coan, Santilli's attorney,"; but not "Clinton" in "Clinton's
// spokesman": a possessive names someone else). Attributions with no
// Source do not score the speaker; a pronoun Source ("he") matches only by
// mention, since the gold has no coreference. A relative pronoun Source
// ("Barkley, who said") also matches a mention ending just before it.

// FormatPolNeAR names the PolNeAR directory format.
const FormatPolNeAR = "polnear"

const (
	minContentWords = 3
	minDirectWords  = 3
)

// speechCues are the words that make a PolNeAR cue a speech cue, lower
// case. The eval keeps its own list, apart from the extractor's lexicon, so
// that widening the extractor cannot move the goal posts.
var speechCues = wordSet(`
according acknowledge acknowledged acknowledges acknowledging add added adding adds
admit admits admitted admitting advise advised announce announced announcement announces announcing
answer answered answering answers argue argued argues arguing argument assert asserted asserting asserts
assure assured ask asked asking asks boast boasted bragged chanted charge charged charges claim claimed
claiming claims comment commented comments concede conceded concedes confirm
confirmed confirms contend contended contends continue continued continues cried declare declared
declares declaring demand demanded demanding demands deny denied denies denying describe described
describes describing email emailed emails explain explained explaining explains
insist insisted insisting insists interview joke joked joking lamented letter mention mentioned
note noted notes noting posted pledge pledged proclaimed promise
promised promises promising quipped quote quoted read reads recall recalled recalling recalls
reiterated remark remarked remarks repeat repeated replied replies reply report reported reporting
reports respond responded responding responds retorted said saying say says shout shouted speech
spokesman spokeswoman state stated statement statements states stating stress stressed swore tell telling tells testified testify told tweet tweeted tweeting
tweets urge urged urges urging vow vowed vowing vows warn warned warning warns wrote write writes writing
yelled :
`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isPolNeAR reports whether dir is a PolNeAR compartment: text/ and
// attributions/ side by side.
func isPolNeAR(dir string) bool {
	for _, sub := range []string{"text", "attributions"} {
		if fi, err := os.Stat(filepath.Join(dir, sub)); err != nil || !fi.IsDir() {
			return false
		}
	}
	return true
}

// polnearFiles lists the article texts of a PolNeAR directory by name.
func polnearFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no text/*.txt", dir)
	}
	sort.Strings(files)
	return files, nil
}

// polnearAnnotation returns the annotation file scored for an article: the
// first attributions/NAME_ANNOTATOR.ann by name.
func polnearAnnotation(textPath string) (string, error) {
	dir := filepath.Join(filepath.Dir(filepath.Dir(textPath)), "attributions")
	name := strings.TrimSuffix(filepath.Base(textPath), ".txt")
	anns, err := annotationFiles(dir)
	if err != nil {
		return "", err
	}
	// The names are sorted, so NAME_ANNOTATOR.ann files are found by binary
	// search from NAME_; a longer article name that starts with NAME and an
	// underscore ("cafe_two") is someone else's, told by its underscore.
	prefix := name + "_"
	for i := sort.SearchStrings(anns, prefix); i < len(anns) && strings.HasPrefix(anns[i], prefix); i++ {
		if rest := strings.TrimPrefix(anns[i], prefix); !strings.Contains(rest, "_") && strings.HasSuffix(rest, ".ann") {
			return filepath.Join(dir, anns[i]), nil
		}
	}
	return "", fmt.Errorf("%s: no attributions/%s_*.ann", textPath, name)
}

// annotationFiles lists a directory's names once per process: looking up
// each article's file with a glob would read the directory once per article.
var annotationFiles = func() func(dir string) ([]string, error) {
	var mu sync.Mutex
	cache := map[string][]string{}
	return func(dir string) ([]string, error) {
		mu.Lock()
		defer mu.Unlock()
		if names, ok := cache[dir]; ok {
			return names, nil
		}
		f, err := os.Open(dir)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		cache[dir] = names
		return names, nil
	}
}()

// bratSpan is one T line: its type, its fragments as byte offsets and its
// text as the file gives it.
type bratSpan struct {
	typ   string
	frags [][2]int
	text  string
}

// attribution is one E line resolved to byte spans.
type attribution struct {
	cue, content, source *bratSpan
}

// parseBrat reads a brat standoff file against its text. Offsets count code
// points and become byte offsets here. A span's text must begin with the
// text of its first fragment (brat joins fragments with a space, and a
// fragment may cross a line, which cuts the line).
func parseBrat(where, text string, data []byte) ([]attribution, error) {
	// byteAt[i] is the byte offset of code point i.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string]*bratSpan{}
	type event struct {
		args map[string]string
	}
	var events []event
	for n, line := range strings.Split(string(data), "\n") {
		fields := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(fields) < 2 {
			continue // a blank line, or the rest of a span text that crossed a line
		}
		id := fields[0]
		switch {
		case strings.HasPrefix(id, "T"):
			typ, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("%s:%d: want \"TYPE START END\"", where, n+1)
			}
			sp := &bratSpan{typ: typ}
			if len(fields) > 2 {
				sp.text = fields[2]
			}
			for _, frag := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(frag, " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					return nil, fmt.Errorf("%s:%d: bad offsets %q (text has %d characters)", where, n+1, frag, len(byteAt)-1)
				}
				sp.frags = append(sp.frags, [2]int{byteAt[s], byteAt[e]})
			}
			if !fragmentsMatch(text, sp) {
				return nil, fmt.Errorf("%s:%d: text at %s is not %q", where, n+1, offs, sp.text)
			}
			// Fragments in text order: some files list them otherwise.
			sort.Slice(sp.frags, func(i, j int) bool { return sp.frags[i][0] < sp.frags[j][0] })
			spans[id] = sp
		case strings.HasPrefix(id, "E"):
			args := map[string]string{}
			for _, a := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(a, ":")
				if ok {
					args[role] = ref
				}
			}
			events = append(events, event{args})
		}
	}
	var out []attribution
	for _, ev := range events {
		a := attribution{cue: spans[ev.args["Cue"]], content: spans[ev.args["Content"]], source: spans[ev.args["Source"]]}
		if a.content == nil {
			continue // a few events lack their Content: nothing to score
		}
		out = append(out, a)
	}
	return out, nil
}

// fragmentsMatch checks a span's text against its fragments: brat joins
// fragments with a space, and a text crossing a line is cut at the newline.
func fragmentsMatch(text string, sp *bratSpan) bool {
	var b strings.Builder
	for i, f := range sp.frags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[f[0]:f[1]])
	}
	joined := b.String()
	return strings.HasPrefix(joined, sp.text) || strings.HasPrefix(sp.text, joined)
}

// loadPolNeAR reads one article and its annotation file.
func loadPolNeAR(path string, data []byte) ([]*document, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8", path)
	}
	text := string(data)
	ann, err := polnearAnnotation(path)
	if err != nil {
		return nil, err
	}
	adata, err := os.ReadFile(ann)
	if err != nil {
		return nil, err
	}
	attrs, err := parseBrat(ann, text, adata)
	if err != nil {
		return nil, err
	}
	// Tags tell a reported clause from a noun phrase (see isClause). The
	// pipeline parses again when it runs; this parse serves the gold only.
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	gold, other := polnearItems(text, d.Tokens, attrs)
	source := filepath.Base(path)
	return []*document{{
		source: source,
		text:   text,
		kinds:  []string{facts.KindQuotes},
		score: func(s *scorer, pred *facts.Document) {
			scorePolNeAR(s, source, text, gold, other, pred)
		},
	}}, nil
}

// polnearItems turns attributions into gold quote items (speech) and the
// extents of the attributions that are not scored (other).
func polnearItems(text string, toks []doc.Token, attrs []attribution) (gold, other []Item) {
	for _, a := range attrs {
		cs, ce := a.content.frags[0][0], a.content.frags[len(a.content.frags)-1][1]
		var content strings.Builder
		for _, f := range a.content.frags {
			content.WriteString(text[f[0]:f[1]])
			content.WriteByte(' ')
		}
		passages := quotedPassages(text, a.content.frags)
		cue := ""
		if a.cue != nil {
			cue = a.cue.text
		}
		speech := isSpeech(cue, len(passages) > 0, content.String())
		if speech && len(passages) == 0 {
			speech = isClause(toks, cs, ce, cue)
		}
		if !speech {
			other = append(other, Item{Start: cs, End: ce, Text: text[cs:ce]})
			continue
		}
		base := Item{Attrs: map[string]string{}}
		if a.source != nil {
			base.Attrs["speaker"] = normAttr(facts.KindQuotes, "speaker", a.source.text)
			base.speaker = a.source.frags
			if relativePronouns[strings.ToLower(a.source.text)] {
				// "Barkley, who said": the Source is "who", which
				// stands for the phrase just before it; a mention
				// ending there (past ", ") is the same speaker.
				s := a.source.frags[0][0]
				base.speaker = append([][2]int{{max(0, s-3), s}}, base.speaker...)
			}
		}
		if len(passages) == 0 {
			it := base
			it.Start, it.End, it.Text, it.Label = cs, ce, text[cs:ce], "indirect"
			it.Attrs = withKind(base.Attrs, "indirect")
			gold = append(gold, it)
			continue
		}
		for _, p := range passages {
			it := base
			it.Start, it.End, it.Text, it.Label = p[0], p[1], text[p[0]:p[1]], "direct"
			it.Attrs = withKind(base.Attrs, "direct")
			gold = append(gold, it)
		}
	}
	return gold, other
}

var relativePronouns = map[string]bool{"who": true, "which": true, "that": true}

func withKind(attrs map[string]string, kind string) map[string]string {
	m := make(map[string]string, len(attrs)+1)
	for k, v := range attrs {
		m[k] = v
	}
	m["kind"] = kind
	return m
}

// isSpeech classes an attribution by its cue and content.
func isSpeech(cue string, quoted bool, content string) bool {
	if countWords(content) < minContentWords {
		return false
	}
	if quoted {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool {
		return !unicode.IsLetter(r) && r != ':'
	}) {
		if speechCues[w] {
			return true
		}
	}
	return false
}

// finiteTags are the Penn tags of a finite verb.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// directiveCues take an infinitive clause as what was said: "urged the
// administration to join", "called on Congress to act".
var directiveCues = wordSet(`urge urged urges urging ask asked asks asking call called calls calling
demand demanded demands demanding tell told tells telling vow vowed vows pledge pledged promise promised
promises warn warned`)

// isClause reports whether the content text[cs:ce] is a reported clause
// rather than a noun phrase ("announced her plan to run"): it holds a
// finite verb, or, after a directive cue, an infinitive (to + VB).
func isClause(toks []doc.Token, cs, ce int, cue string) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= cs })
	directive := false
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		directive = directive || directiveCues[w]
	}
	for ; i < len(toks) && toks[i].End <= ce; i++ {
		if finiteTags[toks[i].Tag] {
			return true
		}
		if directive && toks[i].Tag == "VB" && i > 0 && strings.EqualFold(toks[i-1].Text, "to") {
			return true
		}
	}
	return false
}

func countWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// quotedPassages returns the quoted passages of at least minDirectWords
// words inside a content's fragments, marks excluded. Curly marks pair by
// direction; a straight mark (or two apostrophes) opens when nothing is
// open. A passage still
// open at the end of its fragment ends there (a quote continued into the
// next paragraph); a closing mark with nothing open closes a passage that
// began at the fragment's start (PolNeAR sometimes leaves the opening mark
// out of the content).
func quotedPassages(text string, frags [][2]int) [][2]int {
	var out [][2]int
	add := func(s, e int) {
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && unicode.IsSpace(rune(text[e-1])) {
			e--
		}
		if countWords(text[s:e]) >= minDirectWords {
			out = append(out, [2]int{s, e})
		}
	}
	for _, f := range frags {
		open := -1
		for i := f[0]; i < f[1]; {
			r, size := utf8.DecodeRuneInString(text[i:])
			// Two apostrophes are a double mark (the NYT's convention),
			// paired as a straight mark is; two backquotes open.
			if (r == '\'' || r == '`') && i+1 < f[1] && text[i+1] == byte(r) {
				if r == '`' {
					r = '“'
				} else {
					r = '"'
				}
				size = 2
			}
			switch {
			case r == '“' || (r == '"' && open < 0):
				if open < 0 {
					open = i + size
				}
			case r == '”' || r == '"':
				if open >= 0 {
					add(open, i)
				} else {
					add(f[0], i)
				}
				open = -1
			}
			i += size
		}
		if open >= 0 {
			add(open, f[1])
		}
	}
	return out
}

// scorePolNeAR adds the quote figures of one article. Predictions that
// overlap no speech item but overlap an attribution that is not scored
// (a belief, an intention) are left out rather than counted false alarms.
func scorePolNeAR(s *scorer, source, text string, gold, other []Item, pred *facts.Document) {
	var p []Item
	for _, q := range pred.Quotes {
		kind := q.Kind
		if kind == "mixed" {
			kind = "indirect"
		}
		it := Item{Start: q.Start, End: q.End, Text: q.Text, Label: kind,
			Attrs: map[string]string{"speaker": normAttr(facts.KindQuotes, "speaker", q.Speaker), "kind": kind}}
		if q.Speaker != "" {
			it.speaker = [][2]int{{q.SpeakerStart, q.SpeakerEnd}}
		}
		hits := func(items []Item) bool {
			for _, g := range items {
				if overlap(g, it) > 0 {
					return true
				}
			}
			return false
		}
		if !hits(gold) && hits(other) {
			continue
		}
		p = append(p, it)
	}
	attrs := []string{"speaker", "kind"}
	all := s.figure(Figure{Name: facts.KindQuotes, Kind: facts.KindQuotes, Match: Overlap, errors: true, attrs: attrs, same: polnearSame})
	s.add(all, source, text, gold, p)
	for _, label := range []string{"direct", "indirect"} {
		f := s.figure(Figure{Name: facts.KindQuotes + "." + label, Kind: facts.KindQuotes, Label: label, Match: Overlap, attrs: attrs[:1], same: polnearSame})
		s.add(f, source, text, byLabel(gold, label), byLabel(p, label))
	}
}

func byLabel(items []Item, label string) []Item {
	var out []Item
	for _, it := range items {
		if it.Label == label {
			out = append(out, it)
		}
	}
	return out
}

// polnearSame compares a gold and a predicted attribute; the speaker
// matches by mention or by entity (see the package comment above).
func polnearSame(attr string, g, p Item) bool {
	if attr != "speaker" {
		return g.Attrs[attr] == p.Attrs[attr]
	}
	if p.Attrs["speaker"] == "" {
		return false
	}
	for _, gs := range g.speaker {
		for _, ps := range p.speaker {
			if min(gs[1], ps[1]) > max(gs[0], ps[0]) {
				return true
			}
		}
	}
	last := lastWord(p.Attrs["speaker"])
	for _, w := range strings.Fields(g.Attrs["speaker"]) {
		if last != "" && trimWord(w) == last {
			return true
		}
	}
	return false
}

// lastWord is the last word of a name without a possessive: "haley
// morris" -> "morris", "o'malley's campaign" -> "campaign".
func lastWord(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return ""
	}
	last := trimWord(w[len(w)-1])
	for _, pos := range []string{"'s", "’s"} {
		last = strings.TrimSuffix(last, pos)
	}
	return last
}

// trimWord drops the punctuation around a word: "(d-ore.)," -> "d-ore".
func trimWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
