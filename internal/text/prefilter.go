package text

// Prefilter answers "certainly not in the set" for a folded word in a few
// instructions. Stages look every token up in word maps; most tokens are in
// none, and a map lookup costs a hash and a probe, so a hot loop asks the
// prefilter first and spends the lookup only on likely members.
type Prefilter struct {
	bits [prefilterWords]uint64
}

const (
	prefilterBits  = 16
	prefilterWords = 1 << prefilterBits / 64
)

// NewPrefilter returns a prefilter holding the keys of m. The map must not
// change afterwards.
func NewPrefilter[V any](m map[string]V) *Prefilter {
	p := &Prefilter{}
	for w := range m {
		p.Add(w)
	}
	return p
}

// Add puts w in the set.
func (p *Prefilter) Add(w string) {
	h := prefilterHash(w)
	p.bits[h/64] |= 1 << (h % 64)
}

// MayContain reports whether w may be in the set; false is certain.
func (p *Prefilter) MayContain(w string) bool {
	h := prefilterHash(w)
	return p.bits[h/64]&(1<<(h%64)) != 0
}

// prefilterHash mixes a word's length and its first, middle and last bytes.
func prefilterHash(w string) uint32 {
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
	return h >> (32 - prefilterBits)
}
