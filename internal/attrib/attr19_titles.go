package attrib

// genreNouns are the stems of the Russian and Ukrainian nouns of a genre
// of work that news names by its title in quote marks right after it
// («звезда сериала «2,5 человека»», «ведущий шоу «Голос»», «альбом
// «Мир»», «серіал «Слуга народу»», «пісня «Стефанія»»), beside those
// pieceTitle knew (titledPieces): the words in the marks are a title, no
// one's words. (Stems long enough to be no other word's start: not
// «опер», which opens «операция», «оператор».)
var genreNouns = []string{
	"сериал", "мультфильм", "мультсериал", "телесериал", "шоу", "телешоу", "альбом", "клип", "пьес", "мюзикл", "телепередач", "телепрограмм",
	"кинофильм", "повест", "поэм", "сборник", "выставк", "фестивал", "конкурс", "видеоигр",
	"серіал", "фільм", "мультфільм", "пісн", "програм", "вистав", "статт", "книжк", "збірк", "виставк",
}
