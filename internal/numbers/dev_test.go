package numbers

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/text"
)

// TestDevCounts checks that every gold count of the dev corpus has a number
// phrase that could carry it: a head count whose Min lies in the gold
// range. It measures this package's share of count recall, not counts.
func TestDevCounts(t *testing.T) {
	var total, found int
	for _, dir := range []string{"../../testdata/dev", "../../../shared/gold"} {
		golds, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, g := range golds {
			src, err := os.ReadFile(strings.TrimSuffix(g, ".json") + ".txt")
			if err != nil {
				continue
			}
			raw, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Counts []struct {
					Min      [2]float64 `json:"min"`
					Optional bool       `json:"optional"`
				} `json:"counts"`
			}
			if err := json.Unmarshal(raw, &gold); err != nil {
				t.Fatalf("%s: %v", g, err)
			}
			qs := Find(text.Parse(string(src)))
			for _, c := range gold.Counts {
				if c.Optional {
					continue
				}
				total++
				ok := false
				var near []string
				for _, q := range qs {
					if float64(q.Min) >= c.Min[0] && float64(q.Min) <= c.Min[1] {
						if q.HeadCount() {
							ok = true
							break
						}
						near = append(near, string(src[q.Start:q.End])+" "+flags(q))
					}
				}
				if ok {
					found++
				} else {
					t.Logf("%s: no head count for min %v (non-counts with that min: %q)", filepath.Base(g), c.Min, near)
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no dev articles")
	}
	t.Logf("gold counts with a matching head-count phrase: %d/%d (%.3f)", found, total, float64(found)/float64(total))
	if float64(found) < 0.95*float64(total) {
		t.Errorf("number phrases cover only %d of %d gold counts", found, total)
	}
}
