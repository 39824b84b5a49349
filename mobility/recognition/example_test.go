package recognition_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/auhl/auhl-go/mobility/recognition"
)

// A semester's atelier course is recognised automatically, its grade
// converted by the conversion list.
func ExampleRecognise() {
	lists := ewp.ComponentLists{
		Studied:    ewp.Components(ewp.Component{Title: "Sculpture"}),
		Recognized: ewp.Components(ewp.Component{Title: "Atelier 3", Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("15"))}}),
	}
	tor := recognition.Transcript{Results: []recognition.Result{{Title: "Sculpture", Grade: "4.5", Passed: true}}}
	g := recognition.Grading{Conversions: []recognition.Conversion{{Host: "4.5", Home: "16"}}}
	d, err := recognition.Recognise(lists, nil, tor, g, auhl.MustParseDate("2026-03-01"), "Examination board")
	if err != nil {
		panic(err)
	}
	for _, f := range d.Components[0].Trail {
		fmt.Println(i18n.Render(auhl.English, f))
	}
	// Output:
	// ‘Sculpture’: 4.5 becomes 16 by the conversion list.
	// ‘Atelier 3’ is recognised automatically, with 15 ECTS credits.
}
