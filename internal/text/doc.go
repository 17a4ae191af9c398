package text

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a run of tokens [First, Last) covering text bytes [Start, End).
type Sentence struct {
	Start, End  int
	First, Last int
	// Para is the index of the paragraph the sentence belongs to; a blank
	// line starts a new paragraph.
	Para int
}

// Doc is an article's text with its tokens and sentences. Every later stage
// reads a Doc and never re-tokenises.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// starts[b] is TokenAt(b*startsGap), so TokenAt reads a few tokens
	// rather than binary-searching them all (stages map every mention's
	// offsets back to tokens). Nil for a Doc not made by Parse.
	starts []int32
}

// startsGap is the byte width of a starts bucket, about six tokens.
const startsGap = 32

// Parse tokenises text and splits it into sentences.
func Parse(text string) *Doc {
	return ParseInto(text, nil)
}

// ParseInto is Parse writing the tokens into buf's storage when it holds
// them, so a caller that is done with one Doc before the next can reuse
// its tokens (the largest allocation of a parse). The Doc owns buf until
// then.
func ParseInto(text string, buf []Token) *Doc {
	if need := tokenEstimate(text); cap(buf) < need {
		buf = make([]Token, 0, need)
	}
	d := &Doc{Text: text, Tokens: tokenize(text, buf[:0])}
	d.Sentences = splitSentences(text, d.Tokens)
	if len(d.Tokens) <= math.MaxInt32 {
		// Locals, not d's fields: the stores into starts would make the
		// loop reload them.
		toks, starts := d.Tokens, make([]int32, len(text)/startsGap+1)
		i := 0
		for b := range starts {
			for i < len(toks) && toks[i].End <= b*startsGap {
				i++
			}
			starts[b] = int32(i)
		}
		d.starts = starts
	}
	return d
}

