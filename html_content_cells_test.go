package article

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"
	"github.com/articlekit/article/internal/model"
)

// TestLayoutTableColumns checks pages laid out in tables (a menu in one
// cell of a row, the story in the next): the menu's last line is never
// glued to the story's first, while a short cell of one datum still opens
// the line of the details cell beside it.
func TestLayoutTableColumns(t *testing.T) {
	story := `<p>The council met on Monday to count the votes of the town, and the count went on well into the night as the clerks checked every ballot twice.</p>`
	menu := `<a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/weather">Weather</a>`
	tests := []struct {
		name, page string
		want       []string // paragraphs expected among the body's, in order
		never      string   // text no block may hold
	}{
		{
			name:  "menu column, story in paragraphs",
			page:  `<table width="800"><tr><td width="150">` + menu + `</td><td><font size="4"><b>Vote count</b></font><br>` + story + story + `</td></tr></table>`,
			want:  []string{"The council met on Monday"},
			never: "Weather Vote count",
		},
		{
			name: "menu column, story in lines and a nested table",
			page: `<table width="800"><tr><td width="150">` + menu + `</td><td><font size="4"><b>Vote count</b></font><br>The council met on Monday to count the votes of the town, and the count went on well into the night.<br><br>` +
				`<table><tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>988</td></tr></table>The clerks checked every ballot twice before the result was read out at dawn to the waiting crowd.</td></tr></table>`,
			want:  []string{"The council met on Monday"},
			never: "Weather Vote count",
		},
		{
			name: "date cell before its details",
			page: `<table><tr><td><b>09/13/06</b></td><td><b>Revision of the guide, dividend income</b><ul><li>The column is an addition to income and should be a subtraction in line 9.</li></ul><p>` +
				strings.Repeat("The corrected table was printed in the second edition of the guide for the year. ", 4) + `</p><p>` + strings.Repeat("Readers who filed early may amend their returns. ", 4) + `</p></td></tr></table>`,
			want: []string{"09/13/06 Revision of the guide, dividend income"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Vote count</title></head><body>` + tc.page + `</body></html>`
			a, err := htmlx.Extract([]byte(page), &model.Config{})
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, b := range a.Body {
				texts = append(texts, b.Text)
				if tc.never != "" && strings.Contains(b.Text, tc.never) {
					t.Errorf("block %q glues two cells' lines", b.Text)
				}
			}
			i := 0
			for _, tx := range texts {
				if i < len(tc.want) && strings.HasPrefix(tx, tc.want[i]) {
					i++
				}
			}
			if i < len(tc.want) {
				t.Errorf("body lacks a block starting %q:\n%s", tc.want[i], strings.Join(texts, "\n"))
			}
		})
	}
}
