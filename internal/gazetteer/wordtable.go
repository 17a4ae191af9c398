package gazetteer

import "sitrep/internal/text"

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
