package annotate

import "time"

// detectDateline finds the article's own date in its text. Placeholder until
// the date stage lands.
func detectDateline(d *document) (time.Time, bool) { return time.Time{}, false }
