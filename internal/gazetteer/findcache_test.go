package gazetteer

import (
	"strconv"
	"sync"
	"testing"

	"sitrep/internal/text"
)

// TestFindCacheConcurrent stores and loads from several goroutines (run
// with -race): every stored key reads back its value, whether it still
// waits in the pending map or was flushed to the shared one.
func TestFindCacheConcurrent(t *testing.T) {
	var c findCache
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				key := []byte(strconv.Itoa(i))
				if f, ok := c.load(key, keyHash(key)); ok {
					if f.exact != i {
						t.Errorf("load(%s) = %d", key, f.exact)
					}
					continue
				}
				c.store(key, keyHash(key), found{exact: i})
				if f, ok := c.load(key, keyHash(key)); !ok || f.exact != i {
					t.Errorf("after store, load(%s) = %v, %v", key, f, ok)
				}
			}
		}(g)
	}
	wg.Wait()
	if c.n < 2000 {
		t.Errorf("cache holds %d entries, want at least 2000", c.n)
	}
}

// TestKeyHashExtends checks that a key's hash grown token by token, as
// the scan grows it from the tokens' Hash, is the hash of the key's bytes:
// the find cache and the overlay filter are probed with the one and
// filled with the other.
func TestKeyHashExtends(t *testing.T) {
	d := text.Parse("Deir al-Balah, Gaza City and Tower 22 near the Port of Sudan's north")
	for i := range d.Tokens {
		var key []byte
		var h uint32
		for j := i; j < len(d.Tokens) && j-i < 5; j++ {
			tok := d.Tokens[j]
			if j == i {
				h = tok.Hash
			} else {
				key = append(key, ' ')
				h = extendHash(h, tok.Hash)
			}
			key = append(key, tok.Norm...)
			if want := keyHash(key); h != want {
				t.Errorf("%q: grown hash %#x, keyHash %#x", key, h, want)
			}
		}
	}
}
