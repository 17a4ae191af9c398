package extract

import "testing"

func TestMaskBoilerplate(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"related link", "Title\n\nText.\nRELATED: Talks resume in Doha\nMore text.", "Title\n\nText.\n                             \nMore text."},
		{"list under a heading", "T\n\nMOST READ\n1. Beirut port probe\n2. Tariffs\n\nBody.", "T\n\n         \n                    \n          \n\nBody."},
		{"advertisement", "T\n\nA.\n\nAdvertisement\n\nB.", "T\n\nA.\n\n             \n\nB."},
		{"prose that starts like a widget", "T\n\nRelated clashes broke out in the town of Kfar Kila on Monday, killing two farmers who were working their fields near the border fence.", "T\n\nRelated clashes broke out in the town of Kfar Kila on Monday, killing two farmers who were working their fields near the border fence."},
		{"title line is never masked", "Related: a headline\n\nBody.", "Related: a headline\n\nBody."},
		{"no boilerplate", "T\n\nThe army said 12 were killed.", "T\n\nThe army said 12 were killed."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := maskBoilerplate(tc.in)
			if got != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			if len(got) != len(tc.in) {
				t.Errorf("length changed: %d → %d", len(tc.in), len(got))
			}
		})
	}
}
