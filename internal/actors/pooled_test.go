package actors

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"sitrep/internal/text"
)

// TestTableMatchesRecognize: the copy-free Table builds the same entities
// as NewTable over Recognize's copy, article after article, so nothing of
// one article's pooled buffers (mentions, dynamic forms) leaks into the next.
func TestTableMatchesRecognize(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(names) == 0 {
		t.Skip("no dev articles")
	}
	entities := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc := text.Parse(string(data))
		want := NewTable(doc, d, d.Recognize(doc))
		got := d.Table(doc)
		if !reflect.DeepEqual(got.Entities, want.Entities) {
			t.Errorf("%s: Table entities differ from NewTable(Recognize):\n got %+v\nwant %+v", filepath.Base(name), got.Entities, want.Entities)
		}
		entities += len(got.Entities)
	}
	if entities == 0 {
		t.Error("no entities recognised in the dev articles")
	}
}
