package extract

import (
	"strconv"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/dates"
	"sitrep/internal/text"
)

// toTimes folds date mentions into one Time per value, keeping every
// mention's span; the text shown is the first mention's.
func toTimes(doc *text.Doc, ms []dates.Mention) []sitrep.Time {
	out := []sitrep.Time{}
	at := map[string]int{}
	for _, m := range ms {
		key := m.Value + "/" + m.RangeEnd
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, sitrep.Time{
				Text: doc.Text[m.Start:m.End], Value: m.Value, Granularity: m.Granularity, End: m.RangeEnd,
			})
		}
		out[i].Mentions = append(out[i].Mentions, sitrep.Span{m.Start, m.End})
	}
	return out
}

// toClaims numbers the claims and copies party and independence from the
// source entity, or from the body a person speaks for.
func toClaims(doc *text.Doc, tab *actors.Table, cs []attribution.Claim) []sitrep.Claim {
	out := make([]sitrep.Claim, 0, len(cs))
	for i, c := range cs {
		cl := sitrep.Claim{
			ID: "c" + strconv.Itoa(i+1), Text: doc.Text[c.Content[0]:c.Content[1]], Source: c.Source,
			Via: c.Via, Cue: c.Cue, Denial: c.Denial, Span: c.Content,
		}
		if cl.Via == nil {
			cl.Via = []string{}
		}
		if e, ok := tab.Get(c.Source); ok {
			cl.Party, cl.Independent = e.Party, e.Independent
			if e.SpeaksFor != "" {
				if sf, ok := tab.Get(e.SpeaksFor); ok {
					cl.Party = cl.Party || sf.Party
					cl.Independent = cl.Independent || sf.Independent
				}
			}
		}
		out = append(out, cl)
	}
	return out
}
