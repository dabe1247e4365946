package emoticon

import "testing"

func TestList(t *testing.T) {
	if n := len(All()); n != 58 {
		t.Fatalf("%d emoticons read from data/emoticons.txt, prose has 58", n)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{":-)", true}, {"(-8", true}, {":", false}, {"", false}, {":-)x", false}, {"said", false},
	} {
		if got := Is(tt.s); got != tt.want {
			t.Errorf("Is(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
