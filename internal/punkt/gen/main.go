// Command gen writes ../data/english.bin, the Punkt model internal/punkt
// reads in place, from the model prose v3's segmenter uses: the English
// training data of gopkg.in/neurosnap/sentences.v1 (data/english.json,
// embedded there gzipped) plus the supervised abbreviations prose's
// segment.New adds to it. Run it with `go generate ./internal/punkt`.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// supervisedAbbrevs is prose v3's segment.supervisedAbbrevs (segment.go),
// which segment.New adds to the trained abbreviations.
var supervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

const header = `# internal/punkt/data/english.bin: the English Punkt sentence model of
# gopkg.in/neurosnap/sentences.v1 v1.0.6 (data/english.json; MIT licence,
# Copyright (c) 2015 Eric Bower, notice in LICENSE.sentences) with the
# supervised abbreviations of github.com/jdkato/prose/v3 v3.2.3
# segment.New (MIT licence, notice in LICENSE.prose). Written by
# internal/punkt/gen; do not edit.
# Format after the blank line: two tables, words then collocations, each
# n uint32, (n+1) uint32 key offsets, n flag bytes, the sorted keys;
# little-endian. A word's flags: bit 0 abbreviation, bits 1-6 its
# orthographic context (sentences.v1's values), bit 7 sentence starter.

`

func main() {
	out := filepath.Join("data", "english.bin")
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	b, err := data.Asset("data/english.json")
	if err != nil {
		log.Fatal(err)
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range supervisedAbbrevs {
		st.AbbrevTypes.Add(a)
	}
	words := map[string]byte{}
	for k, v := range st.OrthoContext {
		if v&^0x7E != 0 {
			log.Fatalf("orthographic context %q = %d uses a bit outside 1-6", k, v)
		}
		if v != 0 {
			words[k] |= byte(v)
		}
	}
	// sentences.v1's SetString.Has: a key with value 0 is absent.
	for k, v := range st.AbbrevTypes {
		if v != 0 {
			words[k] |= 1 << 0
		}
	}
	for k, v := range st.SentStarters {
		if v != 0 {
			words[k] |= 1 << 7
		}
	}
	colls := map[string]byte{}
	for k, v := range st.Collocations {
		if v != 0 {
			colls[k] = 1
		}
	}
	var buf bytes.Buffer
	buf.WriteString(header)
	writeTable(&buf, words)
	writeTable(&buf, colls)
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d words, %d collocations, %d bytes\n", out, len(words), len(colls), buf.Len())
}

func writeTable(buf *bytes.Buffer, m map[string]byte) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(keys))))
	off := 0
	for _, k := range keys {
		buf.Write(le.AppendUint32(nil, uint32(off)))
		off += len(k)
	}
	buf.Write(le.AppendUint32(nil, uint32(off)))
	for _, k := range keys {
		buf.WriteByte(m[k])
	}
	for _, k := range keys {
		buf.WriteString(k)
	}
}
