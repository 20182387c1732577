package article

import (
	"path/filepath"
	"testing"
)

// TestStructurePicturesByHalves measures TestStructureOnCorpusPages's
// figures on the two halves of the tuning pages, split by the parity of
// a page's position in id order (A even, B odd), so that a picture rule
// written from one half can be checked on the other. Tuning pages only.
func TestStructurePicturesByHalves(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: a corpus measure")
	}
	tuning := corpusPages(t, []corpusSplit{
		{filepath.FromSlash("../shared/bench/aeb/html"), filepath.FromSlash("../shared/bench/aeb/ground-truth.json")},
		{filepath.FromSlash("../shared/bench/web-extract/dev/html"), filepath.FromSlash("../shared/bench/web-extract/dev/ground-truth.json")},
	})
	if tuning == nil {
		t.Skip("../shared is absent: no corpus pages to measure on")
	}
	var halves [2][]corpusPage
	for i, p := range tuning {
		halves[i%2] = append(halves[i%2], p)
	}
	for h, pages := range halves {
		c := measureStructure(t, pages)
		t.Logf("tuning half %c, %d pages: pictures %d/%d (with a printed caption: %d/%d)", 'A'+h, len(pages), c.picsFound, c.pics, c.capsOK, c.captioned)
	}
}
