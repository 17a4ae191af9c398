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

// TestTokenAt checks the bucket index against a plain search at every
// offset, including the ends and offsets past the text.
func TestTokenAt(t *testing.T) {
	for _, s := range []string{"", "a", "  Hamas said,  on Monday (Oct. 7) that 1,200 people\n\nwere killed — “at least”.  ",
		"x" + string(make([]byte, 100)) + "y z"} {
		d := Parse(s)
		for off := -3; off <= len(s)+40; off++ {
			want := 0
			for want < len(d.Tokens) && d.Tokens[want].End <= off {
				want++
			}
			if got := d.TokenAt(off); got != want {
				t.Fatalf("TokenAt(%d) in %q = %d, want %d", off, s, got, want)
			}
		}
	}
}
