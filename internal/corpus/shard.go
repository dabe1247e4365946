package corpus

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is one of N disjoint parts of a corpus, chosen by a hash of each
// document's source (its id in a JSONL corpus), so N processes that each
// run one shard, on any machines and in any order, cover the corpus exactly
// once. FNV-1a is fixed by its specification, so the split does not change
// between Go versions, machines or runs.
type Shard struct {
	K, N int
}

// ParseShard reads "K/N" with 0 <= K < N.
func ParseShard(s string) (Shard, error) {
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return Shard{}, fmt.Errorf("%q: want K/N with 0 <= K < N, e.g. 0/4", s)
	}
	return Shard{K: k, N: n}, nil
}

// Keep reports whether the document named source belongs to this shard.
func (s Shard) Keep(source string) bool {
	h := fnv.New64a()
	h.Write([]byte(source))
	return h.Sum64()%uint64(s.N) == uint64(s.K)
}
