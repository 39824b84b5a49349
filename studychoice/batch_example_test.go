package studychoice_test

import (
	"fmt"

	"github.com/auhl/auhl-go/studychoice"
)

func ExampleAdvisor_AdviseInto() {
	// A school advises its year group: one advisor, one Advice reused for
	// every pupil, each advice read before the next call overwrites it.
	pupils := []studychoice.Background{
		{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom, MathsHours: 8},
		{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Arbeidsmarkt},
	}
	advisor := studychoice.NewAdvisor(nil)
	var adv studychoice.Advice
	for _, b := range pupils {
		if err := advisor.AdviseInto(&adv, studychoice.Profile{Background: b}); err != nil {
			panic(err)
		}
		fmt.Println(adv.Level.Recommended, len(adv.Programmes) > 0)
	}
	// Output:
	// academic-bachelor true
	// graduaat true
}
