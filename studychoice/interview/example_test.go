package interview_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice/interview"
)

func Example() {
	iv := interview.New(nil, nil) // the default questionnaire and catalogue

	// A student expects a Flemish diploma in the reformed structure but has
	// not said which finaliteit yet.
	a := interview.Answers{"diploma": 2, "foreign": interview.No, "structure": 1}
	fmt.Println(iv.Check(a) != nil)

	a["finaliteit"] = 1
	a["maths"] = 8
	p := iv.Profile(a)
	fmt.Println(p.Background.Diploma, p.Background.Finaliteit, p.Background.MathsHours)

	q, _ := iv.Question("finaliteit")
	fmt.Println(q.Label(auhl.English, a["finaliteit"]))

	// A link that restores the answers, and nothing else.
	back, _ := iv.Decode(iv.Encode(a))
	fmt.Println(len(back))
	// Output:
	// true
	// expected doorstroom 8
	// transition finality (prepares for higher education)
	// 5
}
