package progress_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/progress"
)

func ExampleDecide() {
	rec, err := progress.DecodeRecord([]byte(`{
		"institution": "uhasselt", "programme": "uhasselt-ba-informatica", "cohort": "2024-2025",
		"enrolments": [{"academicYear": "2024-2025", "enrolled": 60, "earned": 27, "drempelpakketOpen": 33}]
	}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	dec, err := progress.Decide(rec)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(dec.Year, dec.Outcome, dec.SuccessRate, *dec.Conditions)
	for _, f := range dec.Findings {
		fmt.Println(i18n.Render(auhl.English, f))
	}
	// Output:
	// 2025-2026 allowed-with-conditions 45 {[45 60] 70}
	// 2024-2025: you earned 27 of the 60 credits you took up, a success rate of 45%. It decides your enrolment for 2025-2026.
	// You started higher education in 2024-2025; the drempelpakket rule applies to students who start from 2023-2024 on, so to you.
	// Not yet confirmed for 2025-2026: how UHasselt combines the decree's drempelpakket with its own measures. Check the institution's education and examination regulations or the Codex Hoger Onderwijs.
	// Of your drempelpakket (60 credits), 33 credits are not yet acquired. You must acquire them by the end of 2025-2026, your second enrolment in this programme; otherwise your next enrolment in it is refused.
	// As long as your drempelpakket is incomplete (33 credits still open), you cannot take course units of the third model path.
	// Your success rate (45%) is below 60%: the exam board can impose binding conditions for 2025-2026, such as a success rate of at least 70%.
	// The exam board can limit your enrolment for 2025-2026 to at most 45 or 60 credits.
}

func ExampleDecodeRecord() {
	_, err := progress.DecodeRecord([]byte(`{
		"institution": "pxl", "cohort": "2023-2024",
		"enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 66}]
	}`))
	for _, line := range i18n.Errors(auhl.Dutch, err) {
		fmt.Println(line)
	}
	// Output:
	// Er zijn meer studiepunten verworven (66) dan opgenomen (60). (/enrolments/0/earned)
}

// A first enrolment in 2025-2026 of 42 credits, off the model path, by a
// student with a special status.
func ExampleDecidePlan() {
	p, err := progress.DecodePlan([]byte(`{"institution": "uhasselt", "academicYear": "2025-2026", "cohort": "2025-2026",
		"credits": 42, "exemption": "special-status"}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	d, err := progress.DecidePlan(p)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(d.Outcome)
	for _, f := range d.Findings {
		fmt.Println(i18n.Render(auhl.English, f))
	}
	// Output:
	// fits
	// You started higher education in 2025-2026; the drempelpakket rule applies to students who start from 2023-2024 on, so to you.
	// 2025-2026 is your first enrolment in higher education; you need not enrol for the model path on the ground of a special status (working student, disability, top sport).
}
