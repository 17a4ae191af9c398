package events

import (
	"fmt"
	"time"
)

// fmtSscanWeek parses an ISO week value "2024-W01".
func fmtSscanWeek(v string, y, w *int) (int, error) {
	n, err := fmt.Sscanf(v, "%d-W%d", y, w)
	if err != nil {
		return n, fmt.Errorf("parse ISO week %q: %w", v, err)
	}
	return n, nil
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// January 4th is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+(w-1)*7)
}
