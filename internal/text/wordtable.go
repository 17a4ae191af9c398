package text

import (
	"maps"
	"slices"
	"strings"
)

// WordTable is a read-only hash table from folded words to values, for the
// fixed vocabularies matchers ask about every token. One short hash
// (WordHash) feeds a bit filter that turns most absent words away in a few
// instructions and an open-addressing table probed linearly; together they
// cost a fraction of a Go map lookup.
type WordTable[V any] struct {
	filter []uint64
	// The hash's top bits index filter. Lookups shift by shift&31, which
	// is shift (never above 22): the mask tells the compiler so and
	// spares every probe the test for shifts of 32 and more.
	shift uint8
	keys  []string
	vals  []V
	mask  uint32
}

// NewWordTable builds the table of m. The empty word is never a key.
func NewWordTable[V any](m map[string]V) *WordTable[V] {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	// About 32 filter bits per word keep false positives near 3%.
	fb := 10
	for 1<<fb < 32*len(m) && fb < 16 {
		fb++
	}
	t := &WordTable[V]{filter: make([]uint64, 1<<fb/64), shift: uint8(32 - fb),
		keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
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
		h := WordHash(w)
		f := h >> t.shift
		t.filter[f/64] |= 1 << (f % 64)
		i := h & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, m[w]
	}
	return t
}

// Get returns w's value and whether w is in the table. For a token,
// GetHash(tok.Hash, tok.Norm) gives the same answer without hashing Norm
// again.
func (t *WordTable[V]) Get(w string) (V, bool) {
	return t.GetHash(WordHash(w), w)
}

// MayContainHash reports whether a word whose WordHash is h, such as a
// token's Hash, may be in the table; false is certain. It reads only the
// bit filter and inlines, so a loop over tokens can pass most of them by
// without a call.
func (t *WordTable[V]) MayContainHash(h uint32) bool {
	f := h >> (t.shift & 31)
	return t.filter[f/64]&(1<<(f%64)) != 0
}

// GetHash is Get for a word w whose WordHash is h, such as a token's Hash
// and Norm. h must be WordHash(w): a wrong hash misses a present word.
func (t *WordTable[V]) GetHash(h uint32, w string) (V, bool) {
	if f := h >> (t.shift & 31); t.filter[f/64]&(1<<(f%64)) != 0 {
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			k := t.keys[i]
			if k == "" {
				break
			}
			if k == w {
				return t.vals[i], true
			}
		}
	}
	var zero V
	return zero, false
}
