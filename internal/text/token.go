package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind tells words, numbers and punctuation apart.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota + 1
	Number
	Punct
)

// Token is one word, number or punctuation mark with its byte offsets into
// the original text. Norm is its folded form (see Fold); matchers compare
// Norm, never the raw text, except where case carries meaning (acronyms).
//
// The fields are ordered so that the small ones share one word: a Doc holds
// a token per few bytes of text.
type Token struct {
	Start, End int
	Norm       string
	// Newlines counts the line breaks in the whitespace before the token.
	Newlines int
	Kind     Kind
	// Cap is true when the token starts with an upper-case letter, Upper
	// when every letter in it is upper case.
	Cap, Upper bool
	// Space is true when whitespace (or the start of the text) precedes the
	// token.
	Space bool
}

// Tokenize splits s into tokens. It never fails: invalid UTF-8 and control
// bytes are skipped like whitespace, so offsets stay valid for any input.
func Tokenize(s string) []Token {
	// News copy averages a little under one token per five bytes.
	return tokenize(s, make([]Token, 0, len(s)/5+len(s)/32+8))
}

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []Token) []Token {
	// Capitalised ASCII words are lower-cased into one shared buffer rather
	// than a string each; the buffer only grows, so earlier Norms stay valid.
	var low strings.Builder
	space, nl := true, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			nl++
			space = true
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError || r == 0 || unicode.IsControl(r) || r == '\u200b' || r == '\u200e' || r == '\u200f' || r == '\ufeff':
			space = true
			i += size
			continue
		}
		t := Token{Start: i, Space: space, Newlines: nl}
		space, nl = false, 0
		switch {
		case unicode.IsLetter(r):
			t.End = scanWord(s, i)
			t.Kind = Word
			raw := s[t.Start:t.End]
			ascii, upper, dot := asciiWord(raw)
			if ascii {
				t.Cap, t.Upper = asciiCase(raw)
			} else {
				t.Cap, t.Upper = caseOf(raw)
			}
			switch {
			case dot:
				t.Norm = FoldWord(strings.ReplaceAll(raw, ".", ""))
			case !ascii:
				t.Norm = FoldWord(raw)
			case !upper:
				t.Norm = raw
			default:
				if low.Cap() == 0 {
					low.Grow(len(s) - i)
				}
				at := low.Len()
				for k := 0; k < len(raw); k++ {
					c := raw[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					low.WriteByte(c)
				}
				t.Norm = low.String()[at:]
			}
			if t.End < len(s) {
				// The map lookup only when a dash follows: "ad-Din".
				if nr, nsz := utf8.DecodeRuneInString(s[t.End:]); IsDash(nr) && t.End+nsz < len(s) && len(t.Norm) <= 4 && arabicArticles[t.Norm] {
					if lr, _ := utf8.DecodeRuneInString(s[t.End+nsz:]); unicode.IsLetter(lr) {
						t.Norm = "al"
					}
				}
			} else if t.Norm == "el" {
				t.Norm = "al"
			}
		case r >= '0' && r <= '9':
			t.End = scanNumber(s, i)
			t.Kind = Number
			t.Norm = s[t.Start:t.End]
		case (r == '\'' || r == '\u2019') && !t.Space && len(toks) > 0 && i+size < len(s) &&
			(s[i+size] == 's' || s[i+size] == 'S') && !isLetterAt(s, i+size+1):
			// Possessive: "Hamas's" gives "Hamas" and "'s".
			t.End = i + size + 1
			t.Kind = Word
			t.Norm = "'s"
		default:
			t.End = i + size
			t.Kind = Punct
			t.Norm = punctNorm(r, s[i:i+size])
		}
		toks = append(toks, t)
		i = t.End
	}
	return toks
}

// asciiWord reports whether raw is all ASCII, holds an upper-case letter,
// and holds a dot.
func asciiWord(raw string) (ascii, upper, dot bool) {
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		switch {
		case c >= utf8.RuneSelf:
			return false, upper, dot || strings.IndexByte(raw[k:], '.') >= 0
		case 'A' <= c && c <= 'Z':
			upper = true
		case c == '.':
			dot = true
		}
	}
	return true, upper, dot
}

// asciiCase is caseOf for an ASCII word.
func asciiCase(raw string) (first, all bool) {
	all = true
	seen := false
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		up := 'A' <= c && c <= 'Z'
		if !up && !('a' <= c && c <= 'z') {
			continue
		}
		if !seen {
			first, seen = up, true
		}
		if !up {
			all = false
		}
	}
	return first, all && seen
}

func caseOf(raw string) (first, all bool) {
	all = true
	seen := false
	for _, r := range raw {
		if !unicode.IsLetter(r) {
			continue
		}
		up := unicode.IsUpper(r)
		if !seen {
			first, seen = up, true
		}
		if !up {
			all = false
		}
	}
	return first, all && seen
}

// scanWord reads a word: letters, digits and combining marks, an apostrophe
// between letters ("Ta'izz", "N'Djamena") but not a possessive "'s", and
// dotted initialisms ("U.N.", "U.S.").
func scanWord(s string, i int) int {
	start := i
	r, size := utf8.DecodeRuneInString(s[i:])
	i += size
	// Dotted initialism: a single letter, a dot, a letter, a dot...
	if j := scanInitialism(s, start); j > 0 {
		return j
	}
	_ = r
	for i < len(s) {
		r, size = utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		if r == '\'' || r == '\u2019' || r == '\u02bc' {
			rest := s[i+size:]
			nr, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsLetter(nr) {
				break
			}
			// A possessive "'s" ends the word; it becomes its own token.
			if (nr == 's' || nr == 'S') && (len(rest) == 1 || !isLetterAt(rest, 1)) {
				break
			}
			i += size
			continue
		}
		break
	}
	return i
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanInitialism returns the end of "U.N."-style tokens starting at i, or 0.
func scanInitialism(s string, i int) int {
	n := 0
	j := i
	for j+1 < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		if isLetterAt(s, j+size+1) && !(j+size+2 >= len(s) || s[j+size+2] == '.') {
			// "U.Nations": the next letter starts a word, not a letter of the initialism.
			nr, nsz := utf8.DecodeRuneInString(s[j+size+1:])
			_ = nr
			if j+size+1+nsz < len(s) && isLetterAt(s, j+size+1+nsz) {
				if n == 0 {
					return 0
				}
				break
			}
		}
		j += size + 1
		n++
	}
	if n < 2 {
		return 0
	}
	return j
}

// scanNumber reads digits with thousands separators and decimals ("1,000",
// "8.6"), numeric dates and times ("3/12/2023", "10:30") and ordinal
// suffixes ("28th").
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == '/' || c == ':') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if i+2 <= len(s) {
		suf := strings.ToLower(s[i:min(i+2, len(s))])
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if !isLetterAt(s, i+2) {
				return i + 2
			}
		}
	}
	return i
}

func punctNorm(r rune, raw string) string {
	switch {
	case r == '\u2018' || r == '\u2019' || r == '\u02bc' || r == '`':
		return "'"
	case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
		return "\""
	case IsDash(r):
		return "-"
	}
	return raw
}
