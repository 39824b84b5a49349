// Package contract holds the contract of an enrolment, which admission and
// leerkrediet both read; each of them names it Contract.
package contract

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// Contract is the contract of an enrolment (Codex Hoger Onderwijs art.
// II.199). Its JSON encoding is the identifier of each constant.
type Contract string

// The contracts.
const (
	// Diploma (diplomacontract) aims at a diploma.
	Diploma Contract = "diploma"
	// Credit (creditcontract) aims at a credit certificate per course; it
	// never leads to a diploma.
	Credit Contract = "credit"
	// Exam (examencontract) gives exams only, no classes.
	Exam Contract = "exam"
)

// All lists every contract.
var All = []Contract{Diploma, Credit, Exam}

// Enum lists every valid Contract.
func (Contract) Enum() []string { return auhl.Strings(All) }

// Valid reports whether c is a known contract.
func (c Contract) Valid() bool { return slices.Contains(All, c) }

// UnmarshalText accepts only a known contract.
func (c *Contract) UnmarshalText(b []byte) error { return enum.Unmarshal(c, b, All) }

// Name returns the contract's name in Dutch and English.
func (c Contract) Name() auhl.Text {
	switch c {
	case Diploma:
		return auhl.Text{NL: "diplomacontract", EN: "diploma contract"}
	case Credit:
		return auhl.Text{NL: "creditcontract", EN: "credit contract"}
	case Exam:
		return auhl.Text{NL: "examencontract", EN: "exam contract"}
	}
	return auhl.Text{NL: string(c), EN: string(c)}
}
