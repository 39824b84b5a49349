package grant_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/grant"
)

// A semester in Poland, with the 2024-call rates: every line with its
// amount, then the findings that are not warnings about figures to
// confirm.
func ExampleRateSet_Calculate() {
	g, err := grant.Default().Calculate(grant.Input{
		CallYear: 2024, Activity: mobility.StudentStudy, Destination: "PL",
		Period: mobility.Period{Start: auhl.MustParseDate("2025-09-15"), End: auhl.MustParseDate("2026-01-31")},
	})
	if err != nil {
		panic(err)
	}
	for _, l := range g.Lines {
		fmt.Println(l.Kind, l.Months, l.Days, l.Rate, l.Amount)
	}
	fmt.Println("total", g.Total)
	for _, f := range g.Findings {
		if f.Code != grant.CodeUnconfirmed {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	// Output:
	// individual-support 4 17 319.00 1456.77
	// total 1456.77
	// Destination PL is in country group 3.
	// 17 days of a partial month are paid at 1/30 of the monthly rate a day.
}
