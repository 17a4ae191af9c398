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
	// hashes are the members' hashes, to resize the table as a Prefilter
	// built by Add grows.
	hashes []uint32
}

const (
	prefilterMaxBits = 16 // 8 KB
	prefilterMinBits = 10 // 128 bytes
	// prefilterLoad bits per member keep false positives near 3%.
	prefilterLoad = 32
)

// NewPrefilter returns a prefilter holding the keys of m. The map must not
// change afterwards.
func NewPrefilter[V any](m map[string]V) *Prefilter {
	p := &Prefilter{hashes: make([]uint32, 0, len(m))}
	p.resize(len(m))
	for w := range m {
		p.Add(w)
	}
	return p
}

// resize makes the table fit n members and puts the known hashes back in.
func (p *Prefilter) resize(n int) {
	b := min(max(bits.Len(uint(max(n*prefilterLoad, 1)-1)), prefilterMinBits), prefilterMaxBits)
	p.bits, p.shift = make([]uint64, 1<<b/64), uint8(32-b)
	for _, h := range p.hashes {
		p.set(h)
	}
}

func (p *Prefilter) set(h uint32) {
	h >>= p.shift
	p.bits[h/64] |= 1 << (h % 64)
}

// Add puts w in the set. The table doubles as members come, up to 8 KB.
func (p *Prefilter) Add(w string) {
	h := WordHash(w)
	p.hashes = append(p.hashes, h)
	if n := len(p.hashes); p.bits == nil || n*prefilterLoad > len(p.bits)*64 && p.shift > 32-prefilterMaxBits {
		p.resize(n)
		return
	}
	p.set(h)
}

// MayContain reports whether w may be in the set; false is certain.
// For a token, MayContainHash(tok.Hash) gives the same answer without
// hashing Norm again.
func (p *Prefilter) MayContain(w string) bool {
	return p.MayContainHash(WordHash(w))
}

// MayContainHash is MayContain for a word whose WordHash is h, such as a
// token's Hash: a hot loop over tokens asks it with no hashing at all.
func (p *Prefilter) MayContainHash(h uint32) bool {
	h >>= p.shift & 31 // shift is below 32; the mask spares the check
	if h/64 >= uint32(len(p.bits)) {
		return false // the empty zero Prefilter
	}
	return p.bits[h/64]&(1<<(h%64)) != 0
}

// WordHash mixes a word's length and its first, second, middle and last
// bytes: cheap, and spread enough for the small word sets matchers probe.
// Every Token carries WordHash(Norm) as its Hash; Prefilter and WordTable
// take it directly (MayContainHash, GetHash).
func WordHash[T string | []byte](w T) uint32 {
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
