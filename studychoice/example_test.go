package studychoice_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/studychoice"
)

func ExampleAdvisor_Advise() {
	// A student with a strong investigative interest, doorstroomfinaliteit
	// and 8 hours of maths a week.
	answers := map[string]int{}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		v := 2
		if it.Scale == studychoice.Investigative || it.Scale == studychoice.Academic {
			v = 5
		}
		if it.Reverse {
			v = 6 - v
		}
		answers[it.ID] = v
	}
	adv, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{
		Answers:    answers,
		Background: studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom, MathsHours: 8},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(adv.Level.Recommended, adv.Level.Clarity)
	fmt.Println(adv.Programmes[0].Level, adv.Programmes[0].Preparation)
	fmt.Println(i18n.Render(auhl.English, adv.Findings[len(adv.Findings)-1]) != "")
	// Output:
	// academic-bachelor clear
	// academic-bachelor solid
	// true
}
