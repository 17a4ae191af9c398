package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/ledger/postgres"
	"sitrep/internal/ledger/storetest"
)

// DSN returns the test server's DSN. CI must run the PostgreSQL suite, so
// there a missing server fails the test instead of skipping it.
func testDSN(t testing.TB) string {
	dsn := os.Getenv("SITREP_TEST_PG")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("SITREP_TEST_PG is not set: CI must run the PostgreSQL suite (.ci/postgres.sh prints it)")
		}
		t.Skip("SITREP_TEST_PG not set")
	}
	return dsn
}

// freshSchema makes an empty schema for one test and returns a DSN whose
// search_path points at it.
func freshSchema(t testing.TB, dsn string) string {
	t.Helper()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("t%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", dsn)
		if err == nil {
			admin.Exec("DROP SCHEMA " + name + " CASCADE")
			admin.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestStore runs the shared suite in one schema, emptied between tests:
// creating and migrating a schema per test costs more than the tests.
func TestStore(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t, testDSN(t))
	s, err := postgres.Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	rows, err := s.SQL().Query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	s.Close()
	truncate := "TRUNCATE " + strings.Join(tables, ", ") + " RESTART IDENTITY"
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		s, err := postgres.Open(ctx, dsn, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SQL().Exec(truncate); err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestRecordsAppendOnly(t *testing.T) {
	ctx := context.Background()
	s, err := postgres.Open(ctx, freshSchema(t, testDSN(t)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, []sitrep.Submission{storetest.Sub("a", "W", "2024-01-01", "t", sitrep.Record{})}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SQL().Exec(`UPDATE records SET engine = 'forged'`); err == nil {
		t.Error("a record was edited in place")
	}
}
