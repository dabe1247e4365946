package entities

import (
	"slices"
	"testing"
)

// TestPassesAreRules checks that every document-wide pass is switched by a
// rule of Rules, so that an ablation can name it, and that none runs twice.
func TestPassesAreRules(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range slices.Concat(labelPasses, documentPasses) {
		if err := CheckRules([]string{p.name}); err != nil {
			t.Errorf("pass %q: %v", p.name, err)
		}
		if seen[p.name] {
			t.Errorf("pass %q runs twice", p.name)
		}
		seen[p.name] = true
	}
}
