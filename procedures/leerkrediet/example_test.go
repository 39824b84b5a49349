package leerkrediet_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

func ExampleDecide() {
	h, err := leerkrediet.DecodeHistory([]byte(`{"events": [
		{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
		{"year": "2025-2026", "kind": "results", "earned": 45, "tolerated": 6}
	]}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	res, err := leerkrediet.Decide(h)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(res.Balance, res.BonusLeft)
	for _, f := range res.Findings {
		if f.Code == leerkrediet.CodeBonus || f.Code == leerkrediet.CodeTolerated {
			fmt.Println(i18n.Render(auhl.English, f))
			fmt.Println("  ", f.Source.URL)
		}
	}
	// Output:
	// 170 15
	// On a diploma contract those credits count double: a bonus of 45 credits. Balance: 170; bonus left: 15.
	//    https://www.ugent.be/student/nl/administratie/studievoortgang-leerkrediet/leerkrediet/hoewerktleerkrediet.htm
	// 2025-2026: 6 credits tolerated or deliberated are lost: only a pass (at least 10/20) gives leerkrediet back.
	//    https://www.uhasselt.be/nl/info-voor/studenten/je-studietraject/leerkrediet
}

func ExampleDecodeHistory() {
	_, err := leerkrediet.DecodeHistory([]byte(`{"events": [
		{"year": "2025-2026", "kind": "results", "earned": 45}
	]}`))
	for _, line := range i18n.Errors(auhl.Dutch, err) {
		fmt.Println(line)
	}
	// Output:
	// Resultaten zonder inschrijving: in 2025-2026 gaat er geen open inschrijving aan vooraf. (/events/0)
}

// A student asks what will be left after taking 60 credits in 2027-2028
// and passing 45: the year after the last one the rules cover is
// projected, with a warning.
func ExampleProject() {
	h, err := leerkrediet.DecodeHistory([]byte(`{"events": [
		{"year": "2026-2027", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
		{"year": "2026-2027", "kind": "results", "earned": 60},
		{"year": "2027-2028", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
		{"year": "2027-2028", "kind": "results", "earned": 45}
	]}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	if _, err := leerkrediet.Decide(h); err != nil {
		fmt.Println(i18n.Errors(auhl.English, err)[0])
	}
	res, err := leerkrediet.Project(h)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	for _, y := range res.Years {
		fmt.Println(y.Year, y.Balance, y.Projected)
	}
	for _, f := range res.Findings {
		if f.Code == leerkrediet.CodeProjected {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	// Output:
	// There are no rules for 2027-2028; the known periods are: 2008-2009, 2009-2010, 2010-2011, 2011-2012, 2012-2013, 2013-2014, 2014-2015, 2015-2016, 2016-2017, 2017-2018, 2018-2019, 2019-2020, 2020-2021, 2021-2022, 2022-2023, 2023-2024, 2024-2025, 2025-2026, 2026-2027. (/events/2/year)
	// 2026-2027 200 false
	// 2027-2028 185 true
	// 2027-2028 is a projection: the leerkrediet rules of that academic year are not published yet, so those of 2026-2027 are used here. The result may still change.
}

// An enrolment at UHasselt with 40 credits of leerkrediet left for 60
// asked for.
func ExampleDecideEnrolment() {
	y, _ := auhl.ParseAcademicYear("2025-2026")
	d, err := leerkrediet.DecideEnrolment(leerkrediet.EnrolmentRequest{
		Year: y, Institution: auhl.UHasselt, Balance: 40,
		Contract: leerkrediet.DiplomaContract, Programme: leerkrediet.InitialBachelor, Credits: 60,
		Exception: leerkrediet.ExceptionGraduationYear,
	})
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(d.Outcome, d.Uncovered, d.MaxCredits, d.HigherFeeEuro)
	for _, f := range d.Findings {
		if f.Code == leerkrediet.CodeEnrolLimited || f.Code == leerkrediet.CodeEnrolException {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	// Output:
	// limited-to-balance 20 40 11
	// 2025-2026: at UHasselt, with leerkrediet that is positive but insufficient, you can enrol for at most 40 credits, your remaining balance, unless the director of education allows an exception on your reasoned request to the study-career coach.
	// Your request rests on a ground UHasselt's regulation names: it is your graduation year. The director of education decides on it.
}
