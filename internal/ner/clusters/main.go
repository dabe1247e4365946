// Command clusters learns word clusters from unlabeled news for the entity
// tagger's features and writes them as internal/ner/data/clusters.tsv.gz:
//
//	go run ./internal/ner/clusters -shared ../shared/data -out internal/ner/data/clusters.tsv.gz
//
// Words that occur in the same contexts ("Tuesday" and "Friday", "Clinton"
// and "Yeltsin", "shares" and "stocks") get clusters with a long common
// prefix, so that the tagger can generalise from a name it saw in CoNLL to
// one it never saw but that the unlabeled news uses the same way.
//
// The clusters are hierarchical, like Brown clusters (Brown et al. 1992, as
// Ratinov and Roth 2009 use them for NER), but found by a faster method
// that needs no other library: each word of the vocabulary is described by
// the words around it (positions -2..+2, over the most frequent context
// words, weighted by positive pointwise mutual information), the
// descriptions are projected to a few dense dimensions, and the words are
// split in two by spherical 2-means, again and again, to a fixed depth. A
// word's cluster is the bit path of its splits. Everything is
// deterministic: the same text gives the same file.
//
// The text: CoNLL-2003 train (its words only, never valid), TempEval-3
// TBAQ, MEANTIME and PolNeAR train, tokenised with prose's tokenizer as the
// tagger sees text, case- and digit-folded as the tagger folds words.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v3/tokenize"
)

func main() {
	shared := flag.String("shared", "../shared/data", "the shared data folder")
	out := flag.String("out", "internal/ner/data/clusters.tsv.gz", "where to write the clusters")
	minCount := flag.Int("min-count", 5, "cluster only words seen this often")
	contexts := flag.Int("contexts", 1000, "context words per position")
	dims := flag.Int("dims", 96, "dimensions of the projection")
	k := flag.Int("k", 300, "number of clusters")
	flag.Parse()
	if err := run(*shared, *out, *minCount, *contexts, *dims, *k); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

// fold is the tagger's folding of a word: lower case, every digit 0.
func fold(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return unicode.ToLower(r)
	}, w)
}

func run(shared, out string, minCount, nctx, dims, k int) error {
	sents, err := readText(shared)
	if err != nil {
		return err
	}
	vocab, counts, tokens := vocabulary(sents, minCount)
	fmt.Fprintf(os.Stderr, "%d sentences, %d tokens, %d words, %d seen %d times or more\n", len(sents), tokens, len(counts), len(vocab), minCount)
	id := make(map[string]int, len(vocab))
	for i, w := range vocab {
		id[w] = i
	}
	if nctx > len(vocab) {
		nctx = len(vocab)
	}
	rows, colSum := contextCounts(sents, id, nctx)
	rng := rand.New(rand.NewPCG(1, 2))
	vecs := ppmiVectors(rows, colSum, dims, rng)
	paths := cluster(vecs, k, rng)
	header := fmt.Sprintf("# clusters.tsv: hierarchical word clusters, built by internal/ner/clusters (min-count %d, %d context words, %d dimensions, %d clusters)\n", minCount, nctx, dims, k) +
		fmt.Sprintf("# from the text of CoNLL-2003 train, TempEval-3 TBAQ, MEANTIME (CC BY 4.0) and PolNeAR train: %d tokens; columns: bit path, folded word, count\n", tokens)
	return writeClusters(out, header, vocab, counts, paths)
}

// vocabulary counts the words and returns those seen at least minCount
// times, most frequent first, ties by the word: a deterministic order.
func vocabulary(sents [][]string, minCount int) (vocab []string, counts map[string]int, tokens int) {
	counts = map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
		}
		tokens += len(s)
	}
	vocab = make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		a, b := counts[vocab[i]], counts[vocab[j]]
		if a != b {
			return a > b
		}
		return vocab[i] < vocab[j]
	})
	return vocab, counts, tokens
}

// positions are the context positions counted: -2, -1, +1, +2.
const positions = 4

// contextCounts counts, for each word, the context words around it: row =
// word, column = position*nctx + context word, over the nctx most frequent
// words; colSum holds each column's total.
func contextCounts(sents [][]string, id map[string]int, nctx int) ([]map[int32]float32, []float64) {
	offsets := [positions]int{-2, -1, 1, 2}
	rows := make([]map[int32]float32, len(id))
	for i := range rows {
		rows[i] = map[int32]float32{}
	}
	colSum := make([]float64, positions*nctx)
	for _, s := range sents {
		for i, w := range s {
			r, ok := id[w]
			if !ok {
				continue
			}
			for p, off := range offsets {
				j := i + off
				if j < 0 || j >= len(s) {
					continue
				}
				c, ok := id[s[j]]
				if !ok || c >= nctx {
					continue
				}
				col := int32(p*nctx + c)
				rows[r][col]++
				colSum[col]++
			}
		}
	}
	return rows, colSum
}

