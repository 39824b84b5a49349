package combination_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/combination"
)

// A student of the bachelor in de informatica plans 75 credits, among
// them a PXL unit: every problem comes at once, each with its source.
func ExampleValidate() {
	plan, err := combination.DecodePlan([]byte(`{
	  "academicYear": "2024-2025", "institution": "uhasselt", "programme": "135", "contract": "diploma",
	  "units": [{"code": "0660"}, {"code": "1303"}, {"code": "2196"}, {"code": "2248"}, {"code": "2941"},
	    {"code": "3265"}, {"code": "3266"}, {"code": "4377"}, {"code": "4379"}, {"code": "4380"},
	    {"code": "PXL-TI-1", "institution": "pxl", "credits": 6}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := combination.Validate(plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("blocked:", res.Blocked)
	for _, f := range res.Findings {
		fmt.Printf("%s: %s\n", f.Severity, i18n.Render(auhl.English, f))
	}
	// Output:
	// blocked: true
	// info: The programme counts 75 credits.
	// error: At 75 credits the programme exceeds the maximum of 72 credits per academic year at Hasselt University.
	// warning: At 75 credits the programme exceeds the standard programme of 60 credits, which is not advised.
	// warning: Note: the rule “standard programme of an academic year” is not confirmed by a source; check it.
	// warning: The course unit pxl/PXL-TI-1 is not in the catalogue; it is taken as the plan describes it.
	// error: No agreement opens pxl/PXL-TI-1 of PXL University of Applied Sciences and Arts to you as a student of Hasselt University in this year, under this contract and in this programme.
	// warning: Note: the rule “course units at the partner institution by agreement” is not confirmed by a source; check it.
}
