package gentable

import (
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	for _, c := range []struct {
		name  string
		elems []string
		width int
		want  string
	}{
		{"empty", nil, 10, "var x = [...]int{\n}\n\n"},
		{"one line", []string{"1", "2", "3"}, 10, "var x = [...]int{\n\t1, 2, 3,\n}\n\n"},
		{"packed at the width", []string{"100", "200", "300", "400"}, 10, "var x = [...]int{\n\t100, 200,\n\t300, 400,\n}\n\n"},
	} {
		var b strings.Builder
		List(&b, "x", "int", c.elems, c.width)
		if b.String() != c.want {
			t.Errorf("%s: got %q, want %q", c.name, b.String(), c.want)
		}
	}
}

func TestQuoted(t *testing.T) {
	got := strings.Join(Quoted([]string{"a", `b"c`, "é"}), " ")
	if want := `"a" "b\"c" "é"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
