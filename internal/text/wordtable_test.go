package text

import (
	"fmt"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]int{"": 9, "a": 1, "army": 2, "forces": 3}
	for i := range 500 {
		m[fmt.Sprintf("w%d", i)] = 100 + i
	}
	tab := NewWordTable(m)
	for w, v := range m {
		got, ok := tab.Get(w)
		if w == "" {
			if ok {
				t.Errorf("the empty word is in the table")
			}
			continue
		}
		if !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d", w, got, ok, v)
		}
	}
	for _, w := range []string{"b", "armies", "w500", "forcesx"} {
		if v, ok := tab.Get(w); ok {
			t.Errorf("Get(%q) = %d, want absent", w, v)
		}
	}
}
