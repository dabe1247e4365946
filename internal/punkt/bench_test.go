package punkt

import (
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/newsfacts/newsfacts/internal/devdata"
)

// BenchmarkSegment segments the TBAQ texts; BenchmarkProseSegment does the
// same with prose's segmenter, loaded beforehand.
func BenchmarkSegment(b *testing.B) {
	texts, size := devdata.TBAQ(b)
	var s Segmenter
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			s.Segment(t)
		}
	}
}

func BenchmarkProseSegment(b *testing.B) {
	texts, size := devdata.TBAQ(b)
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			seg.Segment(t)
		}
	}
}

// BenchmarkLoad is what the first Segment pays for the model: finding the
// tables in the embedded bytes. BenchmarkProseLoad is what prose's
// segment.New paid: gunzip and decode the JSON model into maps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		readModel()
	}
}

func BenchmarkProseLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		js, err := data.Asset("data/english.json")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sentences.LoadTraining(js); err != nil {
			b.Fatal(err)
		}
	}
}
