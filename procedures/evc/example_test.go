package evc_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/evc"
)

func ExampleProcedure_Apply() {
	var p evc.Procedure
	for _, s := range []evc.Step{
		{Action: evc.ActionRequestIntake, Date: auhl.MustParseDate("2026-01-15")},
		{Action: evc.ActionIntake, Date: auhl.MustParseDate("2026-02-10"), Guide: "An Peeters"},
		{Action: evc.ActionPortfolio, Date: auhl.MustParseDate("2026-04-01")},
		{Action: evc.ActionDecision, Date: auhl.MustParseDate("2026-05-20"), Assessors: []string{"Bram Claes", "Chris Dries", "An Peeters"}, Outcome: evc.OutcomePositive},
		{Action: evc.ActionDecision, Date: auhl.MustParseDate("2026-05-20"), Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}, Outcome: evc.OutcomePositive},
	} {
		fs, err := p.Apply(s)
		if err != nil {
			fmt.Println(i18n.Errors(auhl.English, err))
			continue
		}
		for _, f := range fs {
			fmt.Println(i18n.Render(auhl.English, f))
		}
	}
	fmt.Println(p.State(), p.Allowed())
	// Output:
	// Your intake is requested for the spring procedure (requests before 1 February 2026). An intake interview follows.
	// Not yet confirmed for AUHL in 2025-2026: this deadline of the intake request. This rule comes from the sister association or a general source; check the AUHL regulation.
	// The intake interview took place; your guide is An Peeters. Now put your portfolio together. Your guide may not also assess you.
	// Your portfolio is submitted. A commission of 3 assessors assesses it in an interview, possibly with a skills test.
	// Not yet confirmed for AUHL in 2025-2026: the size of the assessment commission. This rule comes from the sister association or a general source; check the AUHL regulation.
	// [An Peeters is your guide and may not also assess you. (/assessors/2)]
	// The assessment commission decided: positive. An appeal is possible within 7 calendar days, up to and including 27 May 2026.
	// Not yet confirmed for AUHL in 2025-2026: the appeal term. This rule comes from the sister association or a general source; check the AUHL regulation.
	// You get a bewijs van bekwaamheid (certificate of competence) dated 20 May 2026. You then ask the institution for exemptions yourself; that lies outside the EVC procedure.
	// certified [appeal request-exemption]
}

func ExampleDecodeProcedure() {
	_, err := evc.DecodeProcedure([]byte(`{"history": [
		{"action": "request-intake", "date": "2026-01-15", "from": "", "to": "intake-requested"},
		{"action": "portfolio", "date": "2026-04-01", "from": "intake-requested", "to": "portfolio-submitted"}
	]}`))
	for _, line := range i18n.Errors(auhl.English, err) {
		fmt.Println(line)
	}
	// Output:
	// The step “portfolio” is not possible in the state “intake-requested”. (/history/1/action)
}
