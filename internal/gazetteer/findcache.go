package gazetteer

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"sitrep/internal/text"
)

// keyHash hashes a name key: the WordHash of each space-separated word,
// mixed in order. Keys are tokens' folded forms joined by spaces, so the
// scan extends a key's hash by the next token's precomputed Hash
// (extendHash) instead of hashing the key's bytes at every step.
func keyHash[T string | []byte](key T) uint32 {
	var h uint32
	start := 0
	for i := 0; i <= len(key); i++ {
		if i == len(key) || key[i] == ' ' {
			w := text.WordHash(key[start:i])
			if start == 0 {
				h = w
			} else {
				h = extendHash(h, w)
			}
			start = i + 1
		}
	}
	return h
}

// extendHash is the hash of a key with one more word, whose WordHash is w.
func extendHash(h, w uint32) uint32 {
	return (bits.RotateLeft32(h, 7) ^ w) * 0x9E3779B1
}

// findCache is a read-mostly cache of index searches: lookups read an
// immutable open-addressing table without locking, and new entries wait in
// a small locked map until there are enough of them to copy into a new
// table. Each flush waits for an eighth of the table's entries, so an entry
// is copied a bounded number of times on average. The table is probed with
// keyHash, which the scan has at hand, so a lookup hashes nothing.
type findCache struct {
	t       atomic.Pointer[findTable]
	mu      sync.Mutex
	pending map[string]pendingFind
	n       int // entries in t and pending
}

type pendingFind struct {
	h uint32
	f found
}

// findTable is an immutable hash table; an empty key marks a free slot
// (the empty key is never cached).
type findTable struct {
	slots []findSlot
	mask  uint32
	n     int
}

type findSlot struct {
	key string
	h   uint32
	f   found
}

func (t *findTable) get(key []byte, h uint32) (found, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == "" {
			return found{}, false
		}
		if s.h == h && s.key == string(key) {
			return s.f, true
		}
	}
}

func (t *findTable) put(key string, h uint32, f found) {
	i := h & t.mask
	for t.slots[i].key != "" {
		i = (i + 1) & t.mask
	}
	t.slots[i] = findSlot{key: key, h: h, f: f}
	t.n++
}

// load returns the cached search of key, whose keyHash is h.
func (c *findCache) load(key []byte, h uint32) (found, bool) {
	if t := c.t.Load(); t != nil {
		if f, ok := t.get(key, h); ok {
			return f, true
		}
	}
	if len(key) == 0 {
		return found{}, false
	}
	// A flush may have moved the key since t was read: look again under
	// the lock that flushes hold.
	c.mu.Lock()
	p, ok := c.pending[string(key)]
	f := p.f
	if t := c.t.Load(); !ok && t != nil {
		f, ok = t.get(key, h)
	}
	c.mu.Unlock()
	return f, ok
}

// store caches the search of key, whose keyHash is h.
func (c *findCache) store(key []byte, h uint32, f found) {
	if len(key) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= maxCached {
		return
	}
	if _, ok := c.pending[string(key)]; ok {
		return
	}
	old := c.t.Load()
	if old != nil {
		if _, ok := old.get(key, h); ok {
			return
		}
	}
	if c.pending == nil {
		c.pending = map[string]pendingFind{}
	}
	c.pending[string(key)] = pendingFind{h, f}
	c.n++
	size := 0
	if old != nil {
		size = old.n
	}
	if len(c.pending) < max(64, size/8) {
		return
	}
	// At most half full, so a miss ends at a free slot within a few
	// probes.
	n := size + len(c.pending)
	slots := 64
	for slots < 2*n {
		slots <<= 1
	}
	t := &findTable{slots: make([]findSlot, slots), mask: uint32(slots - 1)}
	if old != nil {
		for _, s := range old.slots {
			if s.key != "" {
				t.put(s.key, s.h, s.f)
			}
		}
	}
	for k, p := range c.pending {
		t.put(k, p.h, p.f)
	}
	c.t.Store(t)
	c.pending = nil
}
