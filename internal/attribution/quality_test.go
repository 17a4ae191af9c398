package attribution

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/score"
	"sitrep/internal/text"
)

var verbose = flag.Bool("misses", false, "print every missed and extra claim")

// claimBar is the F1 floor for claims on each gold corpus: a regression
// guard with room below the measured figure (dev 0.96), since other stages
// move it too. Issue 3's target is 0.90; raise the floor as the engine
// gets there.
const claimBar = 0.92

var corpora = []struct{ name, dir string }{
	{"seed", "../../../shared/gold"},
	{"dev", "../../testdata/dev"},
}

// record runs the stages claims depend on and returns the claims section
// with the entity table, as the pipeline would write them.
func record(t testing.TB, dict *actors.Dictionary, id, body string) (sitrep.Record, *text.Doc, []Claim, *actors.Table) {
	t.Helper()
	doc := text.Parse(body)
	tab := actors.NewTable(doc, dict, dict.Recognize(doc))
	cs := Find(doc, tab)
	rec := sitrep.Record{ID: id}
	for i, c := range cs {
		rec.Claims = append(rec.Claims, sitrep.Claim{
			ID: "c" + strconv.Itoa(i+1), Text: doc.Text[c.Content[0]:c.Content[1]], Source: c.Source,
			Via: c.Via, Cue: c.Cue, Span: c.Content, Denial: c.Denial,
		})
	}
	rec.Entities = tab.Entities
	return rec, doc, cs, tab
}

func TestClaimQuality(t *testing.T) {
	dict, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range corpora {
		tabs := map[string]*actors.Table{}
		recs := map[string]sitrep.Record{}
		tally, misses, err := score.Corpus(c.dir, "claims", func(g score.Gold, body string) sitrep.Record {
			rec, _, _, tab := record(t, dict, g.ID, body)
			tabs[g.ID], recs[g.ID] = tab, rec
			return rec
		})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if *verbose {
			for _, m := range misses {
				tab := tabs[m.Doc]
				if m.Extra {
					pc := m.Item.(sitrep.Claim)
					fmt.Printf("%s EXTRA %q ← %s\n", m.Doc, pc.Text, name(tab, pc.Source))
					continue
				}
				gc := m.Item.(score.GoldClaim)
				fmt.Printf("%s MISS  %q ← %v\n", m.Doc, gc.Contains, gc.Sources)
				for _, pc := range recs[m.Doc].Claims {
					if strings.Contains(score.Fold(pc.Text), score.Fold(gc.Contains)) {
						fmt.Printf("        have %q ← %s\n", pc.Text, name(tab, pc.Source))
					}
				}
			}
		}
		p, r, f := tally.PRF()
		t.Logf("%s claims: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c.name, p, r, f, tally.TP, tally.FP, tally.FN)
		if f < claimBar {
			t.Errorf("%s claims F1 %.3f below %.2f", c.name, f, claimBar)
		}
	}
}

func name(tab *actors.Table, id string) string {
	if e, ok := tab.Get(id); ok {
		s := e.Name
		if e.SpeaksFor != "" {
			if b, ok := tab.Get(e.SpeaksFor); ok {
				s += " (for " + b.Name + ")"
			}
		}
		return s
	}
	return "?" + id
}

// TestDump prints one article's mentions and claims: ART=a13 go test -run Dump.
func TestDump(t *testing.T) {
	id := os.Getenv("ART")
	if id == "" {
		t.Skip("set ART to an article id")
	}
	dict, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := "../../testdata/dev"
	if id == "s0" {
		dir = "../../../shared/gold"
	}
	body, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	rec, doc, cs, tab := record(t, dict, id, string(body))
	for _, e := range tab.Entities {
		fmt.Printf("%s %q %s party=%v for=%s %v\n", e.ID, e.Name, e.Kind, e.Party, e.SpeaksFor, e.Aliases)
	}
	for i, c := range cs {
		fmt.Printf("[%s] %s ← %s via %v: %q\n", c.Cue, rec.Claims[i].ID, name(tab, c.Source), c.Via, doc.Text[c.Content[0]:c.Content[1]])
	}
}
