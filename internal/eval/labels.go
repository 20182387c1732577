package eval

import (
	"encoding/json"
	"errors"
	"strings"
)

// TrafLabel is one entry of the trafilatura corpus's labels.json: the page
// file, the with/without snippets and the metadata labels. Author is a
// string on most entries and a list of names on a few.
type TrafLabel struct {
	File    string          `json:"file"`
	With    []string        `json:"with"`
	Without []string        `json:"without"`
	Title   *string         `json:"title"`
	Author  json.RawMessage `json:"author"`
	Date    *string         `json:"date"`
}

// Authors returns the labelled author names, nil when there is no label.
func (l TrafLabel) Authors() ([]string, error) {
	if len(l.Author) == 0 || string(l.Author) == "null" {
		return nil, nil
	}
	var one string
	if err := json.Unmarshal(l.Author, &one); err == nil {
		if strings.TrimSpace(one) == "" {
			return nil, nil
		}
		return []string{one}, nil
	}
	var many []string
	if err := json.Unmarshal(l.Author, &many); err != nil {
		return nil, errors.New("author is neither a string nor a list of strings")
	}
	return many, nil
}
