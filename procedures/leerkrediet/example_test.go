package leerkrediet_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

func ExampleDecide() {
	h, err := leerkrediet.DecodeHistory([]byte(`{"events": [
		{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
		{"year": "2025-2026", "kind": "results", "earned": 45, "tolerated": 6}
	]}`))
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	res, err := leerkrediet.Decide(h)
	if err != nil {
		fmt.Println(i18n.Errors(auhl.English, err))
		return
	}
	fmt.Println(res.Balance, res.BonusLeft)
	for _, f := range res.Findings {
		if f.Code == leerkrediet.CodeBonus || f.Code == leerkrediet.CodeTolerated {
			fmt.Println(i18n.Render(auhl.English, f))
			fmt.Println("  ", f.Source.URL)
		}
	}
	// Output:
	// 170 15
	// On a diploma contract those credits count double: a bonus of 45 credits. Balance: 170; bonus left: 15.
	//    https://www.ugent.be/student/nl/administratie/studievoortgang-leerkrediet/leerkrediet/hoewerktleerkrediet.htm
	// 2025-2026: 6 credits tolerated or deliberated are lost: only a pass (at least 10/20) gives leerkrediet back.
	//    https://www.uhasselt.be/nl/info-voor/studenten/je-studietraject/leerkrediet
}

func ExampleDecodeHistory() {
	_, err := leerkrediet.DecodeHistory([]byte(`{"events": [
		{"year": "2025-2026", "kind": "results", "earned": 45}
	]}`))
	for _, line := range i18n.Errors(auhl.Dutch, err) {
		fmt.Println(line)
	}
	// Output:
	// Resultaten zonder inschrijving: in 2025-2026 gaat er geen open inschrijving aan vooraf. (/events/0)
}
