package gazetteer

// keyFilter answers "certainly not in the set" for a key in a few
// instructions.
type keyFilter [1 << 10]uint64

func (f *keyFilter) add(w string) {
	h := keyHash(w) >> 16
	f[h/64] |= 1 << (h % 64)
}

// mayHave answers for a key whose keyHash is h.
func (f *keyFilter) mayHave(h uint32) bool {
	h >>= 16
	return f[h/64]&(1<<(h%64)) != 0
}
