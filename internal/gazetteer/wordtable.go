package gazetteer

import "sitrep/internal/text"

// wordTable is a read-only hash table from folded words to values, for the
// fixed vocabularies the matcher asks about every token: a short hash of a
// word's length and a few of its bytes and a linear probe cost a fraction
// of a Go map lookup, and a word that is absent usually meets an empty
// slot at once.
type wordTable[V any] struct {
	keys []string
	vals []V
	mask uint32
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	t := &wordTable[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	// Sorted insertion gives the same layout on every run.
	for _, k := range sortedKeys(m) {
		if k == "" {
			continue // the empty key marks an empty slot
		}
		i := text.WordHash(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, m[k]
	}
	return t
}

// get returns w's value and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) {
	for i := text.WordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			var zero V
			return zero, false
		}
		if k == w {
			return t.vals[i], true
		}
	}
}

// keyFilter answers "certainly not in the set" for a key in a few
// instructions.
type keyFilter [1 << 10]uint64

func (f *keyFilter) add(w string) {
	h := text.WordHash(w) >> 16
	f[h/64] |= 1 << (h % 64)
}

func (f *keyFilter) mayHave(w []byte) bool {
	h := text.WordHash(w) >> 16
	return f[h/64]&(1<<(h%64)) != 0
}
