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

func TestPrefilterSizes(t *testing.T) {
	var zero Prefilter
	if zero.MayContain("killed") {
		t.Error("the zero Prefilter holds a word")
	}
	// Added words survive the table's growth.
	var words []string
	for i := range 5000 {
		w := string(rune('a'+i%26)) + string(rune(0x100+i))
		words = append(words, w)
		zero.Add(w)
	}
	for _, w := range words {
		if !zero.MayContain(w) {
			t.Fatalf("the zero Prefilter lost %q after %d Adds", w, len(words))
		}
	}
	for _, n := range []int{0, 1, 31, 32, 33, 1000, 5000, 100000} {
		m := make(map[string]bool, n)
		for i := range n {
			m[string(rune('a'+i%26))+string(rune(0x100+i))] = true
		}
		p := NewPrefilter(m)
		for w := range m {
			if !p.MayContain(w) {
				t.Fatalf("NewPrefilter of %d words: MayContain(%q) = false for a member", n, w)
			}
		}
	}
}
