package main

import "testing"

func TestNextCursor(t *testing.T) {
	tests := []struct {
		body, want string
		err        bool
	}{
		{`{"data":[{"id":"a"}],"next":"WyJ4Il0"}` + "\n", "WyJ4Il0", false},
		{`{"data":[{"id":"a","next":"no"}]}`, "", false},
		{`{"data":[]}`, "", false},
		{`{"error":"bad"}`, "", true},
	}
	for _, tt := range tests {
		got, err := nextCursor([]byte(tt.body))
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("nextCursor(%s) = %q, %v; want %q, error %v", tt.body, got, err, tt.want, tt.err)
		}
	}
}
