package units_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
)

// The units of the bachelor in de informatica, and one of them.
func ExampleDefault() {
	c := units.Default()
	p, _ := c.Programme(auhl.UHasselt, "135")
	u, _ := c.Unit(auhl.UHasselt, "2193")
	fmt.Println(p.Name, len(p.Units))
	fmt.Println(u.Name.In(auhl.Dutch), p.CreditsOf(u))
	fmt.Println("semester known:", !c.IsUnverified(u, units.FactSemester))
	// Output:
	// bachelor in de informatica 45
	// Wiskunde voor informatica I 6
	// semester known: false
}
