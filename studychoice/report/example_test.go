package report_test

import (
	"fmt"
	"log"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/report"
)

// Arrange the advice of an adult without a secondary diploma, with work
// experience, for reading in English: the level, the three best
// programmes in one line each (with what admission says: the graduaat
// admission test comes first), what holds for all three said once, and
// the other routes in.
func ExampleNew() {
	answers := map[string]int{}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		v := 2
		if it.Scale == studychoice.Realistic {
			v = 5
		}
		if it.Reverse {
			v = 6 - v
		}
		answers[it.ID] = v
	}
	adv, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{
		Answers:    answers,
		Background: studychoice.Background{Diploma: studychoice.DiplomaNone, WorkExperience: true, Age: 30},
	})
	if err != nil {
		log.Fatal(err)
	}
	r := report.New(auhl.English, nil, adv, 3)
	fmt.Println(r.Level.Heading)
	fmt.Println("-", r.Level.Lines[0].Text)
	fmt.Println(r.Programmes.Heading)
	for _, p := range r.Programmes.Items {
		fmt.Println("-", p.Name, "("+p.InstitutionName+")")
		fmt.Println(" ", p.Overview)
	}
	fmt.Println(r.Programmes.CommonLead)
	// The common warnings (what admission has not confirmed for the
	// year, among others) are left out here: the rules files decide them.
	for _, l := range r.Programmes.Common {
		if !l.Warning {
			fmt.Println("-", l.Text)
		}
	}
	fmt.Printf("%s: %d, each with its page\n", r.Routes.Heading, len(r.Routes.Lines))
	for _, l := range r.Routes.Lines {
		if l.URL == "" {
			fmt.Println("no page:", l.Text)
		}
	}
	// Output:
	// University college or university?
	// - Your answers point clearly towards the graduate programme (graduaat) level. The professional bachelor level may suit you too.
	// The programmes that fit you best
	// - Graduate Programme in Architectural Drafting (PXL University of Applied Sciences and Arts)
	//   Fits very well (80/100) · preparation: cannot tell · not yet admissible, by the graduaat admission test
	// - Graduate Programme in Electromechanical Systems (PXL University of Applied Sciences and Arts)
	//   Fits very well (80/100) · preparation: cannot tell · not yet admissible, by the graduaat admission test
	// - Graduate Programme in Renewable Energy Systems (PXL University of Applied Sciences and Arts)
	//   Fits very well (80/100) · preparation: cannot tell · not yet admissible, by the graduaat admission test
	// For each of these programmes:
	// - Your interests fit this programme 72 out of 100 (50 is neutral).
	// - Your profile says too little about your prior education to gauge how well it prepares you for this programme; fill in your secondary programme and your maths hours for more precise advice.
	// - Language of instruction: Dutch.
	// Other routes: 3, each with its page
}
