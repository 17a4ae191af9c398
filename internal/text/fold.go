// Package text is sitrep's text layer: the one folding function every matcher
// uses, tokens with byte offsets into the original text, and sentence and
// paragraph boundaries that survive abbreviations, decimals, initials, quotes
// and headlines without a full stop.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold normalises a phrase for matching: case and accents folded, curly
// quotes made straight, dashes and hyphens made spaces, Arabic article forms
// (al-/el-/ad-/ash-…) made "al", whitespace collapsed. Two spellings that
// news copy treats as the same name fold to the same string: "Juhr Al-Dik"
// and "Juhr ad-Dik" both give "juhr al dik".
func Fold(s string) string {
	if f, ok := foldPlain(s); ok {
		return f
	}
	return foldTokens(s)
}

// foldPlain folds the common name, ASCII words of letters and digits
// each opening with a letter and parted by single spaces ("Rapid Support
// Forces"), which folds to its lower case: one allocation, none when it
// has no capital, where tokenising it takes two. It reports false for
// anything else, and for a name ending in the word "el" (made "al").
func foldPlain(s string) (string, bool) {
	upper, wordStart := false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		class := asciiClass[c]
		switch {
		case wordStart:
			if class&(classLower|classUpper) == 0 {
				return "", false
			}
			wordStart = false
		case c == ' ':
			wordStart = true
			continue
		case class == 0:
			return "", false
		}
		if class == classUpper {
			upper = true
		}
	}
	n := len(s)
	if wordStart && n > 0 {
		return "", false // a trailing space
	}
	if n >= 2 && (n == 2 || s[n-3] == ' ') && s[n-2]|0x20 == 'e' && s[n-1]|0x20 == 'l' {
		return "", false
	}
	if !upper {
		return s, true
	}
	return strings.ToLower(s), true
}

// foldTokens is Fold for any text: the tokens' Norms, less apostrophes and
// dashes, joined by single spaces.
func foldTokens(s string) string {
	// Names are a few tokens: they fit a buffer on the stack.
	var buf [16]Token
	toks := tokenize(s, buf[:0])
	n, size, last := 0, 0, ""
	for i := range toks {
		t := &toks[i]
		if t.Kind == Punct && (t.Norm == "'" || t.Norm == "-") {
			continue
		}
		n++
		size += len(t.Norm)
		last = t.Norm
	}
	switch n {
	case 0:
		return ""
	case 1:
		return last
	}
	var b strings.Builder
	b.Grow(size + n - 1)
	first := true
	for i := range toks {
		t := &toks[i]
		if t.Kind == Punct && (t.Norm == "'" || t.Norm == "-") {
			continue
		}
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(t.Norm)
	}
	return b.String()
}

// FoldWord folds one word: lower case, accents stripped, curly apostrophes
// made straight. It does not touch hyphens; Tokenize splits at them.
func FoldWord(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u02bf' || r == '\u02be' || r == '`' || r == '\u00b4':
			b.WriteByte('\'')
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// arabicArticles are the assimilated forms of the Arabic definite article
// that transliterations write before a hyphen ("ad-Din", "ash-Sham").
var arabicArticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "as": true, "at": true,
	"az": true, "an": true, "ar": true, "ath": true, "adh": true, "ed": true,
	"es": true, "et": true, "ez": true, "en": true, "er": true, "ul": true,
	"ud": true, "ut": true, "uz": true, "ur": true, "us": true, "un": true,
	"ush": true, "ash-": true, "dh": true, "az-": true, "aț": true,
}

// IsDash reports whether r is a hyphen or dash of any width.
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

// IsQuote reports whether r opens or closes a quotation.
func IsQuote(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019':
		return true
	}
	return false
}
