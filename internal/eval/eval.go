package eval

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// The gold formats, as named by --gold-format.
const (
	FormatCoNLL    = "conll"
	FormatTimeML   = "timeml"
	FormatMEANTIME = "meantime"
	FormatGold     = "gold"
)

// Formats lists the gold formats.
var Formats = []string{FormatCoNLL, FormatTimeML, FormatMEANTIME, FormatGold, FormatPolNeAR}

// Options controls an evaluation.
type Options struct {
	// GoldFormat forces the format of every file; empty means detect it.
	GoldFormat string
	// Types restricts the TIMEX3 types scored (DATE, TIME, DURATION, SET);
	// nil scores all.
	Types []string
	// Limit is the number of documents read per dataset; 0 reads all.
	Limit int
	// Errors collects every miss, false alarm and wrong attribute.
	Errors bool
	// Reference is how a document's creation time reaches the pipeline:
	// ReferenceGiven (empty), ReferenceNone or ReferenceDateline.
	Reference string
	// Progress, when set, gets one line per dataset with its timing.
	Progress io.Writer
	// From and To select a slice of each dataset's files, in name order, as
	// fractions: From 0, To 0.8 is the first 80%. To 0 means 1. A held-out
	// slice is read only for a final figure.
	From, To float64
	// Disable names extraction rules to switch off (extract.RuleNames), to
	// measure what each is worth.
	Disable []string
}

// Dataset is the result of one GOLD argument in one format.
type Dataset struct {
	Name      string    `json:"name"`
	Format    string    `json:"format"`
	Documents int       `json:"documents"`
	Bytes     int       `json:"bytes"`
	Figures   []*Figure `json:"figures"`
	// Confusions tabulate gold types against predicted ones, one table
	// per kind that has one (MEANTIME entities).
	Confusions []*Confusion `json:"confusions,omitempty"`
	Problems   []Problem    `json:"problems,omitempty"`
}

// Report is the result of an evaluation.
type Report struct {
	Datasets []*Dataset `json:"datasets"`
}

// document is one gold document ready for the pipeline: its text, reference
// date, the kinds its gold scores, and a function that scores predictions.
type document struct {
	source string
	text   string
	ref    *time.Time
	kinds  []string
	score  func(s *scorer, pred *facts.Document)
}

// Evaluate reads every gold path (files, or directories walked recursively
// in lexical order), runs the pipeline on each document and scores it. Each
// path is one dataset per format found in it.
func Evaluate(paths []string, opt Options) (*Report, error) {
	if opt.GoldFormat != "" && !slices.Contains(Formats, opt.GoldFormat) {
		return nil, fmt.Errorf("unknown gold format %q (want one of %v)", opt.GoldFormat, Formats)
	}
	rep := &Report{Datasets: []*Dataset{}}
	for _, p := range paths {
		groups, err := collect(p, opt.GoldFormat)
		if err != nil {
			return nil, err
		}
		for _, g := range groups {
			ds, err := evalDataset(p, g.format, g.files, opt)
			if err != nil {
				return nil, err
			}
			rep.Datasets = append(rep.Datasets, ds)
		}
	}
	return rep, nil
}

type fileGroup struct {
	format string
	files  []string
}

// collect lists the gold files of path grouped by format, in the order the
// formats first appear. A file named directly must be of a known format; in
// a directory, files of no known format (README, LICENSE) are skipped.
func collect(path, forced string) ([]fileGroup, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var groups []fileGroup
	if info.IsDir() && (forced == "" || forced == FormatPolNeAR) && isPolNeAR(path) {
		files, err := polnearFiles(path)
		if err != nil {
			return nil, err
		}
		return []fileGroup{{FormatPolNeAR, files}}, nil
	}
	add := func(format, file string) {
		for i := range groups {
			if groups[i].format == format {
				groups[i].files = append(groups[i].files, file)
				return
			}
		}
		groups = append(groups, fileGroup{format, []string{file}})
	}
	if !info.IsDir() {
		format := forced
		if format == "" {
			if format, err = Detect(path); err != nil {
				return nil, err
			}
		}
		add(format, path)
		return groups, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files) // WalkDir is lexical already; this makes it explicit
	for _, f := range files {
		format, err := Detect(f)
		if err != nil {
			continue
		}
		if forced != "" && format != forced && !forcedFits(forced, f) {
			continue
		}
		if forced != "" {
			format = forced
		}
		add(format, f)
	}
	if len(groups) == 0 {
		return nil, fmt.Errorf("%s: no gold files found", path)
	}
	return groups, nil
}

// forcedFits reports whether a file in a walked directory may be read as
// the forced format: by its extension, since its content did not tell.
func forcedFits(format, file string) bool {
	ext := strings.ToLower(filepath.Ext(file))
	switch format {
	case FormatCoNLL:
		return ext == ".conll" || ext == ".txt"
	case FormatTimeML:
		return ext == ".tml"
	case FormatMEANTIME:
		return ext == ".xml"
	case FormatGold:
		return ext == ".jsonl"
	}
	return false
}

var conllLine = regexp.MustCompile(`^\S+( \S+){2,} (O|[BIES]-\S+)$`)

