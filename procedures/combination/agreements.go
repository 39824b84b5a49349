package combination

import (
	_ "embed" // for the embedded agreements
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/agreements.json
var agreementsData []byte

// AgreementSet is a file of agreements between institutions on taking
// course units at the partner institution. The embedded file
// (DefaultAgreements) lists none, as no agreement was found in the
// sources; DecodeAgreements reads a file of the same format with the
// agreements in force.
type AgreementSet struct {
	rules.Header
	// Agreements are the agreements, each id once.
	Agreements []Agreement `json:"agreements"`
}

// Agreement opens course units of one institution to students of another:
// which units, for which programmes, in which academic years, under which
// contracts, with how many places, and whose education and exam
// regulation applies. Either side may be an institution outside the
// association, named by its SCHAC code (see Party).
type Agreement struct {
	// ID identifies the agreement, such as "uhasselt-pxl-2025-informatica".
	ID string `json:"id"`
	// Provider is the institution that teaches the units.
	Provider Party `json:"provider"`
	// Students is the institution whose students may take them.
	Students Party `json:"students"`
	// Units are the codes of the units, in the provider's study guide.
	Units []string `json:"units"`
	// Programmes are the codes of the students' programmes, in their
	// institution's study guide; empty for every programme.
	Programmes []string `json:"programmes,omitempty"`
	// Years are the academic years the agreement is in force.
	Years []auhl.AcademicYear `json:"years"`
	// Contracts are the contracts a student may take the units under;
	// empty for every contract.
	Contracts []Contract `json:"contracts,omitempty"`
	// Places is the number of students the agreement admits per unit and
	// year; 0 where it sets no limit.
	Places int `json:"places,omitempty"`
	// Regulation is the institution whose education and exam regulation
	// applies to the units.
	Regulation Party `json:"regulation"`
	rules.Basis
}

// covers reports whether a admits a student of inst in programme prog to
// unit u under contract k in year y.
func (a *Agreement) covers(u units.Key, inst auhl.Institution, prog string, k Contract, y auhl.AcademicYear) bool {
	return a.Provider == Party(u.Institution) && a.Students == Party(inst) && slices.Contains(a.Units, u.Code) &&
		(len(a.Programmes) == 0 || slices.Contains(a.Programmes, prog)) &&
		slices.Contains(a.Years, y) &&
		(len(a.Contracts) == 0 || slices.Contains(a.Contracts, k))
}

// maxPlaces bounds the places of an agreement, against typos.
const maxPlaces = 100000

var agreementFormat = rules.Format[*AgreementSet]{
	Name: "procedures/combination/data/agreements.json", LabelPrefix: "combination.agreement",
	Check: func(c *rules.Checker, s *AgreementSet) { s.check(c) },
}

var defaultAgreements = agreementFormat.Embedded(agreementsData, new(AgreementSet))

// DefaultAgreements returns the embedded agreements (none), parsed once
// and shared: treat them as read-only.
func DefaultAgreements() *AgreementSet { return defaultAgreements() }

// DecodeAgreements reads and checks a file of agreements: every id once,
// the provider and the students' institution given and different, at
// least one unit and one year, valid codes, places in range, every source
// cited present. It returns a *auhl.ValidationError listing every
// problem.
func DecodeAgreements(data []byte) (*AgreementSet, error) {
	return agreementFormat.Parse(data, new(AgreementSet))
}

// check checks the agreements.
func (s *AgreementSet) check(c *rules.Checker) {
	ids := make(rules.Entries, len(s.Agreements))
	for i := range s.Agreements {
		a := &s.Agreements[i]
		cc := c.At(auhl.Index("/agreements", i))
		checkCode(cc, "/id", a.ID)
		ids.Once(cc, "/id", a.ID)
		party(cc, "/provider", a.Provider)
		party(cc, "/students", a.Students)
		party(cc, "/regulation", a.Regulation)
		if a.Provider != "" && a.Provider == a.Students {
			cc.Add("/students", CodeSameInstitution, nil)
		}
		cc.Require("/units", len(a.Units) > 0)
		for j, u := range a.Units {
			checkCode(cc, auhl.Index("/units", j), u)
		}
		for j, p := range a.Programmes {
			checkCode(cc, auhl.Index("/programmes", j), p)
		}
		cc.Require("/years", len(a.Years) > 0)
		for j, y := range a.Years {
			cc.Require(auhl.Index("/years", j), !y.IsZero())
		}
		cc.Range("/places", a.Places, 0, maxPlaces)
	}
}

// checkCode records a units.CodeCodeFormat problem at path unless s is a
// valid code.
func checkCode(c *rules.Checker, path, s string) {
	if !units.ValidCode(s) {
		c.Add(path, units.CodeCodeFormat, auhl.Params{"value": auhl.Str(auhl.Clip(s))})
	}
}

// teaching records a problem at path unless i is an institution of the
// association that teaches.
func teaching(c *rules.Checker, path string, i auhl.Institution) {
	switch i {
	case auhl.UHasselt, auhl.PXL:
	case "":
		c.Add(path, auhl.CodeRequired, nil)
	default:
		c.Add(path, units.CodeInstitution, auhl.Params{"value": auhl.Str(string(i))})
	}
}

// Party is an institution of an Agreement: "uhasselt" or "pxl" for the
// association's institutions, or the SCHAC code of an institution outside
// it, the identifier the Erasmus Without Paper network gives it, such as
// "kuleuven.be". Its JSON encoding is that text.
type Party string

// Name returns the name of the institution in Dutch and English: the
// association's institutions by name, any other by its SCHAC code.
func (p Party) Name() auhl.Text {
	if i := auhl.Institution(p); i == auhl.UHasselt || i == auhl.PXL {
		return i.Name()
	}
	return auhl.Text{NL: string(p), EN: string(p)}
}

// maxParty bounds a SCHAC code, a domain name.
const maxParty = 253

// party records a problem at path unless p is an institution that
// teaches: one of the association's, or a SCHAC code (lower-case labels
// of letters, digits and hyphens, separated by dots, at least two).
func party(c *rules.Checker, path string, p Party) {
	if i := auhl.Institution(p); i == "" || i.Valid() {
		teaching(c, path, i)
		return
	}
	labels := strings.Split(string(p), ".")
	ok := len(p) <= maxParty && len(labels) >= 2
	for _, l := range labels {
		ok = ok && l != "" && l[0] != '-' && l[len(l)-1] != '-' &&
			strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
	}
	if !ok {
		c.Add(path, CodeParty, auhl.Params{"value": auhl.Str(auhl.Clip(string(p)))})
	}
}
