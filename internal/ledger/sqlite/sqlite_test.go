package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/internal/ledger/sqlite"
	"sitrep/internal/ledger/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, []sitrep.Submission{storetest.Sub("a", "W", "2024-01-01", "t", sitrep.Record{})}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopen runs migrations again: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 1 {
		t.Fatalf("after reopen: %+v %v", st, err)
	}
	var mode string
	if err := s.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q %v, want wal", mode, err)
	}
	var size int
	if err := s.SQL().QueryRow("PRAGMA page_size").Scan(&size); err != nil || size != 16384 {
		t.Errorf("page_size %d %v, want 16384", size, err)
	}
}
