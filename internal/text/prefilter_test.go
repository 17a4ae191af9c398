package text

import "testing"

func TestPrefilter(t *testing.T) {
	set := map[string]bool{"": true, "a": true, "killed": true, "al": true, "monday": true, "'s": true}
	p := NewPrefilter(set)
	for w := range set {
		if !p.MayContain(w) {
			t.Errorf("MayContain(%q) = false for a member", w)
		}
	}
	miss := 0
	for _, w := range []string{"the", "of", "gaza", "said", "forces", "and", "in", "to", "village", "ministry"} {
		if !p.MayContain(w) {
			miss++
		}
	}
	if miss < 8 {
		t.Errorf("prefilter of %d words passes %d of 10 non-members", len(set), 10-miss)
	}
}
