package input

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// checkBoth is Check and checkStream on data, the stream read a few bytes
// at a time so that characters are cut between reads.
func checkBoth(data []byte) (whole, streamed error) {
	return Check(data), checkStream(iotest.HalfReader(bytes.NewReader(data)))
}

// TestCheckStream: the streamed check finds what Check finds, at the same
// offset, across the megabyte reads.
func TestCheckStream(t *testing.T) {
	mb := strings.Repeat("é", 1<<19) // 1 MiB of two-byte characters
	for _, c := range []struct {
		name string
		data string
	}{
		{"valid, a character across the first read", "a" + mb + "z"},
		{"invalid after the first megabyte", "a" + mb + "caf\xe9"},
		{"cut character at the end", mb + "\xe2\x82"},
		{"invalid, then NUL further on: binary", "\xff" + mb + "\x00"},
		{"empty", ""},
	} {
		whole, streamed := checkBoth([]byte(c.data))
		if (whole == nil) != (streamed == nil) || whole != nil && whole.Error() != streamed.Error() {
			t.Errorf("%s: Check %v, checkStream %v", c.name, whole, streamed)
		}
	}
}

// FuzzCheckStream: the streamed check agrees with Check on any bytes.
func FuzzCheckStream(f *testing.F) {
	f.Add([]byte("caf\xe9"))
	f.Add([]byte("\xe2\x82\xac\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		whole, streamed := checkBoth(data)
		if (whole == nil) != (streamed == nil) || whole != nil && whole.Error() != streamed.Error() {
			t.Fatalf("Check %v, checkStream %v", whole, streamed)
		}
	})
}

// TestStreamed: with StreamOver, a text file over it is left to the caller
// (checked, not read); HTML and small files are read whole; a bad file
// keeps its error.
func TestStreamed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := strings.Repeat("Word.\n\n", 40)
	for _, c := range []struct {
		name, path string
		streamed   bool
		err        error
	}{
		{"large text", write("big.txt", big), true, nil},
		{"small text", write("small.txt", "Word.\n"), false, nil},
		{"large HTML", write("big.html", "<html><body><p>"+big+"</p></body></html>"), false, nil},
		{"large binary", write("bin.txt", big+"\x00"), true, ErrBinary},
	} {
		docs := Open([]string{c.path}, nil, Options{Format: FormatAuto, MaxBytes: 1 << 20, StreamOver: 100})
		d, _ := docs.Next()
		if d.Streamed() != c.streamed || !errors.Is(d.Err, c.err) {
			t.Errorf("%s: streamed %v, error %v", c.name, d.Streamed(), d.Err)
			continue
		}
		if c.streamed && c.err == nil {
			text, err := d.Text()
			if err != nil || text != big {
				t.Errorf("%s: Text %.20q, %v", c.name, text, err)
			}
		}
	}
}

// TestSpooledStdin: stdin over StreamOver is copied to a temporary file and
// streamed from it, removed once read or at once when it fails its check;
// a short stdin is read whole.
func TestSpooledStdin(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	big := strings.Repeat("Word.\n\n", 40)
	for _, c := range []struct {
		name, data string
		streamed   bool
		err        error
	}{
		{"long", big, true, nil},
		{"short", "Word.\n", false, nil},
		{"long, binary", big + "\x00", true, ErrBinary},
		{"long, over the limit", big + big, true, ErrTooLarge},
	} {
		docs := Open([]string{Stdin}, strings.NewReader(c.data), Options{Format: FormatAuto, MaxBytes: int64(len(big)) + 1, StreamOver: 100})
		d, _ := docs.Next()
		if d.Streamed() != c.streamed || !errors.Is(d.Err, c.err) {
			t.Errorf("%s: streamed %v, error %v", c.name, d.Streamed(), d.Err)
			continue
		}
		if c.err == nil {
			if text, err := d.Text(); err != nil || text != c.data {
				t.Errorf("%s: Text %.20q, %v", c.name, text, err)
			}
		}
		if left, _ := os.ReadDir(os.Getenv("TMPDIR")); len(left) > 0 {
			t.Errorf("%s: left %v", c.name, left)
		}
	}
}
