package admission_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/admission"
)

// A student with a secondary diploma of 2024-2025 (onderwijskwalificatie
// 4) who took the ijkingstoets asks for the bachelor in physics at
// UHasselt in 2025-2026, without a proof of Dutch.
func ExampleDecide() {
	p, _ := catalog.Default().ByID("uhasselt-ba-fysica")
	a, err := admission.DecodeApplicant([]byte(`{
		"academicYear": "2025-2026", "age": 18,
		"diplomas": [{"kind": "secondary", "issued": "2024-2025", "qualification": 4}],
		"tests": [{"test": "ijkingstoets", "academicYear": "2025-2026"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := admission.Decide(a, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Route)
	for _, r := range d.Requirements {
		if r.Kind == admission.ReqLanguage {
			fmt.Printf("- %s %s %s: %s\n", r.Kind, r.Language, r.Level, r.Status)
			continue
		}
		fmt.Printf("- %s: %s\n", r.Kind, r.Status)
	}
	fmt.Println(i18n.Render(auhl.English, d.Findings[0]))
	for _, r := range d.FirstSteps() {
		fmt.Println("first:", r.Kind.Name().EN)
	}
	// Output:
	// not-yet-admissible diploma
	// - ijkingstoets: met
	// - language nl B2: open
	// 2025-2026: you cannot enrol in Bachelor of Physics yet. First you must meet one requirement that applies before the enrolment; below you read which.
	// first: language requirement
}

// A pupil from Dutch Limburg with a HAVO diploma asks for the bachelor in
// law at UHasselt in 2025-2026: HAVO gives no direct access, so the way
// is afwijkende toelating first. The decision gives the dates that matter
// and the appeal routes, each with its source.
func ExampleDecide_dutchDiploma() {
	p, _ := catalog.Default().ByID("uhasselt-ba-rechten")
	a, err := admission.DecodeApplicant([]byte(`{
		"academicYear": "2025-2026", "age": 18,
		"diplomas": [{"kind": "secondary", "issued": "2024-2025", "foreign": true, "named": "nl-havo"}],
		"languageProofs": [{"kind": "secondary-year-dutch"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := admission.Decide(a, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Route)
	for _, r := range d.FirstSteps() {
		fmt.Println("first:", r.Kind)
	}
	for _, k := range d.Dates {
		fmt.Println("date:", k.Kind, k.Date)
	}
	for _, ap := range d.Appeals {
		fmt.Printf("appeal: %s within %d days (unconfirmed: %t)\n", ap.Body, ap.Days, ap.Unconfirmed)
	}
	// Output:
	// not-yet-admissible afwijkende-toelating
	// first: afwijkende-toelating
	// date: enrolment 2025-10-01
	// date: study-path 2025-10-01
	// appeal: internal within 7 days (unconfirmed: true)
	// appeal: raad within 7 days (unconfirmed: true)
}

// A study certificate of the third grade issued in June 2022 is three
// years old on 1 September 2025, when the academic year 2025-2026 starts:
// it opens a graduaat. Counted as school years (2021-2022 to 2025-2026),
// one issued in June 2023 would seem old enough too; counted with dates,
// it is not.
func ExampleDecide_studyCertificate() {
	p, _ := catalog.Default().ByID("pxl-grad-programmeren")
	for _, issued := range []string{"2021-2022", "2022-2023"} {
		a, err := admission.DecodeApplicant([]byte(`{"academicYear": "2025-2026", "age": 20,
			"diplomas": [{"kind": "study-certificate", "issued": "` + issued + `", "month": 6}],
			"languageProofs": [{"kind": "secondary-year-dutch"}]}`))
		if err != nil {
			fmt.Println(err)
			return
		}
		d, err := admission.Decide(a, p)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range d.Findings {
			if f.Code == admission.CodeStudyCertificate || f.Code == admission.CodeStudyCertificateRecent {
				fmt.Println(issued+":", i18n.Render(auhl.English, f))
			}
		}
	}
	// Output:
	// 2021-2022: Your study certificate of the third grade is 3 years old by 1 July 2025 at the latest, no later than the start of the academic year on 1 September 2025: it gives access to Graduate Programme in Programming.
	// 2022-2023: Your study certificate of the third grade is only 3 years old on 1 July 2026, after the start of the academic year on 1 September 2025: it does not give access to Graduate Programme in Programming yet.
}
