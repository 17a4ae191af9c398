package web

import (
	"strings"
	"testing"

	"sitrep"
)

func TestHighlight(t *testing.T) {
	txt := "Hamas said 12 fighters were killed in Gaza on Monday."
	src := "e1"
	rec := sitrep.Record{
		Entities: []sitrep.Entity{{ID: "e1", Name: "Hamas", Kind: sitrep.KindArmedGroup, Party: true, Mentions: []sitrep.Span{{0, 5}}}},
		Places:   []sitrep.Place{{ID: "p1", Name: "Gaza", Country: "PS", Mentions: []sitrep.Span{{38, 42}}}},
		Times:    []sitrep.Time{{Value: "2024-01-01", Granularity: "day", Mentions: []sitrep.Span{{43, 52}}}},
		Counts:   []sitrep.Count{{ID: "n1", Min: 12, Max: ptr(12), Status: "killed", Source: &src, Span: sitrep.Span{11, 22}}},
		Claims:   []sitrep.Claim{{ID: "c1", Source: "e1", Party: true, Cue: "said", Span: sitrep.Span{11, 52}}},
	}
	segs := highlight(txt, rec)
	var b strings.Builder
	kinds := map[string]bool{}
	for _, s := range segs {
		b.WriteString(s.Text)
		if s.Inner != nil {
			kinds[s.Inner.Kind] = true
		}
	}
	if b.String() != txt {
		t.Fatalf("segments rebuild %q", b.String())
	}
	for _, k := range []string{"entity", "place", "time", "count"} {
		if !kinds[k] {
			t.Errorf("no %s highlight", k)
		}
	}
	if segs[0].Inner == nil || segs[0].InnerAnchor != "e1" || !strings.Contains(segs[0].Inner.Title, "party") {
		t.Errorf("first segment %+v", segs[0])
	}
}

func ptr(v int64) *int64 { return &v }

// FuzzHighlight feeds arbitrary text and spans: the segments always
// rebuild the text, whatever the record says.
func FuzzHighlight(f *testing.F) {
	f.Add("Gaza – 12 killed, said “UNRWA”.", 0, 4, 7, 20, 3, 9)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Add("héllo wörld", 1, 2, 2, 30, -5, 3)
	f.Fuzz(func(t *testing.T, txt string, a, b, c, d, e, g int) {
		rec := sitrep.Record{
			Entities: []sitrep.Entity{{ID: "e1", Mentions: []sitrep.Span{{a, b}, {e, g}}}},
			Counts:   []sitrep.Count{{ID: "n1", Span: sitrep.Span{c, d}}},
			Claims:   []sitrep.Claim{{ID: "c1", Span: sitrep.Span{a, d}}, {ID: "c2", Span: sitrep.Span{e, b}}},
			Places:   []sitrep.Place{{ID: "p1", Mentions: []sitrep.Span{{c, g}}}},
		}
		var sb strings.Builder
		for _, s := range highlight(txt, rec) {
			sb.WriteString(s.Text)
		}
		if sb.String() != txt {
			t.Fatalf("rebuilt %q from %q", sb.String(), txt)
		}
	})
}
