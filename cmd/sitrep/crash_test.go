package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/ledger/sqlite"
)

// TestIngestSurvivesSIGKILL builds sitrep, kills an ingest mid-batch and
// runs it again: every article is stored exactly once, with one record.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatalf("build: %v", err)
	}
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	const n = 1200
	places := []string{"El Fasher", "Khartoum", "Goma", "Mogadishu", "Kharkiv", "Gaza City", "Bamako", "Port-au-Prince"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := range n {
		// Places and dates vary enough that reports link into small
		// incidents, as real reporting does, not into a few huge ones.
		place, month, day := places[i%len(places)], months[(i/len(places))%12], 1+(i/(12*len(places)))%28
		text := fmt.Sprintf("Clashes near %s, report %d\n\n%s, %s %d (Wire) - Fighting near %s killed %d people on Sunday, "+
			"a local official said, while the army said it had repelled the attack.\n",
			place, i, place, month, day, place, 2+i%40)
		if err := os.WriteFile(filepath.Join(corpus, fmt.Sprintf("c%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "ledger.db")
	ingest := func() *exec.Cmd {
		c := exec.Command(bin, "ingest", "--db", db, "--batch", "16", "--quiet", corpus)
		c.Env = append(os.Environ(), "SITREP_DB=")
		return c
	}
	// Create the ledger first so the watcher below can hold one
	// connection while the ingest writes.
	s, err := sqlite.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	count := func(q string) int {
		t.Helper()
		var v int
		if err := s.SQL().QueryRow(q).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}

	first := ingest()
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(5 * time.Millisecond)
		if count(`SELECT COUNT(*) FROM articles`) > 0 {
			break
		}
		if time.Now().After(deadline) {
			first.Process.Kill()
			t.Fatal("ingest stored nothing in a minute")
		}
	}
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	stored := count(`SELECT COUNT(*) FROM articles`)
	if stored >= n {
		t.Skipf("ingest finished (%d articles) before it could be killed", stored)
	}
	t.Logf("killed after %d of %d articles", stored, n)

	second := ingest()
	if out, err := second.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	checks := []struct {
		name string
		q    string
		want int
	}{
		{"articles", `SELECT COUNT(*) FROM articles`, n},
		{"versions", `SELECT COUNT(*) FROM versions`, n},
		{"distinct texts", `SELECT COUNT(DISTINCT hash) FROM versions`, n},
		{"records", `SELECT COUNT(*) FROM records`, n},
		{"articles without record", `SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.article_id = a.id)`, 0},
		{"search documents", `SELECT COUNT(*) FROM docs WHERE kind = 'article'`, n},
		{"events without incident", `SELECT COUNT(*) FROM events WHERE incident = ''`, 0},
	}
	for _, c := range checks {
		if got := count(c.q); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
