package ner

import "testing"

// testLists is a small set of lists: 0 cities, 1 countries, 3 companies,
// 5 surnames.
func testLists() *nameLists {
	return buildLists([]NameList{
		{Type: 0, Names: [][]string{{"St", ".", "Louis"}, {"Reading"}, {"Paris"}}},
		{Type: 1, Names: [][]string{{"United", "States"}, {"United", "States", "of", "America"}}},
		{Type: 3, Names: [][]string{{"General", "Motors"}, {"Paris"}}},
		{Type: 5, Names: [][]string{{"Brown"}}},
	})
}

func TestMatchLists(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		at    int
		list  uint16 // the types covering token at
		long  uint32 // the longest match there
	}{
		{"one-word city", []string{"in", "Paris", "today"}, 1, 1<<0 | 1<<3, uint32(1<<0|1<<3) | posSingle<<listPosShift},
		{"name split by the tokenizer", []string{"St", ".", "Louis", "fans"}, 2, 1 << 0, 1<<0 | posEnd<<listPosShift},
		{"longest match wins", []string{"the", "United", "States", "of", "America", "said"}, 3, 1 << 1, 1<<1 | posInside<<listPosShift},
		{"prefix of a longer name", []string{"the", "United", "States", "said"}, 1, 1 << 1, 1<<1 | posBegin<<listPosShift},
		{"headline capitals fold", []string{"GENERAL", "MOTORS", "CUTS"}, 0, 1 << 3, 1<<3 | posBegin<<listPosShift},
		{"lower-case word is not the surname", []string{"a", "brown", "dog"}, 1, 0, 0},
		{"lower-case word is not the town", []string{"he", "is", "reading"}, 2, 0, 0},
		{"name ending on a lower-case word does not match", []string{"United", "States", "of", "america"}, 2, 0, 0},
	}
	l := testLists()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, sents := docOf(tt.words...)
			f := features{lists: l}
			f.reset(toks, sents)
			if f.list[tt.at] != tt.list || f.long[tt.at] != tt.long {
				t.Errorf("%q at %d: list %b long %b, want %b %b", tt.words, tt.at, f.list[tt.at], f.long[tt.at], tt.list, tt.long)
			}
		})
	}
}

func TestClusterPrefix(t *testing.T) {
	c := buildClusters([]ClusterEntry{{Path: "0110", Word: "friday"}, {Path: "01101", Word: "tuesday"}, {Path: "1", Word: "said"}})
	get := func(w string) uint32 {
		lower, _, _, _ := wordValues(w)
		return c.get(lexKey(lower))
	}
	if got := get("Friday"); got != 0b10110 {
		t.Errorf("Friday path = %b, want 10110", got)
	}
	if got := get("unknown"); got != 0 {
		t.Errorf("unknown word path = %b, want 0", got)
	}
	// Words used alike share their prefixes.
	if clusterPrefix(get("friday"), 4) != clusterPrefix(get("tuesday"), 4) {
		t.Error("friday and tuesday differ in their first four bits")
	}
	if clusterPrefix(get("friday"), 4) == clusterPrefix(get("said"), 4) {
		t.Error("friday and said share a prefix")
	}
	if got := clusterPrefix(get("said"), 6); got != 0b11 {
		t.Errorf("short path prefix = %b, want the whole path", got)
	}
}

func TestLayout(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  map[int]string
		at    int
		want  uint8
	}{
		{"line in capitals", []string{"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"}, nil, 2, layoutCaps},
		{"title-case headline", []string{"NATO", "Sends", "More", "Troops", "to", "Kosovo"}, nil, 3, layoutTitle},
		{"table of results", []string{"Glamorgan", "259", "and", "207"}, nil, 0, layoutTable},
		{"numbers with a verb are prose", []string{"Glamorgan", "scored", "259", "and", "207"}, map[int]string{1: "VBD"}, 0, layoutNone},
		{"dateline with an agency", []string{"WASHINGTON", "(", "Reuters", ")", "-", "The", "Senate", "voted"}, nil, 0, layoutDateline},
		{"agency of a dateline", []string{"WASHINGTON", "(", "Reuters", ")", "-", "The", "Senate", "voted"}, nil, 2, layoutDateline},
		{"dateline with a country", []string{"NAIROBI", ",", "Kenya", "(", "AP", ")", "_", "Suspected", "bombs"}, nil, 2, layoutDateline},
		{"CoNLL dateline", []string{"LONDON", "1996-08-30"}, nil, 0, layoutDateline},
		{"prose after a dateline", []string{"WASHINGTON", "(", "Reuters", ")", "-", "The", "Senate", "voted", "on", "the", "bill", "late", "on", "Tuesday"}, nil, 6, layoutNone},
		{"photo credit split at the slash", []string{"a", "rally", ".", "REUTERS", "/", "Kevin", "Lamarque"}, nil, 6, layoutCredit},
		{"photo credit kept whole", []string{"a", "rally", ".", "REUTERS/Kevin", "Lamarque"}, nil, 4, layoutCredit},
		{"AP photo credit", []string{"(", "AP", "Photo", "/", "Bojan", "Slavkovic", ")"}, nil, 4, layoutCredit},
		{"a slash in prose", []string{"the", "and", "/", "or", "rule"}, nil, 3, layoutNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, sents := docOf(tt.words...)
			for i, tag := range tt.tags {
				toks[i].Tag = tag
			}
			var f features
			f.reset(toks, sents)
			if got := f.layout[tt.at]; got != tt.want {
				t.Errorf("layout of %q in %q = %d, want %d", tt.words[tt.at], tt.words, got, tt.want)
			}
		})
	}
}

// The embedded model answers whole names from its public lists: a maker is
// a company, a city a city; a part of a name or an unknown word is in none.
func TestModelListTypes(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const company, city, state = 1 << 3, 1 << 0, 1 << 2
	for _, tc := range []struct {
		words []string
		want  uint8
	}{
		{[]string{"Boeing"}, company},
		{[]string{"AIRBUS"}, company},
		{[]string{"Seattle"}, city},
		{[]string{"New", "York"}, state},
		{[]string{"San", "Francisco"}, city},
		{[]string{"Francisco", "San"}, 0},
		{[]string{"Xqzzv"}, 0},
		{nil, 0},
	} {
		if got := m.ListTypes(tc.words) & tc.want; got != tc.want || tc.want == 0 && m.ListTypes(tc.words) != 0 {
			t.Errorf("ListTypes(%q) = %08b, want bits %08b", tc.words, m.ListTypes(tc.words), tc.want)
		}
	}
}

// CommonWord tells the words English writes in lower case, which the
// company list also holds ("New", "General"), from names ("Boeing").
func TestModelCommonWord(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"New": true, "general": true, "Boeing": false, "Airbus": false} {
		if got := m.CommonWord(w); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
}
