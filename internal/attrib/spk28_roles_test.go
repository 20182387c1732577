package attrib

import "testing"

// TestSpk28RunRole checks that a role written with a capital after a
// sentence's first word («Договор Губернатор Иван Лосев подписал …») is
// filed as the named person's, so that «как отметил Губернатор» later
// refers to him and not to another person named in between.
func TestSpk28RunRole(t *testing.T) {
	got, _ := extractRu(t, `Договор Губернатор Иван Лосев подписал с руководством завода.
Как отметил директор предприятия Олег Мамаев, новый цех откроют через год.
Как отметил Губернатор, "область поможет заводу с дорогой и электричеством".`)
	if sp := got["область поможет заводу с дорогой и электричеством"]; sp != "Иван Лосев" {
		t.Errorf("capitalised role inside the run: speaker %q, want Иван Лосев (%v)", sp, got)
	}
}
