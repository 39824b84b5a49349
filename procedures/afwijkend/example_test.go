package afwijkend_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/afwijkend"
)

func ExampleDecide() {
	c, err := afwijkend.DecodeCase([]byte(`{
		"academicYear": "2026-2027", "institution": "pxl", "ground": "general-level",
		"dossier": {"cv": true, "motivationLetter": true, "reflection": true}
	}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	st, err := afwijkend.Decide(c, auhl.MustParseDate("2026-06-10"))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(st.Stage, st.Missing, st.NextDeadline)
	for _, f := range st.Findings {
		fmt.Println(i18n.Render(auhl.English, f))
	}
	// Output:
	// dossier [evidence] 2026-08-25
	// 2026-2027: you apply for afwijkende toelating (admission without the usual diploma) on the ground of general level.
	// Your study-orientation dossier still lacks supporting evidence.
	// The strongly recommended first period (until 15 May 2026) is over; a later deadline is still open.
	// Submit your complete dossier by 25 August 2026 at the institution where you want to study.
}

func ExampleDecodeCase() {
	_, err := afwijkend.DecodeCase([]byte(`{
		"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "assessment": "passed"
	}`))
	for _, line := range i18n.Errors(auhl.Dutch, err) {
		fmt.Println(line)
	}
	// Output:
	// Een resultaat van de beoordeling zonder ingediend dossier kan niet. (/assessment)
}
