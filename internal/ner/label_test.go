package ner

import (
	"reflect"
	"testing"
)

func labels(t *testing.T, ss ...string) []Label {
	t.Helper()
	out := make([]Label, len(ss))
	for i, s := range ss {
		l, ok := ParseLabel(s)
		if !ok {
			t.Fatalf("bad label %q", s)
		}
		out[i] = l
	}
	return out
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name   string
		labels []string
		want   []Chunk
	}{
		{"single-token entity", []string{"O", "B-LOC", "O"}, []Chunk{{1, 2, "LOC"}}},
		{"multi-token entity at the end", []string{"O", "B-PER", "I-PER"}, []Chunk{{1, 3, "PER"}}},
		{"adjacent entities of one type", []string{"B-LOC", "B-LOC"}, []Chunk{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"I- after another type opens an entity", []string{"B-ORG", "I-PER"}, []Chunk{{0, 1, "ORG"}, {1, 2, "PER"}}},
		{"I- at the start opens an entity", []string{"I-MISC", "O"}, []Chunk{{0, 1, "MISC"}}},
		{"no entities", []string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Chunks(labels(t, tt.labels...)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Chunks(%v) = %v, want %v", tt.labels, got, tt.want)
			}
		})
	}
}

func TestAllowedFollowsBIO(t *testing.T) {
	tests := []struct {
		prev, cur Label
		want      bool
	}{
		{NumLabels, IPER, false}, // a sentence cannot open with I-
		{NumLabels, BPER, true},
		{O, IORG, false},
		{BORG, IORG, true},
		{IORG, IORG, true},
		{BPER, IORG, false},
		{ILOC, BLOC, true},
		{IMISC, O, true},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.cur); got != tt.want {
			t.Errorf("allowed(%v, %v) = %v, want %v", tt.prev, tt.cur, got, tt.want)
		}
	}
}

func TestEvalCountsExactSpansOnly(t *testing.T) {
	ev := Eval{}
	// "European Commission" found whole, "Peter Blackburn" found only in
	// part: a partial span is both a miss and a false alarm.
	ev.Add(labels(t, "B-ORG", "I-ORG", "O", "B-PER", "I-PER"), labels(t, "B-ORG", "I-ORG", "O", "B-PER", "O"))
	if got := ev.Total("ORG"); got != (Score{Gold: 1, Pred: 1, Correct: 1}) {
		t.Errorf("ORG = %+v", got)
	}
	if got := ev.Total("PER"); got != (Score{Gold: 1, Pred: 1, Correct: 0}) {
		t.Errorf("PER = %+v", got)
	}
	if f := ev.Total("ORG", "PER").F1(); f != 0.5 {
		t.Errorf("F1 = %v, want 0.5", f)
	}
}