// Detect names the gold format of a file from its extension and content.
func Detect(path string) (string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".tml":
		return FormatTimeML, nil
	case ".jsonl":
		return FormatGold, nil
	}
	head, err := readHead(path, 8192)
	if err != nil {
		return "", err
	}
	switch ext {
	case ".xml":
		if bytes.Contains(head, []byte("<Document")) && bytes.Contains(head, []byte("<token")) {
			return FormatMEANTIME, nil
		}
		if bytes.Contains(head, []byte("<TimeML")) {
			return FormatTimeML, nil
		}
	case ".txt", ".conll", "":
		for _, line := range strings.Split(string(head), "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" {
				continue
			}
			if strings.HasPrefix(line, "-DOCSTART-") || conllLine.MatchString(line) {
				return FormatCoNLL, nil
			}
			break
		}
	}
	return "", fmt.Errorf("%s: unknown gold format (use --gold-format)", path)
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	return buf[:k], nil
}

// evalDataset loads and scores the files of one dataset.
func evalDataset(name, format string, files []string, opt Options) (*Dataset, error) {
	began := time.Now()
	s := newScorer(name, opt.Errors)
	ds := &Dataset{Name: name, Format: format}
	files = slice(files, opt.From, opt.To)
	for _, f := range files {
		if opt.Limit > 0 && ds.Documents >= opt.Limit {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs, err := load(format, f, data, opt)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			if opt.Limit > 0 && ds.Documents >= opt.Limit {
				break
			}
			d = withReference(d, opt.Reference, ds.Documents)
			pred, err := extract.Run(d.source, d.text, extract.Options{Kinds: d.kinds, Date: d.ref, Disable: opt.Disable})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.source, err)
			}
			from := len(s.problems)
			d.score(s, pred)
			// A document's problems in text order, whatever figure found them.
			sort.SliceStable(s.problems[from:], func(i, j int) bool {
				a, b := s.problems[from+i], s.problems[from+j]
				if a.Start != b.Start {
					return a.Start < b.Start
				}
				return a.End < b.End
			})
			ds.Documents++
			ds.Bytes += len(d.text)
		}
	}
	for _, f := range s.figures {
		f.finish()
	}
	ds.Figures, ds.Problems, ds.Confusions = s.figures, s.problems, s.confusions
	if ds.Figures == nil {
		ds.Figures = []*Figure{}
	}
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "eval: %s (%s): %d documents, %d bytes, %.1fs\n",
			name, format, ds.Documents, ds.Bytes, time.Since(began).Seconds())
	}
	return ds, nil
}

func load(format, path string, data []byte, opt Options) ([]*document, error) {
	switch format {
	case FormatCoNLL:
		return loadCoNLL(path, data)
	case FormatTimeML:
		return loadTimeML(path, data, opt.Types)
	case FormatMEANTIME:
		return loadMEANTIME(path, data, opt.Types)
	case FormatGold:
		return loadGold(path, data)
	case FormatPolNeAR:
		return loadPolNeAR(path, data)
	}
	return nil, fmt.Errorf("unknown gold format %q", format)
}

// slice keeps the files from fraction from to fraction to of the list.
func slice(files []string, from, to float64) []string {
	if to <= 0 || to > 1 {
		to = 1
	}
	from = max(0, min(from, to))
	n := float64(len(files))
	return files[int(from*n+0.5):int(to*n+0.5)]
}

// timexLabels restricts TIMEX3 gold and predictions to the types asked for.
// A prediction of another type is still scored when it overlaps a gold
// timex of a kept type (so a DATE read as a DURATION is a wrong type, not a
// miss), and left out when it overlaps a timex of a dropped type.
func filterTimex(types []string, gold, pred []Item) ([]Item, []Item) {
	if len(types) == 0 {
		return gold, pred
	}
	keep := func(it Item) bool { return slices.Contains(types, it.Attrs["type"]) }
	var g, dropped []Item
	for _, it := range gold {
		if keep(it) {
			g = append(g, it)
		} else {
			dropped = append(dropped, it)
		}
	}
	var p []Item
	for _, it := range pred {
		hitsKept := slices.ContainsFunc(g, func(x Item) bool { return overlap(x, it) > 0 })
		hitsDropped := slices.ContainsFunc(dropped, func(x Item) bool { return overlap(x, it) > 0 })
		if hitsKept || (keep(it) && !hitsDropped) {
			p = append(p, it)
		}
	}
	return g, p
}

// predDates turns predicted dates into items with value and type.
func predDates(ds []facts.Date) []Item {
	out := make([]Item, 0, len(ds))
	for _, d := range ds {
		out = append(out, Item{Start: d.Start, End: d.End, Text: d.Text,
			Attrs: map[string]string{"value": d.Value, "type": d.Type}})
	}
	return out
}

// scoreTimex adds the TempEval-3 figures of dates: relaxed (overlap) span
// match with value and type accuracy, strict (exact extent) span match, and
// value F1, where a relaxed match counts only when the value is right too.
func scoreTimex(s *scorer, source, text string, types []string, gold []Item, pred *facts.Document) {
	g, p := filterTimex(types, gold, predDates(pred.Dates))
	relaxed := s.figure(Figure{Name: "dates", Kind: facts.KindDates, Match: Overlap, errors: true, attrs: []string{"value", "type"}})
	strict := s.figure(Figure{Name: "dates.strict", Kind: facts.KindDates, Match: Strict})
	value := s.figure(Figure{Name: "dates.value", Kind: facts.KindDates, Match: Overlap, Credit: "value"})
	s.add(relaxed, source, text, g, p)
	s.add(strict, source, text, g, p)
	s.add(value, source, text, g, p)
}
