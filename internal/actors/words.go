package actors

import (
	"maps"
	"slices"
	"strings"

	"sitrep/internal/text"
)

// wordIDs maps the dictionary's folded words to their ids. classify asks
// it about every token of every article: one short hash (text.WordHash)
// feeds both a bit filter that turns most absent words away in a few
// instructions and an open-addressing table probed linearly, which cost a
// fraction of a Go map lookup.
type wordIDs struct {
	filter []uint64
	shift  uint8 // the hash's top bits index filter
	keys   []string
	ids    []uint32
	mask   uint32
}

func newWordIDs(m map[string]uint32) *wordIDs {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	// About 32 filter bits per word keep false positives near 3%.
	fb := 10
	for 1<<fb < 32*len(m) && fb < 16 {
		fb++
	}
	t := &wordIDs{filter: make([]uint64, 1<<fb/64), shift: uint8(32 - fb),
		keys: make([]string, n), ids: make([]uint32, n), mask: uint32(n - 1)}
	// Sorted insertion gives the same layout on every run. The keys are
	// sliced from one string, so the compare that confirms a hit reads
	// memory the table's other words keep in cache.
	ws := slices.Sorted(maps.Keys(m))
	var sb strings.Builder
	for _, w := range ws {
		sb.WriteString(w)
	}
	all := sb.String()
	for _, w := range ws {
		k := all[:len(w)]
		all = all[len(w):]
		if w == "" {
			continue // the empty key marks an empty slot
		}
		h := text.WordHash(w)
		f := h >> t.shift
		t.filter[f/64] |= 1 << (f % 64)
		i := h & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.ids[i] = k, m[w]
	}
	return t
}

// get returns w's id, 0 when w is no dictionary word.
func (t *wordIDs) get(w string) uint32 {
	h := text.WordHash(w)
	if f := h >> t.shift; t.filter[f/64]&(1<<(f%64)) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if k == w {
			return t.ids[i]
		}
	}
}
