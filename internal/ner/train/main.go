// Command train fits newsfacts' entity tagger on CoNLL-2003 and writes the
// model that internal/ner embeds:
//
//	GOMAXPROCS=1 go run ./internal/ner/train -train ../shared/data/conll2003/train.txt \
//	    -dev ../shared/data/conll2003/valid.txt -out internal/ner/data/model.bin
//
// Training sees sentences as newsfacts sees them at run time: each CoNLL
// sentence is joined with spaces and re-tokenised with prose's tokenizer
// (which splits "A. Dale" into "A", ".", "Dale", where CoNLL keeps "A."),
// the labels are carried over to the new tokens, and CoNLL's own POS column
// is replaced by prose's tags. The IOB1 labels of the files are converted to
// BIO. It prints conlleval-style exact-span scores on the dev file, on the
// same re-tokenised sentences.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/gazetteer"
	"github.com/newsfacts/newsfacts/internal/ner"
)

func main() {
	trainPath := flag.String("train", "", "CoNLL-2003 training file")
	devPath := flag.String("dev", "", "CoNLL-2003 file for choosing the epoch and reporting scores")
	out := flag.String("out", "", "where to write the model file")
	epochs := flag.Int("epochs", 12, "passes over the training data")
	minCount := flag.Int("min-count", 2, "drop features seen fewer times in training")
	seed := flag.Uint64("seed", 1, "seed of the shuffling of documents between epochs")
	seeds := flag.Int("seeds", 1, "train with this many seeds (seed, seed+1, ...) and keep the mean of their weights")
	lexPath := flag.String("lexicon", "/usr/share/dict/american-english", "word list for the lexicon features (Debian's wamerican: SCOWL); empty for none")
	evalOnly := flag.String("eval", "", "score an existing model file on -dev instead of training")
	useLists := flag.Bool("lists", true, "read the public name lists of internal/gazetteer as features")
	clusterPath := flag.String("clusters", "internal/ner/data/clusters.tsv.gz", "word clusters built by ./internal/ner/clusters; empty for none")
	noLayout := flag.Bool("no-layout", false, "leave out the layout features (an ablation)")
	noAgg := flag.Bool("no-agg", false, "leave out context aggregation over the document (an ablation)")
	flag.Parse()
	know := knowledge{seeds: *seeds, lists: *useLists, clusters: *clusterPath, noLayout: *noLayout, noAgg: *noAgg}
	if err := run(*trainPath, *devPath, *out, *evalOnly, *lexPath, *epochs, *minCount, *seed, know); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// knowledge names the outside data the tagger is trained with.
type knowledge struct {
	seeds    int
	lists    bool
	clusters string
	noLayout bool
	noAgg    bool
}

func run(trainPath, devPath, out, evalOnly, lexPath string, epochs, minCount int, seed uint64, know knowledge) error {
	tagger, err := tag.New()
	if err != nil {
		return err
	}
	var dev []ner.TrainDoc
	if devPath != "" {
		if dev, err = readCoNLL(devPath, tagger); err != nil {
			return err
		}
	}
	if evalOnly != "" {
		f, err := os.Open(evalOnly)
		if err != nil {
			return err
		}
		defer f.Close()
		m, err := ner.Read(f)
		if err != nil {
			return err
		}
		report(m, dev, devPath)
		return nil
	}
	if trainPath == "" || out == "" {
		return fmt.Errorf("-train and -out are required")
	}
	start := time.Now()
	train, err := readCoNLL(trainPath, tagger)
	if err != nil {
		return err
	}
	fmt.Printf("read and re-tagged %d training and %d dev documents in %s\n", len(train), len(dev), time.Since(start).Round(time.Millisecond))
	var lexicon []string
	if lexPath != "" {
		data, err := os.ReadFile(lexPath)
		if err != nil {
			return fmt.Errorf("%w (install Debian's wamerican, or pass -lexicon '')", err)
		}
		lexicon = strings.Split(string(data), "\n")
	}
	opt := ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: seed, Seeds: know.seeds, Lexicon: lexicon, NoLayout: know.noLayout, NoAgg: know.noAgg, Log: os.Stdout}
	if know.lists {
		if opt.Lists, err = readLists(); err != nil {
			return err
		}
	}
	if know.clusters != "" {
		if opt.Clusters, err = readClusters(know.clusters); err != nil {
			return err
		}
	}
	start = time.Now()
	m := ner.Train(train, dev, opt)
	fmt.Printf("trained in %s\n", time.Since(start).Round(time.Millisecond))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if st, err := os.Stat(out); err == nil {
		fmt.Printf("wrote %s: %d features, %d bytes\n", out, m.Features(), st.Size())
	}
	if len(dev) > 0 {
		report(m, dev, devPath)
	}
	return nil
}

