package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// arrestAdjunct are the words that, after an arrest, make what follows the
// arrest's circumstance or charge: "arrested 12 men during a raid",
// "arrested 40 workers ahead of a rally", "detained people accused of
// attacking a checkpoint". The arrest is the clause's act.
var arrestAdjunct = newWordSet(map[string]bool{
	"during": true, "ahead": true, "amid": true, "accused": true, "suspected": true, "charged": true,
	"charges": true, "over": true, "for": true, "linked": true, "involved": true,
	"involvement": true, "connection": true, "planning": true, "plotting": true, "before": true,
})

// arrestCircumstances drops the acts a sentence names only as an arrest's
// circumstance or charge, so the arrest is not typed as a raid or a rally.
// Once an adjunct word follows the arrest, every act up to the next clause
// belongs to it: "during a raid on Monday night targeting remnants accused
// of attacking a checkpoint".
func arrestCircumstances(d *text.Doc, s text.Sentence, fs []found) []found {
	arrest := -1
	for _, f := range fs {
		if f.trigger.sub == subArrests && f.trigger.class == fixed {
			arrest = f.tok
			break
		}
	}
	if arrest < 0 {
		return fs
	}
	from, to := -1, s.Last
	for k := arrest + 1; k < s.Last; k++ {
		t := &d.Tokens[k]
		if arrestBreak(t.Norm) {
			to = k
			break
		}
		if from < 0 && arrestAdjunct.has(t) {
			from = k
		}
	}
	if from < 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.tok > from && f.tok < to && f.trigger.typ != sitrep.StrategicDevelopmt {
			continue
		}
		out = append(out, f)
	}
	return out
}

// arrestBreak reports the words that start a clause of its own after an
// arrest: "detained in Juba as air strikes pound", "in which gunmen killed".
func arrestBreak(n string) bool {
	switch n {
	case ";", "and", "while", "then", "as", "when", "which", "where":
		return true
	}
	return false
}