// Raw returns token i as written.
func (d *Doc) Raw(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

// Slice returns the text of tokens [i, j).
func (d *Doc) Slice(i, j int) string {
	if i >= j || i < 0 || j > len(d.Tokens) {
		return ""
	}
	return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Doc) SentenceOf(i int) int {
	ss := d.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ss[m].Last <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// TokenAt returns the index of the first token that ends after byte offset
// off (the token holding off, or the next one).
func (d *Doc) TokenAt(off int) int {
	toks := d.Tokens
	if b := off / startsGap; off >= 0 && b < len(d.starts) {
		i := int(d.starts[b])
		for i < len(toks) && toks[i].End <= off {
			i++
		}
		return i
	}
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Title returns the first non-empty line of the text, trimmed.
func Title(s string) string {
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return ""
}

// titleAbbrev never end a sentence: a name or number follows them.
var titleAbbrev = map[string]bool{
	"gen": true, "lt": true, "maj": true, "col": true, "capt": true, "cpt": true, "sgt": true,
	"brig": true, "adm": true, "cpl": true, "pvt": true, "cmdr": true, "cdr": true, "lieut": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "rev": true, "sen": true,
	"rep": true, "gov": true, "pres": true, "st": true, "mt": true, "no": true, "nos": true,
	"ft": true, "sr": true, "jr": true, "hon": true, "supt": true, "insp": true, "vs": true,
	"approx": true, "fig": true, "vol": true, "sheikh": false, "msgr": true, "amb": true,
	"gens": true, "lt-gen": true, "maj-gen": true, "brig-gen": true, "pte": true, "cpo": true,
}

// monthAbbrev end a sentence only when no number follows ("Dec. 3").
var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceStarters are words that, after an initialism such as "U.S.",
// show that a new sentence began.
var sentenceStarters = map[string]bool{
	"the": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"in": true, "on": true, "a": true, "an": true, "but": true, "this": true, "that": true,
	"there": true, "his": true, "her": true, "their": true, "its": true, "at": true,
	"meanwhile": true, "however": true, "according": true, "after": true, "since": true,
}

func splitSentences(s string, toks []Token) []Sentence {
	// News sentences run about twenty tokens.
	out := make([]Sentence, 0, len(toks)/16+4)
	para := 0
	first := 0
	lineStart := 0 // token index of the current line's first token
	for i := 0; i < len(toks); i++ {
		// Most tokens are words inside a line, which settle nothing: pass
		// them in a loop tight enough to keep its variables in registers.
		for i < len(toks) && toks[i].Newlines == 0 && toks[i].Kind == Word && s[toks[i].End-1] != '.' {
			i++
		}
		if i == len(toks) {
			break
		}
		t := &toks[i]
		if t.Newlines > 0 {
			if i > first && (t.Newlines >= 2 || lineBreakEnds(s, toks, lineStart, i)) {
				out, first = flush(out, toks, first, i, para)
			}
			if t.Newlines >= 2 {
				para++
			}
			lineStart = i
		}
		if t.Kind == Word {
			if s[t.End-1] == '.' && i+1 < len(toks) {
				// An initialism swallowed its own full stop ("the U.N."): it ends
				// the sentence only when a new one plainly starts.
				if n := &toks[i+1]; n.Space && n.Newlines == 0 && n.Cap && sentenceStarters[n.Norm] {
					out, first = flush(out, toks, first, i+1, para)
				}
			}
			continue
		}
		if t.Kind != Punct || !isTerminal(t.Norm) {
			continue
		}
		// Swallow closing quotes and brackets and further terminal marks.
		j := i + 1
		for j < len(toks) && !toks[j].Space && toks[j].Kind == Punct && (isCloser(toks[j].Norm) || isTerminal(toks[j].Norm)) {
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		if !toks[j].Space {
			continue
		}
		if endsSentence(toks, i, j) {
			// Newline handling above must not see this boundary twice.
			i = j - 1
			out, first = flush(out, toks, first, j, para)
		}
	}
	out, _ = flush(out, toks, first, len(toks), para)
	return out
}

// flush closes the sentence of tokens [first, last), if any, and returns
// where the next one starts. A function rather than a closure: the loop's
// variables then stay in registers.
func flush(out []Sentence, toks []Token, first, last, para int) ([]Sentence, int) {
	if last > first {
		out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, Para: para})
	}
	return out, last
}

func isTerminal(n string) bool { return n == "." || n == "!" || n == "?" || n == "…" }

func isCloser(n string) bool { return n == "\"" || n == "'" || n == ")" || n == "]" }

// endsSentence decides whether the terminal mark at toks[i] ends a sentence,
// given that toks[j] is the first token after it and its closers.
func endsSentence(toks []Token, i, j int) bool {
	next := toks[j]
	if next.Newlines > 0 {
		return true
	}
	startsNew := next.Cap || next.Kind == Number || (next.Kind == Punct && (next.Norm == "\"" || next.Norm == "'" || next.Norm == "(" || next.Norm == "["))
	if !startsNew {
		return false
	}
	if toks[i].Norm != "." || i == 0 || j != i+1 {
		return true
	}
	prev := toks[i-1]
	if prev.End != toks[i].Start || prev.Kind != Word {
		return true
	}
	w := prev.Norm
	switch {
	case titleAbbrev[w]:
		return false
	case monthAbbrev[w] && prev.Cap:
		return next.Kind != Number
	case len(w) == 1 && prev.Upper:
		// An initial ("John F. Kennedy"), unless a sentence clearly starts.
		return sentenceStarters[next.Norm]
	}
	return true
}

// lineBreakEnds decides whether a single line break before toks[i] ends a
// sentence. Headlines, datelines and bylines have no full stop; hard-wrapped
// paragraphs continue over the break.
func lineBreakEnds(s string, toks []Token, lineStart, i int) bool {
	prev := toks[i-1]
	if prev.Kind == Punct && (isTerminal(prev.Norm) || isCloser(prev.Norm) || prev.Norm == ":") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[toks[i].Start:])
	if unicode.IsLower(r) {
		return false
	}
	lineLen := toks[i-1].End - toks[lineStart].Start
	return lineLen < 60
}
