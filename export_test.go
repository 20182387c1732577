package article

// RaceEnabled lets the external test package (article_test) see
// raceEnabled.
const RaceEnabled = raceEnabled
