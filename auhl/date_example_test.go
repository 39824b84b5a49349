package auhl_test

import (
	"errors"
	"fmt"

	"github.com/auhl/auhl-go/auhl"
)

func ExampleDate() {
	d, err := auhl.ParseDate("2026-02-27")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d, d.AcademicYear(), d.AddDays(2), d.Before(d.AddDays(2)))
	_, err = auhl.ParseDate("2026-02-29")
	fmt.Println(errors.Is(err, auhl.ErrInvalid))
	// Output:
	// 2026-02-27 2025-2026 2026-03-01 true
	// true
}
