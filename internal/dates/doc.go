// Package dates reads dates as news prints them, in the forms and month
// names of every table of package lang: ISO 8601, "19.06.2024 | 17:43",
// "19 июня 2024 г.", "June 19, 2024 5:43 PM", with a zone when one is
// printed.
//
// It takes text and a model.Config (the zone for times printed without
// one, the reference time for year-less dates) and returns model.Date
// values that keep the precision their source gave.
package dates
