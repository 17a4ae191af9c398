package extract

import (
	"strings"
	"unicode"
)

// boilerplateMarkers open lines that web pages wrap around an article:
// related links, reading lists, ads, sharing and comment widgets. A page
// turned into text keeps them, and the stages would read a related
// headline's places and figures as the article's own.
var boilerplateMarkers = []string{
	"related", "read more", "read also", "also read", "see also", "more on this", "recommended",
	"most read", "most popular", "trending", "latest news", "top stories", "more stories",
	"advertisement", "sponsored", "share this", "share on", "share article", "follow us",
	"sign up", "subscribe", "newsletter", "comments", "log in to comment", "leave a comment",
	"click here", "download our app", "copyright", "all rights reserved", "tags:", "topics:",
}

// maxBoilerplateLine bounds a boilerplate line: a long line is prose, even
// if it starts like a widget ("Related clashes broke out …").
const maxBoilerplateLine = 160

// maskBoilerplate blanks web-page boilerplate lines with spaces, so every
// byte offset into the article stays valid. A marker alone on its line
// ("MOST READ", "Read more") also blanks the list under it, up to the next
// blank line.
func maskBoilerplate(s string) string {
	var b []byte // allocated on the first masked line only
	inList := false
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := strings.TrimSpace(s[start:end])
		mask := false
		switch {
		case line == "":
			inList = false
		case inList:
			mask = true
		case len(line) <= maxBoilerplateLine && start > 0:
			if m, alone := boilerplate(line); m {
				mask, inList = true, alone
			}
		}
		if mask {
			if b == nil {
				b = []byte(s)
			}
			for i := start; i < end; i++ {
				b[i] = ' '
			}
		}
		start = end + 1
	}
	if b == nil {
		return s
	}
	return string(b)
}

// boilerplate reports whether a line is a widget line, and whether it is a
// heading alone (so the list under it is boilerplate too).
func boilerplate(line string) (bool, bool) {
	low := strings.ToLower(line)
	for _, m := range boilerplateMarkers {
		if !strings.HasPrefix(low, m) {
			continue
		}
		rest := strings.TrimSpace(low[len(m):])
		// The marker must end at a word boundary: "Relatedly" is prose.
		if rest != "" && unicode.IsLetter(rune(rest[0])) && !strings.HasSuffix(m, ":") && low[len(m)] != ' ' {
			continue
		}
		rest = strings.TrimLeft(rest, ":|>-–— ")
		alone := rest == "" || strings.HasPrefix(rest, "(")
		// A sentence that merely starts with the word ("Subscribe to the
		// army's channel, the spokesman urged") ends in a full stop and runs
		// on; a widget line is short and has none.
		if !alone && strings.HasSuffix(strings.TrimSpace(line), ".") && len(rest) > 60 {
			continue
		}
		return true, alone
	}
	return false, false
}
