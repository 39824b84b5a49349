package procedures_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures"
)

// The rules of 2025-2026 in one set, and how many of them the domain notes
// could not confirm, per area.
func ExampleForYear() {
	y, _ := auhl.ParseAcademicYear("2025-2026")
	r, err := procedures.ForYear(y)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.AcademicYear, r.Admission.Secondary.QualificationFrom, r.Leerkrediet.Start.Credits)
	count := map[string]int{}
	for _, u := range r.Unconfirmed() {
		count[u.Area]++
	}
	fmt.Println(count[procedures.AreaAdmission] > 0, count[procedures.AreaLeerkrediet] > 0)

	_, err = procedures.ForYear(y.Next().Next())
	fmt.Println(err != nil)
	// Output:
	// 2025-2026 2024-2025 140
	// true true
	// true
}
