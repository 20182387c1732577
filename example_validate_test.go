package article_test

import (
	"errors"
	"fmt"

	"github.com/articlekit/article"
)

func ExampleArticle_Validate() {
	a := &article.Article{
		Headline: "Summit ends with a treaty",
		Body: []article.Block{
			{Type: article.Paragraph, Text: "The two leaders signed a treaty on Wednesday."},
			{Type: article.Heading, Text: "What they said"}, // no Level
		},
		Quotes:   []article.Quote{{Text: "", Block: 0}},
		Language: "English",
	}
	err := a.Validate()
	fmt.Println(errors.Is(err, article.ErrInvalid))

	var ve *article.ValidationError
	if errors.As(err, &ve) {
		for _, v := range ve.Violations {
			fmt.Printf("%s: %s\n", v.Path, v.Message)
		}
	}

	a.Body[1].Level = 2
	a.Quotes[0].Text = "It is a breakthrough"
	a.Language = "en"
	fmt.Println(a.Validate())
	// Output:
	// true
	// /body/1/level: required property is missing
	// /language: "English" is not a BCP 47 language tag such as "ru" or "en-GB"
	// /quotes/0/text: "" is not a non-blank string
	// /quotes/0/text: length must be >= 1, but got 0
	// <nil>
}
