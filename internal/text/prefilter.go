package text

import "math/bits"

// Prefilter answers "certainly not in the set" for a folded word in a few
// instructions. Stages look every token up in word maps; most tokens are in
// none, and a map lookup costs a hash and a probe, so a hot loop asks the
// prefilter first and spends the lookup only on likely members.
//
// The bit table is sized to the set: every stage probes its own filters
// for every token, and small tables stay in the first-level cache where a
// fixed 8 KB one per filter would not (a miss there cost more than the
// hashing).
type Prefilter struct {
	bits  []uint64
	shift uint8 // a hash's top 32-shift bits index the table
}

const (
	prefilterMaxBits = 16 // 8 KB, the zero Prefilter's size
	prefilterMinBits = 10 // 128 bytes
	// prefilterLoad bits per member keep false positives near 3%.
	prefilterLoad = 32
)

// NewPrefilter returns a prefilter holding the keys of m. The map must not
// change afterwards.
func NewPrefilter[V any](m map[string]V) *Prefilter {
	p := newPrefilter(bits.Len(uint(max(len(m)*prefilterLoad, 1) - 1)))
	for w := range m {
		p.Add(w)
	}
	return p
}

func newPrefilter(b int) *Prefilter {
	b = min(max(b, prefilterMinBits), prefilterMaxBits)
	return &Prefilter{bits: make([]uint64, 1<<b/64), shift: uint8(32 - b)}
}

// Add puts w in the set. A zero Prefilter takes the largest table.
func (p *Prefilter) Add(w string) {
	if p.bits == nil {
		*p = *newPrefilter(prefilterMaxBits)
	}
	h := prefilterHash(w) >> p.shift
	p.bits[h/64] |= 1 << (h % 64)
}

// MayContain reports whether w may be in the set; false is certain.
func (p *Prefilter) MayContain(w string) bool {
	h := prefilterHash(w) >> p.shift
	if h/64 >= uint32(len(p.bits)) {
		return false // the empty zero Prefilter
	}
	return p.bits[h/64]&(1<<(h%64)) != 0
}

// prefilterHash mixes a word's length and its first, second, middle and
// last bytes.
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
	return h
}
