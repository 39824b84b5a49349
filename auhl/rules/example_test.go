package rules_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
)

// DepositRules are one academic year's rules of a deposit: a new kind of
// rules file costs its types and a Format.
type DepositRules struct {
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	Deposit      EuroRule          `json:"deposit"`
}

// EuroRule is a rule that is an amount in euro.
type EuroRule struct {
	Euro int `json:"euro"`
	rules.Basis
}

// DepositFile is the rules file of the deposit.
type DepositFile struct {
	rules.File[auhl.AcademicYear, DepositRules]
}

var depositFormat = rules.Format[*DepositFile]{
	Name:        "deposit.json",
	LabelPrefix: "example.deposit.rule",
	Check:       func(c *rules.Checker, f *DepositFile) { f.Each(c, (*DepositRules).check) },
}

func (r *DepositRules) check(c *rules.Checker) { c.Range("/deposit/euro", r.Deposit.Euro, 0, 1000) }

func Example() {
	data := []byte(`{
	  "version": "2025.1",
	  "sources": {"reg": {"title": "A regulation"}},
	  "years": [
	    {"academicYear": "2025-2026", "deposit": {"euro": 50, "source": "reg"}},
	    {"academicYear": "2026-2027", "deposit": {"euro": 55, "source": "reg", "unconfirmed": true}}
	  ]
	}`)
	f, err := depositFormat.Parse(data, new(DepositFile))
	if err != nil {
		fmt.Println(err)
		return
	}
	y, _ := auhl.ParseAcademicYear("2026-2027")
	r, _ := f.For(y)
	fmt.Println(r.Deposit.Euro, r.Deposit.Cited().Title)
	for _, b := range f.Unconfirmed() {
		fmt.Println("unconfirmed:", b.Path(), b.Label())
	}

	// An unknown year is an error, never a fallback.
	y, _ = auhl.ParseAcademicYear("2030-2031")
	_, err = f.For(y)
	fmt.Println(i18n.Errors(auhl.English, err)[0])

	// A bad file lists every problem with its path.
	_, err = depositFormat.Parse([]byte(`{"version": "", "sources": {}, "years": [
	  {"academicYear": "2025-2026", "deposit": {"euro": 5000, "source": "reg"}},
	  {"academicYear": "2025-2026", "deposit": {"euro": 5, "source": "reg"}}]}`), new(DepositFile))
	for _, line := range i18n.Errors(auhl.English, err) {
		fmt.Println(line)
	}
	// Output:
	// 55 A regulation
	// unconfirmed: /years/1/deposit example.deposit.rule.deposit
	// There are no rules for 2030-2031; the known periods are: 2025-2026, 2026-2027.
	// This value is required. (/version)
	// The period 2025-2026 is listed more than once. (/years/1/academicYear)
	// The source “reg” is not listed in the file. (/years/0/deposit/source)
	// The source “reg” is not listed in the file. (/years/1/deposit/source)
	// 5,000 is outside the allowed range (0 to 1,000). (/years/0/deposit/euro)
}
