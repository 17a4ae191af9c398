package gazetteer

import (
	"strconv"
	"sync"
	"testing"
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
				if f, ok := c.load(key); ok {
					if f.exact != i {
						t.Errorf("load(%s) = %d", key, f.exact)
					}
					continue
				}
				c.store(key, found{exact: i})
				if f, ok := c.load(key); !ok || f.exact != i {
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
