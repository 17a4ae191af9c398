package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/score"
)

// mirrorPairs are the parties' names swapped in the neutrality test. Each
// pair is grammatically interchangeable, so a neutral engine must give the
// swapped article a record of the same structure. Pairs whose swap changes
// more than the party (a demonym that also names civil institutions,
// "Palestinian Civil Defence" → "Israeli Civil Defence"; a state made a
// group's "armed wing") are left out: they test the swap, not the engine.
var mirrorPairs = [][2]string{
	{"Rapid Support Forces", "Sudanese Armed Forces"},
	{"RSF", "SAF"},
	{"Russian", "Ukrainian"},
	{"Russia", "Ukraine"},
	{"Israel Defense Forces", "Qassam Brigades"},
	{"IDF", "Hamas"},
	{"M23", "FARDC"},
	{"al-Shabaab", "ISWAP"},
	{"JNIM", "FAMa"},
	{"Houthis", "Saudi-led coalition"},
	{"Hezbollah", "Israeli army"},
	{"Arakan Army", "Myanmar military"},
	{"Nigerian army", "Somali army"},
}

// swapNames exchanges every pair at once, on word boundaries.
func swapNames(s string) (string, bool) {
	var b strings.Builder
	swapped := false
	for i := 0; i < len(s); {
		matched := false
		if i == 0 || !isWordByte(s[i-1]) {
			for _, p := range mirrorPairs {
				for k, from := range p {
					to := p[1-k]
					if strings.HasPrefix(s[i:], from) && (i+len(from) == len(s) || !isWordByte(s[i+len(from)])) {
						b.WriteString(to)
						i += len(from)
						matched, swapped = true, true
						break
					}
				}
				if matched {
					break
				}
			}
		}
		if !matched {
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String(), swapped
}

func isWordByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// shape is the part of a record that must not depend on which side is
// which: claims with their cue and party flag, counts with status and
// figures, events with type and date.
func shape(rec sitrep.Record) []string {
	var out []string
	for _, c := range rec.Claims {
		out = append(out, fmt.Sprintf("claim cue=%s party=%v denial=%v", c.Cue, c.Party, c.Denial))
	}
	for _, n := range rec.Counts {
		out = append(out, fmt.Sprintf("count %s min=%d sourced=%v", n.Status, n.Min, n.Source != nil))
	}
	// Events keep type and dates; their actor lists are not compared, since
	// swapping one name of a party leaves its other names (its demonym, its
	// leader) on the old side, which legitimately splits or joins entities.
	for _, e := range rec.Events {
		// The sub-type follows the actor's kind (a state regains territory, a
		// group overtakes it), so only the type must survive the swap.
		out = append(out, fmt.Sprintf("event %s %s..%s", e.Type, e.Date, e.DateEnd))
	}
	sort.Strings(out)
	return out
}

func TestMirror(t *testing.T) {
	eng := newEngine(t)
	golds, err := score.LoadGoldDir("../../testdata/dev")
	if err != nil {
		t.Fatal(err)
	}
	tested := 0
	for _, g := range golds {
		b, err := os.ReadFile(filepath.Join("../../testdata/dev", g.Text))
		if err != nil {
			t.Fatal(err)
		}
		mirrored, ok := swapNames(string(b))
		if !ok {
			continue
		}
		tested++
		p, _ := time.Parse("2006-01-02", g.Published)
		a := shape(eng.Extract(Article{ID: g.ID, Text: string(b), Published: p}))
		m := shape(eng.Extract(Article{ID: g.ID, Text: mirrored, Published: p}))
		if strings.Join(a, "\n") != strings.Join(m, "\n") {
			t.Errorf("%s: the mirrored article's record differs in structure\noriginal:\n  %s\nmirrored:\n  %s",
				g.ID, strings.Join(a, "\n  "), strings.Join(m, "\n  "))
		}
	}
	if tested < 10 {
		t.Fatalf("only %d dev articles name a mirrored pair; the test needs at least 10", tested)
	}
}

func TestSwapNames(t *testing.T) {
	got, _ := swapNames("The RSF said SAF troops attacked RSFX and Russian-backed Russians.")
	want := "The SAF said RSF troops attacked RSFX and Russian-backed Russians."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
