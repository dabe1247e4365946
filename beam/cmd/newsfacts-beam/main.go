// Command newsfacts-beam extracts the facts of a corpus in an Apache Beam
// pipeline and writes them as JSON Lines, one fact document per line, as
// `newsfacts --format jsonl` does (in no particular order).
//
//	newsfacts-beam --input 'corpus/*.jsonl' --output facts.jsonl
//
// The runner is Beam's --runner flag: prism (in-process, the default),
// flink, spark, dataflow, with their own flags (see the README).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsfacts/newsfacts/beam/beamfacts"
)

var (
	inputGlob = flag.String("input", "", "files to read: a path or glob (local, gs://, ...)")
	output    = flag.String("output", "", "the JSON Lines file to write")
	format    = flag.String("input_format", "auto", "jsonl (one record a line), text (one article a file), or auto: jsonl for .jsonl names")
	only      = flag.String("only", "", "extract only these kinds, comma-separated (default all)")
	date      = flag.String("date", "", "reference date YYYY-MM-DD for documents without their own")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "newsfacts-beam: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	if *inputGlob == "" || *output == "" {
		return fmt.Errorf("--input and --output are required")
	}
	opt := beamfacts.Options{Date: *date}
	if *only != "" {
		opt.Kinds = strings.Split(*only, ",")
	}
	if err := beamfacts.CheckOptions(opt); err != nil {
		return err
	}
	jsonl := *format == "jsonl" || *format == "auto" && strings.HasSuffix(*inputGlob, ".jsonl")
	if !jsonl && *format != "text" && *format != "auto" {
		return fmt.Errorf("--input_format %q: want auto, jsonl or text", *format)
	}
	p, s := beam.NewPipelineWithRoot()
	var docs beam.PCollection
	if jsonl {
		docs = beamfacts.ReadJSONL(s, *inputGlob)
	} else {
		docs = beamfacts.ReadText(s, *inputGlob)
	}
	textio.Write(s, *output, beamfacts.ExtractWith(s, docs, opt))
	return beamx.Run(ctx, p)
}
