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
