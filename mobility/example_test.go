package mobility_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/mobility"
)

// A School of Arts student applies for a semester at a Polish partner:
// eligible, with a warning for every rule that awaits confirmation.
func ExampleRuleSet_Check() {
	res, err := mobility.Default().Check(mobility.Application{
		Activity: mobility.StudentStudy, CallYear: 2024, Institution: auhl.UHasselt,
		Period:         mobility.Period{Start: auhl.MustParseDate("2025-09-22"), End: auhl.MustParseDate("2026-01-31")},
		SendingCountry: "BE", ReceivingCountry: "PL", ResidenceCountry: "BE", EarnedCredits: 90,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Eligible, res.Duration.Months, res.Duration.Days)
	for _, f := range res.Findings {
		if f.Code != mobility.CodeUnconfirmed {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	// Output:
	// true 4 10
	// The mobility lasts 4 months and 10 days, within 2 to 12 months.
	// Together with the earlier mobilities of this study cycle that is 4 months and 10 days, within the cap of 12 months.
	// The student has earned 90 credits; Hasselt University asks at least 60 before an exchange.
}

// A student who graduated in June does a traineeship abroad: a recent
// graduate may, within a year of graduating, having applied before.
func ExampleRuleSet_Check_recentGraduate() {
	res, err := mobility.Default().Check(mobility.Application{
		Activity: mobility.StudentTraineeship, CallYear: 2025,
		Period:         mobility.Period{Start: auhl.MustParseDate("2025-09-01"), End: auhl.MustParseDate("2026-02-28")},
		SendingCountry: "BE", ReceivingCountry: "DE", ResidenceCountry: "BE",
		Graduation: auhl.MustParseDate("2025-06-30"), Applied: auhl.MustParseDate("2025-03-14"),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Eligible)
	for _, f := range res.Findings {
		if f.Code != mobility.CodeUnconfirmed {
			fmt.Println(i18n.Render(auhl.Dutch, f))
		}
	}
	// Output:
	// true
	// De mobiliteit duurt 6 maanden en 0 dagen; dat ligt binnen 2 tot 12 maanden.
	// Samen met de eerdere mobiliteiten in deze studiecyclus is dat 6 maanden en 0 dagen, binnen de grens van 12 maanden.
	// De stage eindigt op 28 februari 2026, binnen 12 maanden na het afstuderen op 30 juni 2025.
	// De aanvraag van 14 maart 2025 kwam voor het afstuderen op 30 juni 2025, tijdens de studie.
}

// A case moves from stage to stage; an illegal move changes nothing.
func ExampleCase_Move() {
	c := &mobility.Case{ID: "auhl-2025-0042", Activity: mobility.StudentStudy}
	_ = c.Move(mobility.Applied, auhl.MustParseDate("2025-02-10"), "Lotte Janssens", "")
	err := c.Move(mobility.Arrived, auhl.MustParseDate("2025-09-22"), "International Office", "")
	fmt.Println(c.Stage, i18n.Errors(auhl.English, err))
	_ = c.Move(mobility.Nominated, auhl.MustParseDate("2025-03-01"), "International Office", "")
	fmt.Println(c.Stage, c.NominationStatus())
	// Output:
	// applied [A case cannot move from ‘applied’ to ‘arrived’. (/to)]
	// nominated pending
}
