package text

import (
	"math"
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
// a token per five bytes of text and every stage walks them; at 48 bytes
// (Newlines an int32, Hash beside it) four tokens fill three cache lines.
type Token struct {
	Start, End int
	Norm       string
	// Newlines counts the line breaks in the whitespace before the token.
	Newlines int32
	// Hash is WordHash(Norm), computed once at tokenisation so that the
	// word lookups every stage makes per token skip rehashing: pass it to
	// Prefilter.MayContainHash and WordTable.GetHash.
	Hash uint32
	Kind Kind
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
	if len(s) <= 64 {
		// Names and phrases: tokenised on the stack, the caller gets only
		// the tokens there are (the estimate is several times that).
		var buf [16]Token
		toks := tokenize(s, buf[:0])
		out := make([]Token, len(toks))
		copy(out, toks)
		return out
	}
	return tokenize(s, make([]Token, 0, tokenEstimate(s)))
}

// tokenEstimate is a token count news copy rarely exceeds: it averages a
// little under one token per five bytes.
func tokenEstimate(s string) int { return len(s)/5 + len(s)/32 + 8 }

// tokenize appends the tokens of s to toks. News copy is mostly ASCII, so
// each step takes a byte-wide path first and decodes runes only for the rest.
func tokenize(s string, toks []Token) []Token {
	// Capitalised ASCII words are lower-cased into a shared buffer rather
	// than a string each (see lowerInto).
	var low strings.Builder
	space, nl := true, int32(0)
	for i := 0; i < len(s); {
		// Spaces, lower-case words and ASCII punctuation, most of news
		// copy, take a loop with no calls in it, which keeps its variables
		// in registers; it leaves anything else to the general step below,
		// and a full toks too (append would call).
		for i < len(s) {
			c := s[i]
			if c == ' ' {
				space = true
				i++
				continue
			}
			if asciiClass[c] != classLower {
				if c <= ' ' || c >= 0x7f || asciiClass[c] != 0 || c == '\'' || c == '`' || len(toks) == cap(toks) {
					break
				}
				// ASCII punctuation is its own Norm.
				norm := s[i : i+1]
				n := len(toks)
				toks = toks[:n+1]
				toks[n] = Token{Start: i, End: i + 1, Norm: norm, Newlines: nl, Hash: WordHash(norm), Kind: Punct, Space: space}
				space, nl = false, 0
				i++
				continue
			}
			end, rest := scanPlainWord(s, i)
			if end == 0 || rest&classUpper != 0 || len(toks) == cap(toks) {
				break
			}
			if end-i <= 4 && (end == len(s) || s[end] == '-') {
				break // maybe an Arabic article ("ad-Din", a final "el")
			}
			norm := s[i:end]
			n := len(toks)
			toks = toks[:n+1]
			toks[n] = Token{Start: i, End: end, Norm: norm, Newlines: nl, Hash: WordHash(norm), Kind: Word, Space: space}
			space, nl = false, 0
			i = end
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c == ' ' {
			// Most gaps between tokens are one space.
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			if nl < math.MaxInt32 {
				nl++
			}
			space = true
			i += size
			continue
		case c < utf8.RuneSelf:
			if c <= ' ' || c == 0x7f {
				// ASCII white space and control bytes.
				space = true
				i++
				continue
			}
		case unicode.IsSpace(r) || r == utf8.RuneError || unicode.IsControl(r) || r == '\u200b' || r == '\u200e' || r == '\u200f' || r == '\ufeff':
			space = true
			i += size
			continue
		}
		t := Token{Start: i, Space: space, Newlines: nl}
		space, nl = false, 0
		switch {
		case asciiLetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r):
			t.Kind = Word
			if end, rest := scanPlainWord(s, i); end > 0 {
				// Most words: ASCII letters and digits, shaped in the scan.
				first := asciiClass[c]
				t.End = end
				t.Cap = first == classUpper
				t.Upper = (first|rest)&classLower == 0
				switch {
				case (first|rest)&classUpper == 0:
					t.Norm = s[i:end]
				case rest&classUpper == 0:
					t.Norm = lowerFirst(&low, s[i:end], len(s)-i)
				default:
					t.Norm = lowerInto(&low, s[i:end], len(s)-i)
				}
			} else {
				t.End = scanWord(s, i)
				t.Norm, t.Cap, t.Upper = wordForm(&low, s[t.Start:t.End], len(s)-i)
			}
			if t.End < len(s) {
				// The map lookup only when a dash follows: "ad-Din".
				if n := s[t.End]; n == '-' || n >= utf8.RuneSelf && len(t.Norm) <= 4 {
					if nr, nsz := utf8.DecodeRuneInString(s[t.End:]); IsDash(nr) && t.End+nsz < len(s) && len(t.Norm) <= 4 && arabicArticles[t.Norm] {
						if lr, _ := utf8.DecodeRuneInString(s[t.End+nsz:]); unicode.IsLetter(lr) {
							t.Norm = "al"
						}
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
		t.Hash = WordHash(t.Norm)
		toks = append(toks, t)
		i = t.End
	}
	return toks
}

// wordForm folds a word scanWord read and tells its case, for the words
// scanPlainWord leaves: initialisms, accents, apostrophes.
func wordForm(low *strings.Builder, raw string, rest int) (norm string, capFirst, allUpper bool) {
	ascii, upper, dot, capFirst, allUpper := asciiShape(raw)
	if !ascii {
		capFirst, allUpper = caseOf(raw)
	}
	switch {
	case dot:
		return FoldWord(strings.ReplaceAll(raw, ".", "")), capFirst, allUpper
	case !ascii:
		return FoldWord(raw), capFirst, allUpper
	case !upper:
		return raw, capFirst, allUpper
	}
	return lowerInto(low, raw, rest), capFirst, allUpper
}

// lowerInto returns raw (ASCII) in lower case, written to low rather than
// to a string of its own. A full buffer is replaced, never grown, so
// earlier Norms stay valid; rest (the bytes left in the text) sizes the
// next one, as capitalised words are about a quarter of news text.
func lowerInto(low *strings.Builder, raw string, rest int) string {
	at := room(low, len(raw), rest)
	// A stack buffer lets one Write copy each chunk.
	var buf [32]byte
	for len(raw) > 0 {
		n := copy(buf[:], raw)
		for k := range n {
			if c := buf[k]; 'A' <= c && c <= 'Z' {
				buf[k] = c + 'a' - 'A'
			}
		}
		low.Write(buf[:n])
		raw = raw[n:]
	}
	return low.String()[at:]
}

// lowerFirst is lowerInto for a word whose only capital is its first
// letter, as most are: two copies rather than a byte at a time.
func lowerFirst(low *strings.Builder, raw string, rest int) string {
	at := room(low, len(raw), rest)
	low.WriteByte(raw[0] + 'a' - 'A')
	low.WriteString(raw[1:])
	return low.String()[at:]
}

// room makes sure low can take n more bytes without growing and returns
// its length.
func room(low *strings.Builder, n, rest int) int {
	if low.Cap()-low.Len() < n {
		*low = strings.Builder{}
		low.Grow(max(rest/4, n, 32))
	}
	return low.Len()
}

// Byte classes of ASCII letters and digits, for the word scan.
const (
	classLower = 1 << iota
	classUpper
	classDigit
)

// asciiClass is the class of every byte; zero for all but letters and
// digits. Read-only.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLower, classUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	return t
}()

// scanPlainWord reads the common word, ASCII letters and digits from the
// letter at i to a byte that is neither an apostrophe nor part of a longer
// character, in one pass that also gathers the classes of its bytes after
// the first. It returns 0 for anything scanWord must read: a letter with a
// dot after it (an initialism) or a word running on into an apostrophe or
// a non-ASCII character.
func scanPlainWord(s string, i int) (end int, rest uint8) {
	if i+1 < len(s) && s[i+1] == '.' {
		return 0, 0
	}
	var class uint8
	j := i + 1
	for ; j < len(s); j++ {
		k := asciiClass[s[j]]
		if k == 0 {
			break
		}
		class |= k
	}
	if j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'') {
		return 0, 0
	}
	return j, class
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func asciiAlnum(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' }

// asciiShape reads a word in one pass: whether it is all ASCII, holds an
// upper-case letter, holds a dot, and (for an ASCII word) whether its first
// letter and all its letters are upper case.
func asciiShape(raw string) (ascii, upper, dot, capFirst, allUpper bool) {
	allUpper = true
	seen := false
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		switch {
		case c >= utf8.RuneSelf:
			return false, upper, dot || strings.IndexByte(raw[k:], '.') >= 0, false, false
		case 'A' <= c && c <= 'Z':
			upper = true
			if !seen {
				capFirst, seen = true, true
			}
		case 'a' <= c && c <= 'z':
			allUpper = false
			seen = true
		case c == '.':
			dot = true
		}
	}
	return true, upper, dot, capFirst, allUpper && seen
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
	// Dotted initialism: a single letter, a dot, a letter, a dot...
	if j := scanInitialism(s, i); j > 0 {
		return j
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	i += size
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiAlnum(c) {
				i++
				continue
			}
			if c != '\'' {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
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
	if s[i] < utf8.RuneSelf && (i+1 >= len(s) || s[i+1] != '.') {
		return 0
	}
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
		// Byte-wise lower case: only ASCII letters can match.
		if suf := [2]byte{s[i] | 0x20, s[i+1] | 0x20}; suf == [2]byte{'s', 't'} || suf == [2]byte{'n', 'd'} || suf == [2]byte{'r', 'd'} || suf == [2]byte{'t', 'h'} {
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
