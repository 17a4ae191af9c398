package actors

import (
	"strconv"
	"testing"
)

// TestEntityIndex checks that keys stay found across the switch from the
// list to the map.
func TestEntityIndex(t *testing.T) {
	for _, n := range []int{0, 1, indexListMax, indexListMax + 1, 3 * indexListMax} {
		var x entityIndex
		for i := range n {
			x.add(entityKey{'a', strconv.Itoa(i)}, i)
		}
		for i := range n {
			if got, ok := x.get(entityKey{'a', strconv.Itoa(i)}); !ok || got != i {
				t.Errorf("n=%d: get(%d) = %d, %v; want %d, true", n, i, got, ok, i)
			}
		}
		if _, ok := x.get(entityKey{'n', "0"}); ok {
			t.Errorf("n=%d: a key of another kind is found", n)
		}
		if _, ok := x.get(entityKey{'a', strconv.Itoa(n)}); ok {
			t.Errorf("n=%d: a key never added is found", n)
		}
	}
}

// TestEntityID checks the ids cut from entityIDs against the ones they
// stand for.
func TestEntityID(t *testing.T) {
	for i := range 150 {
		if got, want := entityID(i), "e"+strconv.Itoa(i+1); got != want {
			t.Errorf("entityID(%d) = %q, want %q", i, got, want)
		}
	}
}
