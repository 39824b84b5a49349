package procedures_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
)

// An applicant with a Dutch HAVO diploma and 40 credits of leerkrediet
// left asks to take 60 credits of the bachelor in law at UHasselt in
// 2025-2026: afwijkende toelating comes first, with its dossier's
// deadlines among the dates, and the balance would limit the enrolment to
// 40 credits.
func ExampleDecide() {
	a, err := procedures.DecodeApplication([]byte(`{
	  "applicant": {"academicYear": "2025-2026", "age": 18,
	    "diplomas": [{"kind": "secondary", "issued": "2024-2025", "month": 6, "foreign": true, "named": "nl-havo"}],
	    "languageProofs": [{"kind": "secondary-year-dutch", "obtained": "2024-2025"}]},
	  "leerkrediet": {"balance": 40, "credits": 60}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := catalog.Default().ByID("uhasselt-ba-rechten")
	d, err := procedures.Decide(a, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Admission.Route, d.Leerkrediet.Outcome, d.Leerkrediet.MaxCredits)
	for _, f := range d.Findings {
		fmt.Println(i18n.Render(auhl.English, f))
	}
	// Output:
	// not-yet-admissible afwijkende-toelating limited-to-balance 40
	// 2025-2026: you cannot enrol in Bachelor of Law yet; the admission decision says what must happen first.
	// Afwijkende toelating for 2025-2026: preferably submit your study-orientation dossier by 15 May 2025, so that you can start in September.
	// Afwijkende toelating for 2025-2026: submit your study-orientation dossier by 25 August 2025.
	// Afwijkende toelating for 2025-2026: submit your study-orientation dossier by 19 September 2025.
}

// A student with an academic bachelor that connects to the master in
// computer science at UHasselt, whose leerkrediet is used up (-12), asks
// to take 60 credits of that master in 2025-2026: admissible, and the
// institution may not refuse this connecting master (it may ask the
// higher fee), here with the admission rules file given explicitly.
func ExampleDecideWith() {
	a, err := procedures.DecodeApplication([]byte(`{
	  "applicant": {"academicYear": "2025-2026",
	    "diplomas": [{"kind": "secondary", "issued": "2021-2022"},
	      {"kind": "academic-bachelor", "issued": "2024-2025", "connectsTo": ["uhasselt-ma-informatica"]}],
	    "languageProofs": [{"kind": "secondary-year-dutch", "obtained": "2021-2022"}]},
	  "leerkrediet": {"balance": -12, "credits": 60, "connectingMaster": true}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := catalog.Default().ByID("uhasselt-ma-informatica")
	d, err := procedures.DecideWith(admission.Default(), a, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Admission.Outcome, d.Leerkrediet.Outcome, d.Leerkrediet.Uncovered)
	fmt.Println(i18n.Render(auhl.Dutch, d.Findings[0]))
	// Output:
	// may-not-refuse admissible may-not-refuse 60
	// 2025-2026: je bent toelaatbaar tot Master in de informatica; je leerkrediet dekt 60 studiepunten niet, maar de instelling mag je deze aansluitende master niet weigeren, wel een hoger studiegeld vragen.
}
