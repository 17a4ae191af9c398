package text

import (
	"testing"
	"unsafe"
)

func TestTokenSize(t *testing.T) {
	// Every stage walks the tokens; a field that breaks the 48-byte layout
	// costs every stage cache.
	if n := unsafe.Sizeof(Token{}); n > 48 {
		t.Errorf("Token is %d bytes, want at most 48", n)
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

// TestTokenHash checks that every token carries its Norm's hash, including
// the Norms tokenize rewrites after folding ("el" and "ad-" made "al"), and
// that the hash-taking lookups agree with the string ones.
func TestTokenHash(t *testing.T) {
	d := Parse("Izz ad-Din al-Qassam said, “U.S. forces” killed 1,200 in Ṣanʿāʾ — Hamas's el\n\nMONDAY 28th el")
	p := NewPrefilter(map[string]bool{"al": true, "killed": true, "us": true})
	tab := NewWordTable(map[string]int{"al": 1, "monday": 2, "sanaa": 3, "'s": 4})
	for _, tok := range d.Tokens {
		if tok.Hash != WordHash(tok.Norm) {
			t.Errorf("token %q: Hash %#x, WordHash(Norm) %#x", tok.Norm, tok.Hash, WordHash(tok.Norm))
		}
		if got, want := p.MayContainHash(tok.Hash), p.MayContain(tok.Norm); got != want {
			t.Errorf("MayContainHash(%q) = %v, MayContain = %v", tok.Norm, got, want)
		}
		v1, ok1 := tab.GetHash(tok.Hash, tok.Norm)
		v2, ok2 := tab.Get(tok.Norm)
		if v1 != v2 || ok1 != ok2 {
			t.Errorf("GetHash(%q) = %d, %v; Get = %d, %v", tok.Norm, v1, ok1, v2, ok2)
		}
	}
}

// TestFoldPlain checks Fold's shortcut for plain ASCII names against the
// token path, on names it takes and on near misses it must hand over.
func TestFoldPlain(t *testing.T) {
	parts := []string{"Rapid", "support", "FORCES", "M23", "al", "El", "el", "EL", "Ad", "x", "2nd", "U.N.", "ad-Din",
		"Hamas's", "Ta'izz", "Ṣanʿāʾ", " ", "  ", "-", ".", "7", "ß", "Kharkiv"}
	taken := 0
	// Every sequence of up to three parts, joined with and without spaces.
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		if got, ok := foldPlain(s); ok {
			taken++
			if want := foldTokens(s); got != want {
				t.Errorf("foldPlain(%q) = %q, token path gives %q", s, got, want)
			}
		}
		if depth == 3 {
			return
		}
		for _, p := range parts {
			walk(s+p, depth+1)
			walk(s+" "+p, depth+1)
		}
	}
	walk("", 0)
	if taken < 1000 {
		t.Errorf("foldPlain took only %d names", taken)
	}
}
