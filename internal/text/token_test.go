package text

import (
	"testing"
	"unsafe"
)

func TestTokenSize(t *testing.T) {
	// Every stage walks the tokens; a field that breaks the 40-byte layout
	// costs every stage cache.
	if n := unsafe.Sizeof(Token{}); n > 40 {
		t.Errorf("Token is %d bytes, want at most 40", n)
	}
}
