package gazetteer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/text"
)

// TestDumpDev writes the places of every dev article to $GAZ_DUMP, one
// ID.json each, so that a change meant to be pure speed can be diffed
// against the output before it.
func TestDumpDev(t *testing.T) {
	dir := os.Getenv("GAZ_DUMP")
	if dir == "" {
		t.Skip("GAZ_DUMP not set")
	}
	g := loadDefault(t)
	names, err := filepath.Glob("../../testdata/dev/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("dev corpus: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.MarshalIndent(g.Places(text.Parse(string(body)), nil), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(name), ".txt")
		if err := os.WriteFile(filepath.Join(dir, id+".json"), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