// ppmiVectors turns the count rows into PPMI rows, projected to dims by a
// fixed random Gaussian matrix drawn from rng, then normalised: cosine
// similarity of contexts. Context distribution smoothing (Levy, Goldberg
// and Dagan 2015): raising the context counts to 0.75 keeps rare contexts
// from giving rare words huge PMI.
func ppmiVectors(rows []map[int32]float32, colSum []float64, dims int, rng *rand.Rand) [][]float32 {
	ctxTotal := 0.0
	for _, c := range colSum {
		ctxTotal += math.Pow(c, 0.75)
	}
	proj := make([]float32, len(colSum)*dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([][]float32, len(rows))
	for r, row := range rows {
		v := make([]float32, dims)
		rowSum := 0.0
		for _, c := range row {
			rowSum += float64(c)
		}
		cols := make([]int32, 0, len(row))
		for c := range row {
			cols = append(cols, c)
		}
		sort.Slice(cols, func(i, j int) bool { return cols[i] < cols[j] })
		for _, c := range cols {
			pmi := math.Log(float64(row[c]) * ctxTotal / (rowSum * math.Pow(colSum[c], 0.75)))
			if pmi <= 0 {
				continue
			}
			p := proj[int(c)*dims:][:dims]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalise(v)
		vecs[r] = v
	}
	return vecs
}

// writeClusters writes the gzipped file: the header, then one line per
// word in the order of the bit paths, so that a cluster's words are
// together.
func writeClusters(out, header string, vocab []string, counts map[string]int, paths []string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(header)
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return paths[order[i]] < paths[order[j]] })
	for _, i := range order {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", paths[i], vocab[i], counts[vocab[i]])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func normalise(v []float32) {
	n := float32(0)
	for _, x := range v {
		n += x * x
	}
	if n == 0 {
		return
	}
	n = float32(1 / math.Sqrt(float64(n)))
	for i := range v {
		v[i] *= n
	}
}

func dot(a, b []float32) float32 {
	s := float32(0)
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// cluster assigns each word a bit path: spherical k-means finds k flat
// clusters, then the clusters are merged bottom-up, the two most alike
// centroids first, into a binary tree, as Brown clustering merges classes.
// A word's path is its cluster's path from the root.
func cluster(vecs [][]float32, k int, rng *rand.Rand) []string {
	n := len(vecs)
	if k > n {
		k = n
	}
	cent := seeds(vecs, k, rng)
	assign := kmeans(vecs, cent)
	leafPath := mergeTree(cent, assign)
	paths := make([]string, n)
	for i, a := range assign {
		paths[i] = leafPath[a]
	}
	return paths
}

// seeds picks k centroids by k-means++: each next seed is drawn with
// probability growing with its distance to the seeds so far.
func seeds(vecs [][]float32, k int, rng *rand.Rand) [][]float32 {
	const seedPool = 5000
	n := len(vecs)
	cent := make([][]float32, 0, k)
	best := make([]float32, n)
	for i := range best {
		best[i] = 2
	}
	next := 0
	for len(cent) < k {
		c := append([]float32(nil), vecs[next]...)
		cent = append(cent, c)
		for i, v := range vecs {
			if d := 1 - dot(v, c); d < best[i] {
				best[i] = d
			}
		}
		// Seeds come from the frequent words, whose contexts are reliable.
		sum := 0.0
		for i := range min(n, seedPool) {
			sum += float64(best[i])
		}
		r := rng.Float64() * sum
		for i := range min(n, seedPool) {
			r -= float64(best[i])
			if r <= 0 {
				next = i
				break
			}
		}
	}
	return cent
}

// kmeans runs spherical k-means from the centroids cent, which it moves,
// for at most 15 rounds, and returns each word's cluster.
func kmeans(vecs [][]float32, cent [][]float32) []int {
	assign := make([]int, len(vecs))
	for iter := 0; iter < 15; iter++ {
		changed := 0
		for i, v := range vecs {
			bi, bs := 0, float32(-2)
			for c, cv := range cent {
				if s := dot(v, cv); s > bs {
					bi, bs = c, s
				}
			}
			if assign[i] != bi || iter == 0 {
				changed++
			}
			assign[i] = bi
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			cv := cent[assign[i]]
			for d := range cv {
				cv[d] += v[d]
			}
		}
		for c := range cent {
			normalise(cent[c])
		}
		fmt.Fprintf(os.Stderr, "k-means iteration %d: %d words moved\n", iter+1, changed)
		if changed == 0 {
			break
		}
	}
	return assign
}

// treeNode is a cluster or a merge of two, with its centroid and size.
type treeNode struct {
	v           []float32
	left, right int
	size        int
}

// mergeTree merges the clusters bottom-up, the two most alike centroids
// first, weighted by cluster size, into a binary tree, and returns each
// cluster's bit path from the root.
func mergeTree(cent [][]float32, assign []int) []string {
	var nodes []treeNode
	live := map[int]bool{}
	for c := range cent {
		size := 0
		for _, a := range assign {
			if a == c {
				size++
			}
		}
		nodes = append(nodes, treeNode{v: cent[c], left: -1, right: -1, size: size})
		live[c] = true
	}
	for len(live) > 1 {
		ba, bb := closestPair(nodes, live)
		v := make([]float32, len(nodes[ba].v))
		for d := range v {
			v[d] = nodes[ba].v[d]*float32(nodes[ba].size) + nodes[bb].v[d]*float32(nodes[bb].size)
		}
		normalise(v)
		nodes = append(nodes, treeNode{v: v, left: ba, right: bb, size: nodes[ba].size + nodes[bb].size})
		delete(live, ba)
		delete(live, bb)
		live[len(nodes)-1] = true
	}
	leafPath := make([]string, len(cent))
	var walk func(id int, p string)
	walk = func(id int, p string) {
		if nodes[id].left < 0 {
			leafPath[id] = p
			return
		}
		walk(nodes[id].left, p+"0")
		walk(nodes[id].right, p+"1")
	}
	walk(len(nodes)-1, "")
	return leafPath
}

// closestPair returns the two live nodes whose merge costs least, the
// first found in id order on a tie.
func closestPair(nodes []treeNode, live map[int]bool) (int, int) {
	ids := make([]int, 0, len(live))
	for id := range live {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	ba, bb, bs := -1, -1, float32(math.Inf(-1))
	for x := range ids {
		for y := x + 1; y < len(ids); y++ {
			// Ward's criterion: the loss of merging grows with the
			// sizes, so that the tree stays balanced rather than
			// growing one chain.
			a, b := nodes[ids[x]], nodes[ids[y]]
			s := -float32(a.size*b.size) / float32(a.size+b.size) * (1 - dot(a.v, b.v))
			if s > bs {
				ba, bb, bs = ids[x], ids[y], s
			}
		}
	}
	return ba, bb
}

// readText reads every sentence of unlabeled text as folded tokens.
func readText(shared string) ([][]string, error) {
	var sents [][]string
	tok := tokenize.New()
	addText := func(text string) {
		for _, para := range strings.Split(text, "\n") {
			if strings.TrimSpace(para) == "" {
				continue
			}
			var s []string
			for _, t := range tok.Tokenize(para) {
				s = append(s, fold(t.Text))
			}
			sents = append(sents, s)
		}
	}
	// CoNLL-2003 train: one token a line, blank lines between sentences.
	f, err := os.Open(filepath.Join(shared, "conll2003", "train.txt"))
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(f)
	var s []string
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			if len(s) > 0 {
				sents = append(sents, s)
			}
			s = nil
			continue
		}
		s = append(s, fold(fields[0]))
	}
	f.Close()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// TBAQ as a JSONL corpus.
	f, err = os.Open(filepath.Join(shared, "news-tbaq.jsonl"))
	if err != nil {
		return nil, err
	}
	sc = bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			f.Close()
			return nil, err
		}
		addText(rec.Text)
	}
	f.Close()
	// MEANTIME: the tokens of the CAT XML files, by sentence.
	tokenRE := regexp.MustCompile(`<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)
	files, _ := filepath.Glob(filepath.Join(shared, "meantime-en", "*", "*.xml"))
	sort.Strings(files)
	unescape := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var s []string
		last := ""
		for _, m := range tokenRE.FindAllStringSubmatch(string(data), -1) {
			if m[1] != last && len(s) > 0 {
				sents = append(sents, s)
				s = nil
			}
			last = m[1]
			s = append(s, fold(unescape.Replace(m[2])))
		}
		if len(s) > 0 {
			sents = append(sents, s)
		}
	}
	// PolNeAR train: plain text articles.
	files, _ = filepath.Glob(filepath.Join(shared, "polnear-train", "text", "*.txt"))
	sort.Strings(files)
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		addText(string(data))
	}
	return sents, nil
}
