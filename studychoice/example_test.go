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

// Whether a pupil with an arbeidsmarkt diploma (onderwijskwalificatie 3)
// can enter a bachelor and a graduaat in 2026-2027, and on which route,
// as procedures/admission decides it.
func ExampleAdvisor_Advise_admission() {
	answers := map[string]int{}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		answers[it.ID] = 3
	}
	year, _ := auhl.ParseAcademicYear("2026-2027")
	adv, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{
		Answers:      answers,
		Background:   studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Arbeidsmarkt},
		AcademicYear: year,
	})
	if err != nil {
		panic(err)
	}
	for _, ps := range adv.Programmes {
		switch ps.ID {
		case "uhasselt-ba-informatica", "pxl-grad-programmeren", "uhasselt-ma-informatica":
			fmt.Println(ps.ID, ps.Admission.Outcome, ps.Admission.Route, ps.Excluded)
		}
	}
	// Output:
	// pxl-grad-programmeren admissible diploma false
	// uhasselt-ba-informatica not-yet-admissible afwijkende-toelating false
	// uhasselt-ma-informatica not-admissible  true
}
