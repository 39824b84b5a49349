package language_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/language"
)

func ExampleRules_Decide() {
	year, _ := auhl.ParseAcademicYear("2026-2027")
	rules, err := language.Default().For(year)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	p := catalog.Programme{ID: "example-ba", Level: auhl.ProfessionalBachelor,
		Name: auhl.Text{NL: "Bachelor in de verpleegkunde", EN: "Bachelor of Nursing"}, Languages: []auhl.Lang{auhl.Dutch}}
	d, err := language.DecodeProofs([]byte(`{"proofs": [
		{"kind": "cnavt-form", "obtained": "2025-2026"},
		{"kind": "cvo-b2", "obtained": "2025-2026"}
	]}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	for _, need := range rules.Needs(p) {
		res := rules.Decide(need, d.Proofs, year)
		fmt.Println(res.Met, res.Proof)
		for _, f := range res.Findings {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	// Output:
	// false -1
	// For your first enrolment in this programme you need sufficient knowledge of Dutch: level B2 (CEFR).
	// Proof 1, CNaVT Maatschappelijk Formeel (FORM), shows level B1; this programme asks for B2.
	// Proof 2, a B2 certificate of an adult education centre (CVO), is not accepted as a language proof.
	// Not yet confirmed for 2026-2027: what this kind of proof proves. Check it with your institution.
	// You do not yet show the required level B2 in Dutch.
	// You can show level B2 with the AUHL language test: the CNaVT exam STRT, with a written and an oral part.
	// There is a session in May 2026; the exact day is announced each year.
	// There is a session in early September 2026; the exact day is announced each year.
	// You can take the language test only once in the period from May to September.
	// The language test at level B2 costs 105 euro.
	// Not yet confirmed for 2026-2027: the fee of the language test. Check it with your institution.
	// To register: create an account in the CNaVT admin module and ask for the institution code at taalproef@pxl.be.
	// Another language certificate at level B2 or higher also counts, as does an exemption: a successful school year of Dutch-language secondary education, 60 credits passed in Dutch-language higher education or a Dutch-language certificate of an AUHL partner.
	// A diploma from Wallonia or the German-speaking Community does not exempt you from the language requirement.
}

func ExampleDecideRegistration() {
	res, err := language.DecideRegistration(language.TestRegistration{
		Session: auhl.MustParseDate("2026-09-04"), Earlier: []auhl.Date{auhl.MustParseDate("2026-05-22")},
	})
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(res.Allowed, res.Year)
	for _, f := range res.Findings {
		fmt.Println(i18n.Render(auhl.Dutch, f))
	}
	// Output:
	// false 2026-2027
	// Je kunt niet deelnemen aan de taaltest van 4 september 2026: je nam al deel op 22 mei 2026, en in de periode van mei tot september kan dat maar één keer.
}
