package combination_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/combination"
)

// A first-year student of the bachelor handelsingenieur changes to the
// bachelor in de toegepaste economische wetenschappen on 10 February, with
// the first semester's results: what carries over, what leerkrediet is
// left after enrolling for five units of the new programme, and what
// study progress says of the way back and the way on. The student, the
// results and the equivalence are made up; the units are the study
// guide's.
func ExampleReorient() {
	r, err := combination.DecodeReorientation([]byte(`{
	  "academicYear": "2024-2025", "date": "2025-02-10", "contract": "diploma",
	  "from": {"institution": "uhasselt", "code": "648"}, "to": {"institution": "uhasselt", "code": "625"},
	  "units": [
	    {"code": "3872", "result": "passed"}, {"code": "1312", "result": "passed"}, {"code": "1178", "result": "passed"},
	    {"code": "3874", "result": "passed"}, {"code": "3877", "result": "passed"},
	    {"code": "3873", "result": "failed"}, {"code": "1536", "result": "failed"},
	    {"code": "1356", "result": "not-examined"}, {"code": "1352", "result": "not-examined"}, {"code": "3725", "result": "not-examined"},
	    {"code": "1537", "result": "not-examined"}, {"code": "3875", "result": "not-examined"}],
	  "equivalences": [{"unit": "3872", "target": "1170", "by": "bureau examencommissie", "date": "2025-02-07"}],
	  "planned": [{"code": "1352"}, {"code": "3505"}, {"code": "1309"}, {"code": "1535"}, {"code": "3507"}],
	  "overrides": [{"finding": "combination.deadline.programme", "by": "voorzitter examencommissie", "reason": "heroriëntering", "date": "2025-02-07"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := combination.Reorient(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("exempted:", res.ExemptedCredits, "planned:", res.Plan.Credits, "blocked:", res.Plan.Blocked)
	for _, f := range res.Findings {
		fmt.Printf("%s: %s\n", f.Severity, i18n.Render(auhl.English, f))
	}
	// Output:
	// exempted: 15 planned: 21 blocked: false
	// info: On 7 February 2025 bureau examencommissie declared uhasselt/3872 equivalent to uhasselt/1170: an exemption of 6 credits.
	// info: uhasselt/1312 is in the new programme under the same code: your credit certificate counts as an exemption for uhasselt/1312 (6 credits).
	// info: uhasselt/1178 is in the new programme under the same code: your credit certificate counts as an exemption for uhasselt/1178 (3 credits).
	// info: The new programme does not have uhasselt/3874: you keep the credit certificate, without an exemption, unless the examination board names an equivalent unit.
	// info: The new programme does not have uhasselt/3877: you keep the credit certificate, without an exemption, unless the examination board names an equivalent unit.
	// info: 3 course units carry over as exemptions into the new programme, for 15 credits.
	// info: Ask the chair of the examination board for the exemptions through the study-career coach, at the latest when you enrol in the new programme (10 February 2025).
	// info: After this year's enrolments and the change of programme your leerkrediet is 119 credits, with 36 bonus credits left.
	// info: In uhasselt/648 you had earned 24 of the 60 credits taken up on the day of the change: a success rate of 40%.
	// warning: Note: the rule “success rate of the programme left on the day of the change” is not confirmed by a source; check it.
	// info: Should you go back to uhasselt/648 in 2025-2026, you may, but the examination board can impose binding conditions.
	// info: In another programme you can enrol in 2025-2026; the examination board can impose binding conditions, such as a success rate of at least 60%.
	// info: You must have acquired the first 60 credits of uhasselt/625 by the end of 2025-2026; your exemptions (15 credits) count.
	// warning: Note: the rule “drempelpakket of the new programme after a change” is not confirmed by a source; check it.
}
