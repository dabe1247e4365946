package prefilter

import (
	"reflect"
	"regexp"
	"testing"
)

func TestPrefixes(t *testing.T) {
	tests := []struct {
		name, expr string
		want       []string // nil: no scan
	}{
		{"literal alternation", `\b(?:monday|tuesday|may)`, []string{"may", "mond", "tues"}},
		{"optional part adds both ways", `\b(?:(?:early\s+)?may)`, []string{"earl", "may"}},
		{"class expands", `[xy]z`, []string{"xz", "yz"}},
		{"shorter prefix covers longer", `a\s+day|an\s+hour`, []string{"a\t", "a\n", "a\f", "a\r", "a ", "an\t", "an\n", "an\f", "an\r", "an "}},
		{"capture is transparent", `(?P<wd>mon|tues)day`, []string{"mond", "tues"}},
		{"non-ASCII class", `\d+\s*(?:-|–)\s*\d+`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{"big class gives up", `[a-z]+s\s+a\s+day`, nil},
		{"any character gives up", `.*day`, nil},
		{"may match empty", `(?:the\s+)?`, nil},
		{"case folding gives up", `(?i)may`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustCompileLongest(tt.expr)
			if !r.Scans() {
				if tt.want != nil {
					t.Fatalf("no scan, want prefixes %q", tt.want)
				}
				return
			}
			var got []string
			for _, ws := range r.prefixes.byFirst {
				for _, w := range ws {
					got = append(got, w.S)
				}
			}
			if tt.want == nil || !sameSet(got, tt.want) {
				t.Errorf("prefixes = %q, want %q", got, tt.want)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b)
}

// patterns exercise what the anchored runs must get right: \b at and
// after the start, optional leading parts, captures that do not take
// part, non-ASCII literals, overlapping candidates.
var patterns = []string{
	`\b(?:(?P<wd>monday|tuesday)\s*,?\s+)?(?P<mon>may|june)\s+(?P<day>[0-3]?\d)\b`,
	`\b(?:(?:the\s+)?(?P<dir>past|last|next)\s+)?(?P<num>\d+|one|two|a|an)[\s-]+(?P<unit>days?|weeks?|years?)`,
	`\b(?:\bin\s+(?P<x>\d+\s+days?))`,
	`\b(?:(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d))`,
	`(?:may|mayday|day)s?`,
	`\b(?:a|ab|abc)\b`,
	`\b(?:’(?P<d>\d0)s|the\s+(?P<d>\d0)s)`,
	`\b(?:today|tonight)(?:\s+(?P<part>morning|night))?`,
	`\b(?:(?P<x>mid)[\s–-]+(?P<m>may))`,
	// FindAllSpaced: \B and \b read the space as the start; ^ is run
	// the plain way.
	`\B(?:ay|\bmay)`,
	`(?:^|\b)(?:may|june)\s+\d`,
	`(?m)(?:^may|\bjune)`,
}

func TestFindAllMatchesRegexp(t *testing.T) {
	inputs := []string{
		"", "may 3", "ay may\njune may 4\nmay 5", "on may 30 and june 1", "monday, may 3, tuesday june 12",
		"the past two days and the last 3 weeks, a day", "xmay 3", "mayday days may",
		"in 3 days", "within 3 days", "12/05/1998 1/2/2003", "abc ab a abcd",
		"the ’90s and the 80s", "today morning tonight", "mid–may, mid-may",
		"é may 3", "\xffmay 3", "’may 3", "a\xe2", "the\npast\ttwo days",
	}
	for _, expr := range patterns {
		r := MustCompileLongest(expr)
		re := regexp.MustCompile(expr)
		re.Longest()
		for _, in := range inputs {
			got, want := r.FindAllStringSubmatchIndex(in), re.FindAllStringSubmatchIndex(in, -1)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q:\n got %v\nwant %v", expr, in, got, want)
			}
			if got := r.FindAllSpaced(" " + in); !reflect.DeepEqual(got, want) {
				t.Errorf("%s spaced on %q:\n got %v\nwant %v", expr, in, got, want)
			}
		}
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"on may 30 and june 1", "the past two days", "in 3 days", "’90s", "\xffmay 3"} {
		f.Add(s)
	}
	var rs []*Regexp
	var res []*regexp.Regexp
	for _, expr := range patterns {
		rs = append(rs, MustCompileLongest(expr))
		re := regexp.MustCompile(expr)
		re.Longest()
		res = append(res, re)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range rs {
			got, want := rs[i].FindAllStringSubmatchIndex(s), res[i].FindAllStringSubmatchIndex(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q:\n got %v\nwant %v", patterns[i], s, got, want)
			}
			if got := rs[i].FindAllSpaced(" " + s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s spaced on %q:\n got %v\nwant %v", patterns[i], s, got, want)
			}
		}
	})
}

// A Lazy expression, compiled piece by piece as the inputs call for it,
// matches exactly as one compiled whole at once, and reads the capture
// names regexp would give without compiling anything.
func TestLazyMatchesEager(t *testing.T) {
	inputs := []string{"", "xyz", "may 3", "\xffmay 3", "monday, may 3", "the past two days", "’90s", "12/05/1998"}
	for _, expr := range append(patterns, `[a-z]+s\s+a\s+day`, `.*day`) {
		lazy, eager := Lazy(expr), MustCompileLongest(expr)
		if got, want := lazy.SubexpNames(), eager.Regexp().SubexpNames(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: SubexpNames = %q, want %q", expr, got, want)
		}
		if lazy.plain.re != nil || lazy.atStart.re != nil || lazy.after.re != nil {
			t.Errorf("%s: compiled before use", expr)
		}
		for _, in := range inputs {
			got, want := lazy.FindAllStringSubmatchIndex(in), eager.FindAllStringSubmatchIndex(in)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q:\n got %v\nwant %v", expr, in, got, want)
			}
		}
	}
}

