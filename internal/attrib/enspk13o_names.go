package attrib

import "strings"

// English first names by the gender they are usually given to. English
// news names a person in full at first mention ("Susan Collins", "Sen.
// Marco Rubio") and refers back by "he" or "she": the first name is the
// commonest evidence of which pronoun fits whom. The lists hold common
// given names of the English-speaking world; a name given to both sexes
// (Jordan, Leslie, Kelly, Dana, Lee) is in neither.
var enMaleNames = strings.Fields(`
aaron abraham adam adrian al alan albert alex alexander alfred allen andrew
andy anthony antonio arnold arthur barack barry ben benjamin bernard bernie
bill billy bob bobby brad bradley brandon brett brian bruce bryan calvin carl
carlos charles charlie chris christopher chuck clarence claude clifford clint
cory craig curtis dan daniel danny darrell dave david dean dennis derek dick
don donald doug douglas duncan dwight earl ed eddie edward elijah eliot elliot
eric erik ernest eugene evan frank franklin fred frederick gabriel gary gene
george gerald glenn gordon greg gregory harold harry henry herbert howard hugh
ian isaac jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jesse
jim jimmy joe joel john johnny jon jonathan joseph josh joshua juan justin
keith ken kenneth kevin kurt larry lawrence leon leonard louis luis
luke lyndon marco marcus mark martin matt matthew max michael mick mike mitch
mitchell nathan neil newt nicholas nick norman oliver oscar patrick paul pete
peter phil philip ralph randy raymond reince rex richard rick rob robert roger
ron ronald roy rudy russell ryan sam samuel scott sean seth stephen steve
steven stuart ted theodore thomas tim timothy todd tom tony travis troy
tyler victor vincent walter warren wayne wesley william willie zach zachary
`)

var enFemaleNames = strings.Fields(`
abigail ada alexandra alice alicia allison amanda amy andrea angela angelina
ann anna anne annie april arianna barbara betsy betty beverly brenda bridget
caitlin carly carol caroline carolyn catherine cathy charlotte cheryl christina
christine cindy claire claudia condoleezza connie cynthia daisy debbie
deborah debra denise diana diane dianne donna doris dorothy edith elaine
eleanor elena elizabeth ellen emily emma erica erin eva evelyn felicia fiona
florence frances gail gina gloria grace hannah heather heidi helen hillary
holly irene jacqueline jane janet janice jean jeanne jennifer jenny
jessica jill joan joanne josephine joy joyce judith judy julia julie karen
kate katherine kathleen kathryn kathy katie kayla kimberly
kirsten kristen laura lauren linda lisa lois loretta lori louise lucy
madeleine maggie margaret maria marie marilyn martha mary megan melania melissa
michele michelle mildred monica nancy natalie nicole nikki norma olivia pam
pamela patricia paula pauline peggy penny rachel rebecca rita roberta rosa
rose ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia
stephanie sue susan suzanne sylvia tammy teresa theresa tina valerie
vanessa victoria virginia wendy
`)

// enNameGender maps a lower-cased English first name to 'm' or 'f'.
var enNameGender = func() map[string]byte {
	g := make(map[string]byte, len(enMaleNames)+len(enFemaleNames))
	for _, n := range enMaleNames {
		g[n] = 'm'
	}
	for _, n := range enFemaleNames {
		g[n] = 'f'
	}
	return g
}()

// enFirstNameGender tells the gender an English name's first word is
// usually given to, 0 when it is no first name the lists know or the name
// is one word (a surname alone tells nothing).
func enFirstNameGender(name []string) byte {
	if len(name) < 2 {
		return 0
	}
	return enNameGender[strings.ToLower(name[0])]
}
