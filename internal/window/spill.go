package window

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Spill keeps the lists of one document in temporary files, one per kind,
// each fact one line of compact JSON as the contract writes it, so that a
// document of any size costs the memory of one window: facts are written
// as each window is done and read back one at a time, in order, when the
// document is printed. JSON because it is the contract's own encoding and
// reads back to an equal value (Quote's null offsets included; only
// Date.Tense, which is no part of the contract, is lost: check, which reads
// it, does not spill).
//
// The files are removed as soon as they are created where the system
// allows it (an open file outlives its name on Unix), so nothing is left
// behind even if the process is killed; elsewhere Close removes them.
type Spill struct {
	dir       string
	sentences bool
	kinds     map[string]*spillFile
}

// spillFile is the file of one kind.
type spillFile struct {
	f    *os.File
	w    *bufio.Writer
	enc  *json.Encoder
	n    int
	name string // the path while it still needs removing, else ""
}

// NewSpill returns an empty spill whose files go under dir (os.TempDir when
// empty). sentences false leaves the sentences out, as when they were not
// asked for.
func NewSpill(dir string, sentences bool) *Spill {
	if dir == "" {
		dir = os.TempDir()
	}
	return &Spill{dir: dir, sentences: sentences, kinds: map[string]*spillFile{}}
}

// file returns the file of kind, created on first use.
func (s *Spill) file(kind string) (*spillFile, error) {
	if sf, ok := s.kinds[kind]; ok {
		return sf, nil
	}
	if s.kinds == nil {
		return nil, errors.New("window: spill used after Close")
	}
	f, err := os.CreateTemp(s.dir, "newsfacts-"+kind+"-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("spilling facts: %w", err)
	}
	sf := &spillFile{f: f, w: bufio.NewWriterSize(f, 64<<10)}
	if os.Remove(f.Name()) != nil {
		sf.name = f.Name()
	}
	sf.enc = json.NewEncoder(sf.w)
	sf.enc.SetEscapeHTML(false)
	s.kinds[kind] = sf
	return sf, nil
}

// Add appends the lists of fd, the facts of one window.
func (s *Spill) Add(fd *facts.Document) error {
	for _, k := range facts.Kinds {
		if k == facts.KindSentences && !s.sentences {
			continue
		}
		var err error
		switch k {
		case facts.KindSentences:
			err = add(s, k, fd.Sentences)
		case facts.KindEntities:
			err = add(s, k, fd.Entities)
		case facts.KindNumbers:
			err = add(s, k, fd.Numbers)
		case facts.KindNationalities:
			err = add(s, k, fd.Nationalities)
		case facts.KindDates:
			err = add(s, k, fd.Dates)
		case facts.KindQuotes:
			err = add(s, k, fd.Quotes)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func add[T any](s *Spill, kind string, xs []T) error {
	if len(xs) == 0 {
		return nil
	}
	sf, err := s.file(kind)
	if err != nil {
		return err
	}
	for i := range xs {
		if err := sf.enc.Encode(xs[i]); err != nil {
			return fmt.Errorf("spilling facts: %w", err)
		}
	}
	sf.n += len(xs)
	return nil
}

// Len is the number of facts of kind.
func (s *Spill) Len(kind string) int {
	if sf, ok := s.kinds[kind]; ok {
		return sf.n
	}
	return 0
}

// Each calls fn with every fact of kind in the order added; it can be
// called again. It reads the lines EachJSON reads, decoded.
func (s *Spill) Each(kind string, fn func(v any) error) error {
	return s.EachJSON(kind, func(b []byte) error {
		v, err := decode(b, kind)
		if err != nil {
			return fmt.Errorf("reading spilled facts: %w", err)
		}
		return fn(v)
	})
}

// EachJSON calls fn with every fact of kind in the order added, as the
// compact JSON it was spilled as: a json or jsonl writer prints it as is
// (or indented), with no decoding and encoding again. b is valid during
// the call only.
func (s *Spill) EachJSON(kind string, fn func(b []byte) error) error {
	if s.kinds == nil {
		return errors.New("window: spill used after Close")
	}
	sf, ok := s.kinds[kind]
	if !ok {
		return nil
	}
	if err := sf.w.Flush(); err != nil {
		return fmt.Errorf("spilling facts: %w", err)
	}
	if _, err := sf.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading spilled facts: %w", err)
	}
	defer sf.f.Seek(0, io.SeekEnd) //nolint:errcheck // the next write or read reports it
	r := bufio.NewReaderSize(sf.f, 64<<10)
	var long []byte // a line longer than r's buffer, gathered
	for n := 0; n < sf.n; {
		line, err := r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long, line...)
			continue
		}
		if err != nil {
			return fmt.Errorf("reading spilled facts: %w", err)
		}
		if long != nil {
			line = append(long, line...)
			long = nil
		}
		if err := fn(line[:len(line)-1]); err != nil {
			return err
		}
		n++
	}
	return nil
}

// decode reads one spilled fact of kind.
func decode(b []byte, kind string) (any, error) {
	switch kind {
	case facts.KindSentences:
		return decodeOne[facts.Sentence](b)
	case facts.KindEntities:
		return decodeOne[facts.Entity](b)
	case facts.KindNumbers:
		return decodeOne[facts.Number](b)
	case facts.KindNationalities:
		return decodeOne[facts.Nationality](b)
	case facts.KindDates:
		return decodeOne[facts.Date](b)
	case facts.KindQuotes:
		return decodeOne[facts.Quote](b)
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

func decodeOne[T any](b []byte) (any, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

// Close closes and removes the files.
func (s *Spill) Close() error {
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(s.kinds)) {
		sf := s.kinds[k]
		errs = append(errs, sf.f.Close())
		if sf.name != "" {
			errs = append(errs, os.Remove(sf.name))
		}
	}
	s.kinds = nil
	return errors.Join(errs...)
}