// Where no prefix occurs, a scanning expression compiles nothing; the
// first occurrence compiles only the anchored form its position needs.
func TestLazyCompilesOnlyWhereAPrefixOccurs(t *testing.T) {
	r := Lazy(`\b(?:(?P<mon>may|june)\s+(?P<day>[0-3]?\d))`)
	if got := r.FindAllStringSubmatchIndex("nothing of the kind, maybe"); got != nil {
		t.Fatalf("got %v", got)
	}
	if !r.Scans() || r.plain.re != nil || r.atStart.re != nil || r.after.re != nil {
		t.Fatalf("compiled without a match start (scan %v)", r.Scans())
	}
	r.FindAllStringSubmatchIndex("on may 3")
	if r.after.re == nil || r.atStart.re != nil || r.plain.re != nil {
		t.Errorf("after a match inside the text: after %v, atStart %v, plain %v",
			r.after.re != nil, r.atStart.re != nil, r.plain.re != nil)
	}
	r.FindAllSpaced(" may 3")
	if r.atStart.re != nil {
		t.Error("FindAllSpaced compiled the form anchored at the start")
	}
	r.FindAllStringSubmatchIndex("may 3")
	if r.atStart.re == nil {
		t.Error("a match at the start did not compile the anchored form")
	}
}

// A Prepared written and read back is the same, and a Regexp given it
// matches as one that derives it.
func TestPreparedRoundTrip(t *testing.T) {
	exprs := append(patterns, `[a-z]+s\s+a\s+day`, `(a)(?P<x>b)()`, `a\s*,\s"b`, `x`)
	for _, expr := range exprs {
		p := Derive(expr)
		q, err := ParsePrepared(p.String())
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if !reflect.DeepEqual(p, q) {
			t.Errorf("%s: read back %#v, want %#v", expr, q, p)
		}
		given, derived := LazyPrepared(expr, q), MustCompileLongest(expr)
		for _, in := range []string{"may 3", "monday, may 3 a , \"b", "abx", "\xffthe past two days"} {
			got, want := given.FindAllStringSubmatchIndex(in), derived.FindAllStringSubmatchIndex(in)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q:\n got %v\nwant %v", expr, in, got, want)
			}
		}
	}
	for _, bad := range []string{"", "b\tx", "x\t\t-", "b\t\t\"a\" ", "b\t\t\"a\"\"b\"", "b\t\t\"a", "-\t\t"} {
		if _, err := ParsePrepared(bad); err == nil {
			t.Errorf("ParsePrepared(%q): no error", bad)
		}
	}
}
