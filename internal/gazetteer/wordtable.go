package gazetteer

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
		i := wordHash(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, m[k]
	}
	return t
}

// get returns w's value and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
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

// wordHash mixes a word's length and its first, second, middle and last
// bytes.
func wordHash[T string | []byte](w T) uint32 {
	n := uint32(len(w))
	h := n * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0]) * 0x85EBCA77
		h ^= uint32(w[n/2]) * 0x27D4EB2F
		h ^= uint32(w[n-1]) * 0xC2B2AE3D
		if n > 1 {
			h ^= uint32(w[1]) * 0x165667B1
		}
	}
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 13
	return h
}

// keyFilter answers "certainly not in the set" for a key in a few
// instructions.
type keyFilter [1 << 10]uint64

func (f *keyFilter) add(w string) {
	h := wordHash(w) >> 16
	f[h/64] |= 1 << (h % 64)
}

func (f *keyFilter) mayHave(w []byte) bool {
	h := wordHash(w) >> 16
	return f[h/64]&(1<<(h%64)) != 0
}