// readLists reads internal/gazetteer's lists, each name split into tokens
// by prose's tokenizer as training splits sentences.
func readLists() ([]ner.NameList, error) {
	lists, err := gazetteer.Lists()
	if err != nil {
		return nil, err
	}
	tok := tokenize.New()
	var out []ner.NameList
	for _, l := range lists {
		nl := ner.NameList{Type: int(l.Type)}
		for _, name := range l.Names {
			var words []string
			for _, t := range tok.Tokenize(name) {
				words = append(words, t.Text)
			}
			nl.Names = append(nl.Names, words)
		}
		out = append(out, nl)
	}
	return out, nil
}

// readClusters reads a gzipped cluster file: "path<TAB>word<TAB>count"
// lines after "#" header lines.
func readClusters(path string) ([]ner.ClusterEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []ner.ClusterEntry
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s: malformed line %q", path, line)
		}
		out = append(out, ner.ClusterEntry{Path: fields[0], Word: fields[1]})
	}
	return out, sc.Err()
}

// report prints conlleval-style exact-span scores.
func report(m *ner.Model, dev []ner.TrainDoc, name string) {
	ev := m.Evaluate(dev)
	fmt.Printf("scores on %s (exact spans)\n", name)
	fmt.Printf("%-14s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "right", "P", "R", "F1")
	line := func(name string, s ner.Score) {
		fmt.Printf("%-14s %6d %6d %6d %7.4f %7.4f %7.4f\n", name, s.Gold, s.Pred, s.Correct, s.Precision(), s.Recall(), s.F1())
	}
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		line(t, ev.Total(t))
	}
	line("PER+LOC+ORG", ev.Total("PER", "LOC", "ORG"))
	line("all four", ev.Total("PER", "LOC", "ORG", "MISC"))
}

// readCoNLL reads a CoNLL-2003 file: -DOCSTART- lines between documents,
// blank lines between sentences, "token POS chunk label" per line.
func readCoNLL(path string, tagger *tag.Tagger) ([]ner.TrainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []ner.TrainDoc
	var cur ner.TrainDoc
	var sent []tokenize.Token
	var labels []string
	tok := tokenize.New()
	headlines := 0
	flushSent := func() {
		if len(sent) == 0 {
			return
		}
		if inCapitals(sent) {
			// Every other headline in capitals is trained on in title
			// case, as most English news now writes headlines.
			if headlines%2 == 1 {
				titleCase(sent)
			}
			headlines++
		}
		var b strings.Builder
		starts := make([]int, len(sent))
		gold := make([]ner.Label, len(sent))
		prev := "O"
		for i, t := range sent {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(t.Text)
			gold[i] = bio(prev, labels[i])
			prev = labels[i]
		}
		toks := tok.Tokenize(b.String())
		tagger.TagTokens(toks)
		first := len(cur.Tokens)
		orig := 0
		for _, t := range toks {
			for orig+1 < len(starts) && starts[orig+1] <= t.Start {
				orig++
			}
			l := gold[orig]
			if t.Start != starts[orig] && l != ner.O {
				// A later piece of a split token continues its entity.
				l, _ = ner.ParseLabel("I-" + l.Type())
			}
			cur.Tokens = append(cur.Tokens, ner.Token{Text: t.Text, Tag: t.Tag})
			cur.Gold = append(cur.Gold, l)
		}
		cur.Sents = append(cur.Sents, ner.Span{First: first, Last: len(cur.Tokens)})
		sent, labels = sent[:0], labels[:0]
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Tokens) > 0 {
			docs = append(docs, cur)
		}
		cur = ner.TrainDoc{}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flushSent()
		case fields[0] == "-DOCSTART-":
			flushDoc()
		case len(fields) < 2:
			return nil, fmt.Errorf("%s: malformed line %q", path, sc.Text())
		default:
			sent = append(sent, tokenize.Token{Text: fields[0]})
			labels = append(labels, fields[len(fields)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// bio converts an IOB1 label to BIO given the label before it: in IOB1 an
// I- label opens an entity unless it continues one of its type.
func bio(prev, cur string) ner.Label {
	if strings.HasPrefix(cur, "I-") && (prev == "O" || prev[2:] != cur[2:]) {
		cur = "B-" + cur[2:]
	}
	l, _ := ner.ParseLabel(cur)
	return l
}

// inCapitals reports whether a sentence is written in capitals, as CoNLL's
// headlines are ("SOCCER - JAPAN GET LUCKY WIN").
func inCapitals(sent []tokenize.Token) bool {
	upper, letters := 0, 0
	for _, t := range sent {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters >= 8 && upper == letters
}

// smallWords stay in lower case inside a title-case headline.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true,
	"or": true, "of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"as": true, "with": true, "from": true, "into": true, "over": true, "vs": true}

// titleCase rewrites a sentence in capitals in title case: "JAPAN GET LUCKY
// WIN IN THE ASIAN CUP" -> "Japan Get Lucky Win in the Asian Cup".
func titleCase(sent []tokenize.Token) {
	for i, t := range sent {
		lower := strings.ToLower(t.Text)
		if i > 0 && smallWords[lower] {
			sent[i].Text = lower
			continue
		}
		r, n := utf8.DecodeRuneInString(lower)
		sent[i].Text = string(unicode.ToUpper(r)) + lower[n:]
	}
}
