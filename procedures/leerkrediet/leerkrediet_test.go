package leerkrediet

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// The events of the examples, one constructor a kind.

func enrol(y string, c Contract, p ProgrammeKind, credits int) Event {
	return Event{Year: testkit.Year(y), Kind: EventEnrolment, Contract: c, Programme: p, Credits: auhl.Credits(credits)}
}

// bachelor is an enrolment in an initial bachelor on a diploma contract.
func bachelor(y string, credits int) Event {
	return enrol(y, DiplomaContract, InitialBachelor, credits)
}

// master is an enrolment in an initial master on a diploma contract.
func master(y string, credits int) Event {
	return enrol(y, DiplomaContract, InitialMaster, credits)
}

func results(y string, earned, tolerated int) Event {
	return Event{Year: testkit.Year(y), Kind: EventResults, Earned: auhl.Credits(earned), Tolerated: auhl.Credits(tolerated)}
}

func reorient(y, date string, passed, failed, notExamined int, byInstitution bool) Event {
	return Event{Year: testkit.Year(y), Kind: EventReorientation, Date: testkit.Day(date), Passed: auhl.Credits(passed),
		Failed: auhl.Credits(failed), NotExamined: auhl.Credits(notExamined), ReturnedByInstitution: byInstitution}
}

func forceMajeure(y string, credits int) Event {
	return Event{Year: testkit.Year(y), Kind: EventForceMajeure, Credits: auhl.Credits(credits)}
}

func noEnrolment(y string) Event {
	return Event{Year: testkit.Year(y), Kind: EventNoEnrolment}
}

func diploma(y string, lv DiplomaLevel) Event {
	return Event{Year: testkit.Year(y), Kind: EventDiploma, Level: lv}
}

func row(y string, balance, bonus int) Year {
	return Year{Year: testkit.Year(y), Balance: balance, BonusLeft: bonus}
}

func history(events ...Event) History {
	return History{Events: events}
}

// rulesThrough returns the embedded rules with the last year's rules
// carried forward to every academic year up to the one starting in last,
// for the examples that take longer than the three years the data covers.
// It is a test fixture, not a forecast: the rules of those years are not
// known.
func rulesThrough(t testing.TB, last int) *RulesFile {
	t.Helper()
	data, err := json.Marshal(Default())
	require.NoError(t, err)
	set, err := DecodeRules(data)
	require.NoError(t, err)
	final := set.Years[len(set.Years)-1]
	for y := final.AcademicYear.Next(); y.Start() <= last; y = y.Next() {
		r := final
		r.AcademicYear = y
		r.Start.Note = "test fixture: the rules of " + final.AcademicYear.String() + " carried forward"
		set.Years = append(set.Years, r)
	}
	data, err = json.Marshal(set)
	require.NoError(t, err)
	set, err = DecodeRules(data)
	require.NoError(t, err)
	return set
}

// lkCase is a worked example: a history and the result it must give.
type lkCase struct {
	name   string
	rules  *RulesFile // nil: the embedded rules
	events []Event
	// balance and bonus are the result's balance and bonus left; years
	// its lines.
	balance, bonus int
	years          []Year
	// codes must appear among the findings in this order; absent must not
	// appear.
	codes, absent []string
}

// workedExamples are the worked examples LK1 to LK10 of the domain notes
// (procedures.md §5.5; LK5 and LK8 are not test vectors there) and the
// issue's own example.
func workedExamples(t testing.TB) []lkCase {
	return []lkCase{
		{
			// The issue's example: 140 - 60 + 45 + 45 bonus = 170, bonus
			// left 60 - 45 = 15; the 6 tolerated credits are lost, the
			// other 9 were not passed.
			name:    "issue: enrol 60, earn 45, 6 tolerated",
			events:  []Event{bachelor(testkit.Y25, 60), results(testkit.Y25, 45, 6)},
			balance: 170, bonus: 15,
			years: []Year{row(testkit.Y25, 170, 15)},
			codes: []string{CodeStart, CodeUnconfirmed, CodeEnrolment, CodeEarned, CodeBonus, CodeUnconfirmed, CodeTolerated, CodeNotEarned},
		},
		{
			// LK1: 140 - 60 + 60 + 60 bonus = 200.
			name:    "LK1 enrol 60, pass all",
			events:  []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0)},
			balance: 200, bonus: 0,
			years:  []Year{row(testkit.Y24, 200, 0)},
			codes:  []string{CodeEnrolment, CodeEarned, CodeBonus},
			absent: []string{CodeNotEarned, CodeTolerated},
		},
		{
			// LK2: 80 + 40 + 40 bonus = 160; 60 - 40 = 20 bonus left.
			name:    "LK2 enrol 60, pass 40",
			events:  []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 40, 0)},
			balance: 160, bonus: 20,
			years: []Year{row(testkit.Y24, 160, 20)},
			codes: []string{CodeEarned, CodeBonus, CodeNotEarned},
		},
		{
			// LK3: 140 - 60 = 80; nothing earned, the bonus untouched.
			name:    "LK3 enrol 60, pass 0",
			events:  []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0)},
			balance: 80, bonus: 60,
			years:  []Year{row(testkit.Y24, 80, 60)},
			codes:  []string{CodeEnrolment, CodeNotEarned},
			absent: []string{CodeEarned, CodeBonus},
		},
		{
			// LK4, UGent's illustration of the basic mechanism with the
			// bonus ignored: enrol 60, pass 30 gives 110. The calculator
			// never ignores a rule, so the example is run where no bonus
			// applies by rule: a credit contract, which has the same basic
			// mechanism and no bonus. 140 - 60 + 30 = 110; the bonus stays
			// 60 for a later diploma contract.
			name:    "LK4 enrol 60, pass 30, no bonus (credit contract)",
			events:  []Event{enrol(testkit.Y24, CreditContract, InitialBachelor, 60), results(testkit.Y24, 30, 0)},
			balance: 110, bonus: 60,
			years:  []Year{row(testkit.Y24, 110, 60)},
			codes:  []string{CodeEnrolment, CodeEarned, CodeBonusCreditContract},
			absent: []string{CodeBonus},
		},
		{
			// LK4 on a diploma contract, as the notes say "with bonus it
			// would be 140": 110 + 30 bonus = 140, 30 bonus left.
			name:    "LK4 enrol 60, pass 30, with the bonus (diploma contract)",
			events:  []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 30, 0)},
			balance: 140, bonus: 30,
			years: []Year{row(testkit.Y24, 140, 30)},
		},
		{
			// LK6: the model path, 3 bachelor and 2 master years all
			// passed. The first year 140 - 60 + 60 + 60 = 200, every later
			// year -60 +60 = 200; the bachelor's diploma changes nothing;
			// the master's diploma 200 - 140 = 60: not under 60, so no
			// rebuild. Five years: the rules carried forward to 2028-2029.
			name:  "LK6 model path and master's diploma",
			rules: rulesThrough(t, 2028),
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 60, 0),
				bachelor(testkit.Y26, 60), results(testkit.Y26, 60, 0), diploma(testkit.Y26, BachelorDiploma),
				master(testkit.Y27, 60), results(testkit.Y27, 60, 0),
				master(testkit.Y28, 60), results(testkit.Y28, 60, 0), diploma(testkit.Y28, MasterDiploma),
			},
			balance: 60, bonus: 0,
			years: []Year{row(testkit.Y24, 200, 0), row(testkit.Y25, 200, 0), row(testkit.Y26, 200, 0), row(testkit.Y27, 200, 0), row(testkit.Y28, 60, 0)},
			codes: []string{CodeDiplomaBachelor, CodeDiplomaMaster, CodeUnconfirmed},
			absent: []string{
				CodeRebuildMaster, CodeNotEarned,
			},
		},
		{
			// LK7: a bachelor's diploma leaves the balance X as it is.
			// 140 - 60 + 45 + 45 = 170 (bonus 15); 170 - 69 + 69 + 15 =
			// 185 (bonus 0); 185 - 66 + 66 = 185; diploma: still 185.
			name: "LK7 bachelor's diploma keeps the balance",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 45, 6),
				bachelor(testkit.Y25, 69), results(testkit.Y25, 69, 0),
				bachelor(testkit.Y26, 66), results(testkit.Y26, 66, 0), diploma(testkit.Y26, BachelorDiploma),
			},
			balance: 185, bonus: 0,
			years: []Year{row(testkit.Y24, 170, 15), row(testkit.Y25, 185, 0), row(testkit.Y26, 185, 0)},
			codes: []string{CodeTolerated, CodeBonus, CodeDiplomaBachelor},
		},
		{
			// LK9: a credit contract of 12 credits, all passed: 140 - 12 +
			// 12 = 140, no bonus, and the bonus stays 60.
			name:    "LK9 credit contract 12, pass all",
			events:  []Event{enrol(testkit.Y24, CreditContract, InitialBachelor, 12), results(testkit.Y24, 12, 0)},
			balance: 140, bonus: 60,
			years:  []Year{row(testkit.Y24, 140, 60)},
			codes:  []string{CodeEnrolment, CodeEarned, CodeBonusCreditContract},
			absent: []string{CodeBonus},
		},
		{
			// LK10: a tolerated course of 6 credits is lost. With the
			// bonus used up (200 after a first year all passed), the year
			// after: 200 - 60 + 54 = 194, exactly the 6 less.
			name: "LK10 6 tolerated credits are lost",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 54, 6),
			},
			balance: 194, bonus: 0,
			years:  []Year{row(testkit.Y24, 200, 0), row(testkit.Y25, 194, 0)},
			codes:  []string{CodeTolerated},
			absent: []string{CodeNotEarned},
		},
		{
			// LK10 in a first year: 140 - 60 + 54 + 54 bonus = 188; the 6
			// tolerated credits bring nothing back, and 6 bonus is left.
			name:    "LK10 tolerated in the first year",
			events:  []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 54, 6)},
			balance: 188, bonus: 6,
			years: []Year{row(testkit.Y24, 188, 6)},
			codes: []string{CodeBonus, CodeTolerated},
		},
	}
}

// ownExamples are worked examples made from the rules, one or more for
// each rule the notes give.
func ownExamples(t testing.TB) []lkCase {
	return []lkCase{
		{
			// Rebuild (a): 160 (bonus 20), 160 - 60 + 40 + 20 = 160 (bonus
			// 0), 160 - 60 + 50 = 150, 150 - 70 + 70 = 150 with the
			// bachelor's diploma, two master years 150, the master's
			// diploma 150 - 140 = 10, under 60: the rebuild starts in
			// 2030-2031 with +10 = 20. That year without enrolment gives no
			// second rebuild (a master's diploma is held).
			name:  "rebuild (a) after a master's diploma under 60",
			rules: rulesThrough(t, 2030),
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 40, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 40, 0),
				bachelor(testkit.Y26, 60), results(testkit.Y26, 50, 0),
				bachelor(testkit.Y27, 70), results(testkit.Y27, 70, 0), diploma(testkit.Y27, BachelorDiploma),
				master(testkit.Y28, 60), results(testkit.Y28, 60, 0),
				master(testkit.Y29, 60), results(testkit.Y29, 60, 0), diploma(testkit.Y29, MasterDiploma),
				noEnrolment(testkit.Y30),
			},
			balance: 20, bonus: 0,
			years: []Year{row(testkit.Y24, 160, 20), row(testkit.Y25, 160, 0), row(testkit.Y26, 150, 0), row(testkit.Y27, 150, 0),
				row(testkit.Y28, 150, 0), row(testkit.Y29, 10, 0), row(testkit.Y30, 20, 0)},
			codes:  []string{CodeDiplomaMaster, CodeRebuildMaster, CodeRebuildYear, CodeNoEnrolment},
			absent: []string{CodeRebuildStopped, CodeBonusLost, CodeRebuildBonusLost},
		},
		{
			// Rebuild (b), with a year left out of the history: 80 (bonus
			// 60), 80 - 60 + 10 + 10 = 40 (bonus 50). 2026-2027 without
			// enrolment under 60: the 50 bonus is lost and the rebuild
			// starts in 2027-2028. That year has no event, so no
			// enrolment: +10 = 50. 2028-2029: +10 = 60, the rebuild is
			// done; 60 - 40 + 40 = 60, no bonus any more.
			name:  "rebuild (b) after a stop under 60, with a year without events",
			rules: rulesThrough(t, 2028),
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 10, 0),
				noEnrolment(testkit.Y26),
				bachelor(testkit.Y28, 40), results(testkit.Y28, 40, 0),
			},
			balance: 60, bonus: 0,
			years:  []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 40, 50), row(testkit.Y26, 40, 0), row(testkit.Y27, 50, 0), row(testkit.Y28, 60, 0)},
			codes:  []string{CodeNoEnrolment, CodeBonusLost, CodeRebuildStopped, CodeRebuildYear, CodeNoEnrolment, CodeRebuildYear, CodeEnrolment, CodeEarned},
			absent: []string{CodeRebuildUsed},
		},
		{
			// The bonus lost on stopping under 60, in the embedded years:
			// 80, then 40 with 50 bonus; 2026-2027 without enrolment costs
			// the 50 bonus, and the rebuild will start in 2027-2028.
			name: "bonus lost when stopping under 60",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 10, 0),
				noEnrolment(testkit.Y26),
			},
			balance: 40, bonus: 0,
			years: []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 40, 50), row(testkit.Y26, 40, 0)},
			codes: []string{CodeBonusLost, CodeRebuildStopped},
		},
		{
			// A stop with 60 or more keeps the bonus: 140 - 60 + 20 + 20 =
			// 120 (bonus 40); a year without enrolment changes nothing;
			// 120 - 60 + 60 + 40 = 160, the bonus used up.
			name: "stop above 60 keeps the bonus",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 20, 0),
				noEnrolment(testkit.Y25),
				bachelor(testkit.Y26, 60), results(testkit.Y26, 60, 0),
			},
			balance: 160, bonus: 0,
			years:  []Year{row(testkit.Y24, 120, 40), row(testkit.Y25, 120, 40), row(testkit.Y26, 160, 0)},
			codes:  []string{CodeNoEnrolment, CodeBonus},
			absent: []string{CodeBonusLost, CodeRebuildStopped},
		},
		{
			// Rebuild (c): 80 (bonus 60); 2025-2026 a graduaat (no
			// leerkrediet) and a credit contract of 30, failed: 50;
			// 2026-2027 the graduaat diploma with 50 < 60: topped up at the
			// next enrolment. That year has no enrolment with leerkrediet
			// and a balance under 60: the bonus (60) is lost, but no
			// rebuild (b) since the graduaat top-up is due. 2027-2028: 50
			// topped up to 60 (+10), then 60 - 60 + 60 = 60.
			name:  "rebuild (c) after a graduaat diploma under 60",
			rules: rulesThrough(t, 2027),
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				enrol(testkit.Y25, DiplomaContract, GraduaatProgramme, 60),
				enrol(testkit.Y25, CreditContract, InitialBachelor, 30), results(testkit.Y25, 0, 0),
				enrol(testkit.Y26, DiplomaContract, GraduaatProgramme, 60), diploma(testkit.Y26, GraduaatDiploma),
				bachelor(testkit.Y27, 60), results(testkit.Y27, 60, 0),
			},
			balance: 60, bonus: 0,
			years: []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 50, 60), row(testkit.Y26, 50, 0), row(testkit.Y27, 60, 0)},
			codes: []string{CodeOutOfScopeProgramme, CodeEnrolment, CodeNotEarned, CodeOutOfScopeProgramme,
				CodeRebuildGraduaatPending, CodeNoEnrolment, CodeBonusLost, CodeRebuildGraduaat, CodeEnrolment, CodeEarned},
			absent: []string{CodeRebuildStopped, CodeBonus},
		},
		{
			// Re-orientation before 1 December: 140 - 60 = 80, all 60 not
			// yet examined back = 140, the new programme 140 - 54 = 86,
			// passed: 86 + 54 + 54 bonus = 194, 6 bonus left.
			name: "re-orientation before 1 December",
			events: []Event{
				bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-11-15", 0, 0, 60, false),
				bachelor(testkit.Y25, 54), results(testkit.Y25, 54, 0),
			},
			balance: 194, bonus: 6,
			years: []Year{row(testkit.Y25, 194, 6)},
			codes: []string{CodeEnrolment, CodeReorientationFull, CodeEnrolment, CodeEarned, CodeBonus},
		},
		{
			// The issue's re-orientation, 10 February (between 1 December
			// and 15 March): 140 - 60 = 80; the 18 passed come back with
			// 18 bonus = 116 (bonus 42); half of the 30 not examined = 15,
			// 131; the 12 failed are lost. The new programme: 131 - 30 =
			// 101, 24 earned + 24 bonus = 149 (bonus 18).
			name: "re-orientation between 1 December and 15 March",
			events: []Event{
				bachelor(testkit.Y26, 60), reorient(testkit.Y26, "2027-02-10", 18, 12, 30, false),
				bachelor(testkit.Y26, 30), results(testkit.Y26, 24, 0),
			},
			balance: 149, bonus: 18,
			years: []Year{row(testkit.Y26, 149, 18)},
			codes: []string{CodeEarned, CodeBonus, CodeReorientationHalf, CodeEnrolment, CodeEarned, CodeBonus, CodeNotEarned},
		},
		{
			// Re-orientation after 15 March: 80; the 24 passed + 24 bonus
			// = 128 (bonus 36); nothing of the 30 not examined nor the 6
			// failed; 128 - 20 + 20 + 20 = 148 (bonus 16).
			name: "re-orientation after 15 March",
			events: []Event{
				bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2026-04-01", 24, 6, 30, false),
				bachelor(testkit.Y25, 20), results(testkit.Y25, 20, 0),
			},
			balance: 148, bonus: 16,
			years: []Year{row(testkit.Y25, 148, 16)},
			codes: []string{CodeReorientationLate},
		},
		{
			// Not a first enrolment in a bachelor: after a first year all
			// passed (200), leaving before 1 December gives nothing back
			// by law: 200 - 60 - 60 + 60 = 140.
			name: "re-orientation in a second bachelor year",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0),
				bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-11-01", 0, 0, 60, false),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 60, 0),
			},
			balance: 140, bonus: 0,
			years:  []Year{row(testkit.Y24, 200, 0), row(testkit.Y25, 140, 0)},
			codes:  []string{CodeReorientationNotFirstTime},
			absent: []string{CodeReorientationFull},
		},
		{
			// Returned by the institution under its OER: the 60 not yet
			// examined come back in full, even after 15 March, in a second
			// year and without a new enrolment: 200 - 60 + 60 = 200. The
			// year had an enrolment with leerkrediet, so it is no
			// interruption.
			name: "re-orientation returned by the institution",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0),
				bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2026-04-20", 0, 0, 60, true),
			},
			balance: 200, bonus: 0,
			years:  []Year{row(testkit.Y24, 200, 0), row(testkit.Y25, 200, 0)},
			codes:  []string{CodeReorientationInstitution},
			absent: []string{CodeNoEnrolment},
		},
		{
			// Leaving without enrolling elsewhere that year is stopping,
			// not changing programme: the legal return does not apply,
			// 140 - 60 = 80. The next year without enrolment: 80 is not
			// under 60, so the bonus stays.
			name: "leaving without a new programme",
			events: []Event{
				bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-10-20", 0, 0, 60, false),
				noEnrolment(testkit.Y26),
			},
			balance: 80, bonus: 60,
			years:  []Year{row(testkit.Y25, 80, 60), row(testkit.Y26, 80, 60)},
			codes:  []string{CodeReorientationStopped, CodeNoEnrolment},
			absent: []string{CodeBonusLost},
		},
		{
			// Leaving a credit contract gives nothing back: 140 - 20 = 120,
			// then a diploma contract 120 - 40 + 40 + 40 = 160 (bonus 20).
			name: "leaving a credit contract",
			events: []Event{
				enrol(testkit.Y24, CreditContract, InitialBachelor, 20), reorient(testkit.Y24, "2024-11-01", 0, 0, 20, false),
				bachelor(testkit.Y24, 40), results(testkit.Y24, 40, 0),
			},
			balance: 160, bonus: 20,
			years: []Year{row(testkit.Y24, 160, 20)},
			codes: []string{CodeReorientationCreditContract},
		},
		{
			// Force majeure: 140 - 60 + 40 + 40 = 160 (bonus 20); the Raad
			// returns 6: 166. Of the 20 not passed, 14 stay lost.
			name: "force majeure",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 40, 0), forceMajeure(testkit.Y24, 6),
			},
			balance: 166, bonus: 20,
			years: []Year{row(testkit.Y24, 166, 20)},
			codes: []string{CodeBonus, CodeForceMajeure, CodeNotEarned},
		},
		{
			// Force majeure settles the year's first enrolment; a new
			// enrolment after it still gets its results: 140 - 60 + 40 +
			// 40 = 160, + 6 = 166, then 166 - 10 + 10 + 10 = 176 (bonus
			// 10).
			name: "results of an enrolment after force majeure",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 40, 0), forceMajeure(testkit.Y24, 6),
				bachelor(testkit.Y24, 10), results(testkit.Y24, 10, 0),
			},
			balance: 176, bonus: 10,
			years: []Year{row(testkit.Y24, 176, 10)},
		},
		{
			// Force majeure beyond the leerkrediet used: a graduaat of 30
			// uses none, a credit contract of 10 does: 140 - 10 = 130.
			// Of the 15 returned, only the 10 of the credit contract were
			// leerkrediet: 140.
			name: "force majeure capped at the leerkrediet used",
			events: []Event{
				enrol(testkit.Y24, DiplomaContract, GraduaatProgramme, 30),
				enrol(testkit.Y24, CreditContract, InitialBachelor, 10), results(testkit.Y24, 0, 0),
				forceMajeure(testkit.Y24, 15),
			},
			balance: 140, bonus: 60,
			years:  []Year{row(testkit.Y24, 140, 60)},
			codes:  []string{CodeForceMajeure, CodeForceMajeureCapped},
			absent: []string{CodeNotEarned},
		},
		{
			// Insufficient balance: 80, then 20; enrolling for 60 with 20
			// left leaves 40 credits without leerkrediet: the institution's
			// options and the higher fee (11 euro a credit at most,
			// unconfirmed for the year). -40, then 30 earned + 30 bonus =
			// 20 (bonus 30).
			name: "insufficient balance",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 0, 0),
				bachelor(testkit.Y26, 60), results(testkit.Y26, 30, 0),
			},
			balance: 20, bonus: 30,
			years:  []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 20, 60), row(testkit.Y26, 20, 30)},
			codes:  []string{CodeEnrolment, CodeInsufficient, CodeHigherFee, CodeUnconfirmed, CodeEarned, CodeBonus},
			absent: []string{CodeConnectingMaster},
		},
		{
			// Insufficient for a master, without a master's diploma: the
			// institution may not refuse a connecting master. 80, 20, then
			// 20 - 60 = -40 with the results still to come. (How the
			// student was admitted is not the calculator's business.)
			name: "insufficient balance for a connecting master",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 0, 0),
				master(testkit.Y26, 60),
			},
			balance: -40, bonus: 60,
			years: []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 20, 60), row(testkit.Y26, -40, 60)},
			codes: []string{CodeInsufficient, CodeHigherFee, CodeConnectingMaster, CodeResultsPending},
		},
		{
			// A schakelprogramma uses no leerkrediet: 140 stays, the bonus
			// too, and the year counts as one without enrolment (140 is
			// not under 60: nothing lost).
			name: "programme outside leerkrediet",
			events: []Event{
				enrol(testkit.Y24, DiplomaContract, SchakelProgramme, 60), results(testkit.Y24, 60, 0),
			},
			balance: 140, bonus: 60,
			years:  []Year{row(testkit.Y24, 140, 60)},
			codes:  []string{CodeOutOfScopeProgramme, CodeNoEnrolment},
			absent: []string{CodeEnrolment, CodeEarned, CodeBonus},
		},
		{
			// An exam contract uses no leerkrediet: 140 stays.
			name: "exam contract",
			events: []Event{
				enrol(testkit.Y24, ExamContract, InitialBachelor, 60), results(testkit.Y24, 60, 0),
			},
			balance: 140, bonus: 60,
			years:  []Year{row(testkit.Y24, 140, 60)},
			codes:  []string{CodeOutOfScopeExam},
			absent: []string{CodeEnrolment, CodeEarned},
		},
		{
			// Results not given: 140 - 60 = 80 with nothing back in
			// 2024-2025; 80 - 60 = 20 in the last year, still to come.
			name: "results missing and pending",
			events: []Event{
				bachelor(testkit.Y24, 60), bachelor(testkit.Y25, 60),
			},
			balance: 20, bonus: 60,
			years: []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 20, 60)},
			codes: []string{CodeNoResults, CodeResultsPending},
		},
		{
			// Results over two exam chances add up: 140 - 60 + 30 + 30 =
			// 140 after the first, + 20 + 20 = 180 after the resit (bonus
			// 10).
			name: "results of the resit",
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 30, 0), results(testkit.Y24, 20, 0),
			},
			balance: 180, bonus: 10,
			years: []Year{row(testkit.Y24, 180, 10)},
		},
		{
			// The automatic rebuild is granted once. Rebuild (b) as above:
			// 40, the bonus lost, +10 in 2027-2028 = 50, +10 in 2028-2029
			// = 60 and done. Then 60 - 60 + 60 = 60 (no bonus), and the
			// master's diploma 60 - 140 = -80: under 60, but the rebuild
			// was had. 2029-2030 brings nothing: -80.
			name:  "rebuild granted only once",
			rules: rulesThrough(t, 2029),
			events: []Event{
				bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0),
				bachelor(testkit.Y25, 60), results(testkit.Y25, 10, 0),
				noEnrolment(testkit.Y26), noEnrolment(testkit.Y27),
				master(testkit.Y28, 60), results(testkit.Y28, 60, 0), diploma(testkit.Y28, MasterDiploma),
				noEnrolment(testkit.Y29),
			},
			balance: -80, bonus: 0,
			years: []Year{row(testkit.Y24, 80, 60), row(testkit.Y25, 40, 50), row(testkit.Y26, 40, 0), row(testkit.Y27, 50, 0),
				row(testkit.Y28, -80, 0), row(testkit.Y29, -80, 0)},
			codes:  []string{CodeRebuildStopped, CodeRebuildYear, CodeRebuildYear, CodeDiplomaMaster, CodeRebuildUsed, CodeNoEnrolment},
			absent: []string{CodeRebuildMaster},
		},
	}
}

func TestLeerkrediet(t *testing.T) {
	cases := append(workedExamples(t), ownExamples(t)...)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			rules := tt.rules
			if rules == nil {
				rules = Default()
			}
			res, err := rules.Decide(history(tt.events...))
			require.NoError(t, err)
			assert.Equal(t, tt.balance, res.Balance, "balance")
			assert.Equal(t, tt.bonus, res.BonusLeft, "bonus left")
			if tt.years != nil {
				assert.Equal(t, tt.years, res.Years)
			}
			codes := make([]string, len(res.Findings))
			for i, f := range res.Findings {
				codes[i] = f.Code
			}
			assertSubsequence(t, tt.codes, codes)
			for _, c := range tt.absent {
				assert.NotContains(t, codes, c)
			}
			assertConsistent(t, res)
		})
	}
}

// assertSubsequence checks that want appears in got in this order.
func assertSubsequence(t *testing.T, want, got []string) {
	t.Helper()
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	assert.Equal(t, len(want), i, "findings %v do not contain %v in order (stuck at %d)", got, want, i)
}

// assertConsistent checks what every result must hold: a line per year
// ending on the balance and the bonus, a bonus between 0 and 60, and
// findings of declared codes with their parameters, a source with its URL,
// and a message in both languages.
func assertConsistent(t testing.TB, res Result) {
	t.Helper()
	require.NotEmpty(t, res.Years)
	last := res.Years[len(res.Years)-1]
	assert.Equal(t, res.Balance, last.Balance)
	assert.Equal(t, res.BonusLeft, last.BonusLeft)
	for i := 1; i < len(res.Years); i++ {
		assert.Equal(t, res.Years[i-1].Year.Next(), res.Years[i].Year, "years follow one another")
	}
	for _, y := range res.Years {
		assert.True(t, y.BonusLeft >= 0 && y.BonusLeft <= 60, "bonus %d", y.BonusLeft)
	}
	specs := map[string]auhl.CodeSpec{}
	for _, s := range Codes() {
		specs[s.Code] = s
	}
	require.NotEmpty(t, res.Findings)
	assert.Equal(t, CodeStart, res.Findings[0].Code)
	for _, f := range res.Findings {
		spec, ok := specs[f.Code]
		if !assert.True(t, ok, "undeclared code %s", f.Code) {
			continue
		}
		for _, p := range spec.Params {
			assert.Contains(t, f.Params, p.Name, "%s lacks %s", f.Code, p.Name)
		}
		assert.True(t, strings.HasPrefix(f.Source.URL, "https://"), "%s: source %v", f.Code, f.Source)
		assert.NotEmpty(t, f.Source.Title)
		assert.True(t, f.Severity.Valid())
		for _, l := range auhl.Langs() {
			msg := i18n.Render(l, f)
			assert.NotEqual(t, f.Code, msg, "no message")
			assert.NotContains(t, msg, "–", "%s in %s misses a parameter: %s", f.Code, l, msg)
			assert.NotContains(t, msg, "{", msg)
		}
	}
}

// TestReorientationWindows puts a re-orientation on each side of the
// legal dates: 41 enrolled, 10 failed, 31 not examined; then 10 more in
// the new programme. 140 - 41 - 10 = 89, plus what comes back: all 31
// before 1 December, half (15, rounded down) from 1 December to 15 March
// inclusive, none after.
func TestReorientationWindows(t *testing.T) {
	tests := []struct {
		date     string
		returned int
		code     string
	}{
		{"2025-09-01", 31, CodeReorientationFull},
		{"2025-11-30", 31, CodeReorientationFull},
		{"2025-12-01", 15, CodeReorientationHalf},
		{"2026-03-15", 15, CodeReorientationHalf},
		{"2026-03-16", 0, CodeReorientationLate},
		{"2026-08-31", 0, CodeReorientationLate},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			res, err := Decide(history(
				bachelor(testkit.Y25, 41), reorient(testkit.Y25, tt.date, 0, 10, 31, false), bachelor(testkit.Y25, 10),
			))
			require.NoError(t, err)
			assert.Equal(t, 89+tt.returned, res.Balance)
			var found *auhl.Finding
			for i := range res.Findings {
				if res.Findings[i].Code == tt.code {
					found = &res.Findings[i]
				}
			}
			require.NotNil(t, found, "no %s", tt.code)
			n, _ := found.Params["returned"].Number()
			assert.Equal(t, float64(tt.returned), n)
			assertConsistent(t, res)
		})
	}
}

// TestInvalidHistories lists histories that cannot happen: each is a
// *auhl.ValidationError naming the event, and there is no balance.
func TestInvalidHistories(t *testing.T) {
	tooMany := make([]Event, MaxEvents+1)
	for i := range tooMany {
		tooMany[i] = bachelor(testkit.Y24, 1)
	}
	tests := []struct {
		name   string
		events []Event
		path   string
		code   string
	}{
		{"no events", nil, "/events", auhl.CodeRequired},
		{"too many events", tooMany, "/events", auhl.CodeNumberRange},
		{"results without an enrolment", []Event{results(testkit.Y24, 10, 0)}, "/events/0", CodeResultsWithoutEnrolment},
		{"results of another year's enrolment", []Event{bachelor(testkit.Y24, 60), results(testkit.Y25, 10, 0)}, "/events/1", CodeResultsWithoutEnrolment},
		{"more earned than enrolled", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 61, 0)}, "/events/1", CodeResultsExceedEnrolment},
		{"more earned and tolerated than enrolled", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 50, 11)}, "/events/1", CodeResultsExceedEnrolment},
		{"more than enrolled over two chances", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 40, 0), results(testkit.Y24, 21, 0)}, "/events/2", CodeResultsExceedEnrolment},
		{"years going backwards", []Event{bachelor(testkit.Y25, 60), bachelor(testkit.Y24, 60)}, "/events/1/year", CodeYearOrder},
		{"date outside its year", []Event{bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2027-02-10", 0, 0, 60, false)}, "/events/1/date", CodeDateOutsideYear},
		{"date just before its year", []Event{bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-08-31", 0, 0, 60, false)}, "/events/1/date", CodeDateOutsideYear},
		{"re-orientation without enrolment", []Event{reorient(testkit.Y25, "2025-11-01", 0, 0, 60, false)}, "/events/0", CodeReorientationWithoutEnrolment},
		{"re-orientation after results", []Event{bachelor(testkit.Y25, 60), results(testkit.Y25, 10, 0), reorient(testkit.Y25, "2025-11-01", 10, 0, 50, false)}, "/events/2", CodeReorientationWithoutEnrolment},
		{"re-orientation that does not add up", []Event{bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-11-01", 18, 12, 20, false)}, "/events/1", CodeReorientationCredits},
		{"results after leaving", []Event{bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-11-01", 0, 0, 60, false), results(testkit.Y25, 10, 0)}, "/events/2", CodeResultsWithoutEnrolment},
		{"force majeure without enrolment", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 0, 0), forceMajeure(testkit.Y25, 6)}, "/events/2", CodeForceMajeureWithoutEnrolment},
		{"force majeure over what was lost", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 55, 0), forceMajeure(testkit.Y24, 6)}, "/events/2", CodeForceMajeureExceeds},
		{"results after force majeure", []Event{bachelor(testkit.Y24, 60), forceMajeure(testkit.Y24, 30), results(testkit.Y24, 60, 0)}, "/events/2", CodeAfterForceMajeure},
		{"force majeure over tolerated credits", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 50, 6), forceMajeure(testkit.Y24, 6)}, "/events/2", CodeForceMajeureExceeds},
		{"diploma before any enrolment", []Event{diploma(testkit.Y24, BachelorDiploma)}, "/events/0", CodeDiplomaWithoutEnrolment},
		{"master's diploma in a bachelor year", []Event{bachelor(testkit.Y24, 60), diploma(testkit.Y24, MasterDiploma)}, "/events/1", CodeDiplomaWithoutEnrolment},
		{"diploma on a credit contract", []Event{enrol(testkit.Y24, CreditContract, InitialBachelor, 60), diploma(testkit.Y24, BachelorDiploma)}, "/events/1", CodeDiplomaWithoutEnrolment},
		{"no enrolment in a year with an enrolment", []Event{bachelor(testkit.Y24, 60), noEnrolment(testkit.Y24)}, "/events/1", CodeNoEnrolmentConflict},
		{"an enrolment in a year without enrolment", []Event{noEnrolment(testkit.Y24), bachelor(testkit.Y24, 60)}, "/events/1", CodeNoEnrolmentConflict},
		{"a field of another kind", []Event{bachelor(testkit.Y24, 60), {Year: testkit.Year(testkit.Y24), Kind: EventResults, Earned: 10, Credits: 60}}, "/events/1/credits", CodeFieldNotAllowed},
		{"an enrolment without contract", []Event{{Year: testkit.Year(testkit.Y24), Kind: EventEnrolment, Programme: InitialBachelor, Credits: 60}}, "/events/0/contract", auhl.CodeRequired},
		{"an enrolment of no credits", []Event{enrol(testkit.Y24, DiplomaContract, InitialBachelor, 0)}, "/events/0/credits", auhl.CodeRequired},
		{"an enrolment of too many credits", []Event{bachelor(testkit.Y24, 241)}, "/events/0/credits", auhl.CodeNumberRange},
		{"negative credits earned", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, -5, 0)}, "/events/1/earned", auhl.CodeNumberRange},
		{"a re-orientation without date", []Event{bachelor(testkit.Y24, 60), reorient(testkit.Y24, "", 0, 0, 60, false)}, "/events/1/date", auhl.CodeRequired},
		{"an event without year", []Event{{Kind: EventNoEnrolment}}, "/events/0/year", auhl.CodeRequired},
		{"an event without kind", []Event{{Year: testkit.Year(testkit.Y24)}}, "/events/0/kind", auhl.CodeRequired},
		{"a diploma without level", []Event{bachelor(testkit.Y24, 60), {Year: testkit.Year(testkit.Y24), Kind: EventDiploma}}, "/events/1/level", auhl.CodeRequired},
		{"a year before the rules", []Event{bachelor("2007-2008", 60)}, "/events/0/year", rules.CodePeriodUnknown},
		{"a year after the rules", []Event{bachelor(testkit.Y24, 60), results(testkit.Y24, 60, 0), noEnrolment(testkit.Y27)}, "/events/2/year", rules.CodePeriodUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Decide(history(tt.events...))
			require.Error(t, err)
			assert.True(t, errors.Is(err, auhl.ErrInvalid))
			var ve *auhl.ValidationError
			require.True(t, errors.As(err, &ve))
			require.NotEmpty(t, ve.Problems)
			assert.Equal(t, tt.path, ve.Problems[0].Path, ve.Error())
			assert.Equal(t, tt.code, ve.Problems[0].Code, ve.Error())
			assert.Zero(t, res, "no balance with an error")
			for _, l := range auhl.Langs() {
				for _, line := range i18n.Errors(l, err) {
					assert.NotContains(t, line, "–", line)
				}
			}
		})
	}
}

// TestUnknownYearOfAGap: a year between two events that the rules do not
// cover is named at the event after it.
func TestUnknownYearOfAGap(t *testing.T) {
	set := rulesThrough(t, 2028)
	n := len(set.Years)
	set.Years = append(set.Years[:n-2], set.Years[n-1:]...) // without 2027-2028
	_, err := set.Decide(history(bachelor(testkit.Y24, 60), bachelor(testkit.Y28, 60)))
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, "/events/1/year", ve.Problems[0].Path)
	assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)
	assert.Equal(t, testkit.Y27, ve.Problems[0].Params["period"].String())
}

func TestDecodeHistory(t *testing.T) {
	issue := `{"events": [
  {"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
  {"year": "2025-2026", "kind": "results", "earned": 45, "tolerated": 6}
]}`
	h, err := DecodeHistory([]byte(issue))
	require.NoError(t, err)
	assert.Equal(t, history(bachelor(testkit.Y25, 60), results(testkit.Y25, 45, 6)), h)
	res, err := Decide(h)
	require.NoError(t, err)
	assert.Equal(t, 170, res.Balance)
	assert.Equal(t, 15, res.BonusLeft)
	out, err := json.Marshal(res)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), `{"balance":170,"bonusLeft":15,"years":[{"year":"2025-2026","balance":170,"bonusLeft":15}],"findings":[{"code":"procedures.leerkrediet.start",`), string(out))

	// The other kinds of event of the issue, in a history that can happen.
	other := `{"events": [
  {"year": "2026-2027", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
  {"year": "2026-2027", "kind": "reorientation", "date": "2027-02-10", "passed": 18, "failed": 12, "notExamined": 30, "returnedByInstitution": false},
  {"year": "2026-2027", "kind": "enrolment", "contract": "credit", "programme": "initial-bachelor", "credits": 6},
  {"year": "2026-2027", "kind": "results", "earned": 0},
  {"year": "2026-2027", "kind": "force-majeure", "credits": 6}
]}`
	h, err = DecodeHistory([]byte(other))
	require.NoError(t, err)
	require.Len(t, h.Events, 5)
	assert.Equal(t, testkit.Day("2027-02-10"), h.Events[1].Date)

	// Round trip: what is encoded decodes to the same history.
	data, err := json.Marshal(h)
	require.NoError(t, err)
	again, err := DecodeHistory(data)
	require.NoError(t, err)
	assert.Equal(t, h, again)
}

func TestDecodeHistoryProblems(t *testing.T) {
	tests := []struct {
		name  string
		json  string
		paths []string
		codes []string
	}{
		{"not JSON", `{"events": [`, []string{""}, []string{auhl.CodeJSONSyntax}},
		{"unknown field", `{"events": [{"year": "2024-2025", "kind": "no-enrolment", "colour": "red"}]}`,
			[]string{"/events/0/colour"}, []string{auhl.CodeJSONUnknownField}},
		{"unknown kind", `{"events": [{"year": "2024-2025", "kind": "holiday"}]}`,
			[]string{"/events/0/kind"}, []string{auhl.CodeEnum}},
		{"unknown contract and programme", `{"events": [{"year": "2024-2025", "kind": "enrolment", "contract": "work", "programme": "phd", "credits": 60}]}`,
			[]string{"/events/0/contract", "/events/0/programme"}, []string{auhl.CodeEnum, auhl.CodeEnum}},
		{"unknown level", `{"events": [{"year": "2024-2025", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60}, {"year": "2024-2025", "kind": "diploma", "level": "doctor"}]}`,
			[]string{"/events/1/level"}, []string{auhl.CodeEnum}},
		{"year written wrongly", `{"events": [{"year": "2024/25", "kind": "no-enrolment"}]}`,
			[]string{"/events/0/year"}, []string{auhl.CodeYearFormat}},
		{"no such day", `{"events": [{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60}, {"year": "2025-2026", "kind": "reorientation", "date": "2026-02-30", "notExamined": 60}]}`,
			[]string{"/events/1/date"}, []string{auhl.CodeDateFormat}},
		{"credits not whole", `{"events": [{"year": "2024-2025", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 4.5}]}`,
			[]string{"/events/0/credits"}, []string{auhl.CodeJSONType}},
		{"every problem at once", `{"events": [{"year": "2024-2025", "kind": "results", "earned": 10}, {"year": "2023-2024", "kind": "no-enrolment", "level": "master"}]}`,
			[]string{"/events/0", "/events/1/level", "/events/1/year"}, []string{CodeResultsWithoutEnrolment, CodeFieldNotAllowed, CodeYearOrder}},
		{"no events", `{"events": []}`, []string{"/events"}, []string{auhl.CodeRequired}},
		{"empty object", `{}`, []string{"/events"}, []string{auhl.CodeRequired}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := DecodeHistory([]byte(tt.json))
			require.Error(t, err)
			assert.Zero(t, h)
			var ve *auhl.ValidationError
			require.True(t, errors.As(err, &ve))
			var paths, codes []string
			for _, p := range ve.Problems {
				paths = append(paths, p.Path)
				codes = append(codes, p.Code)
			}
			assert.Equal(t, tt.paths, paths, ve.Error())
			assert.Equal(t, tt.codes, codes, ve.Error())
		})
	}
}

func TestDecodeHistoryTooLarge(t *testing.T) {
	data := []byte(`{"events": [` + strings.Repeat(" ", MaxHistoryBytes) + `]}`)
	_, err := DecodeHistory(data)
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, auhl.CodeJSONTooLarge, ve.Problems[0].Code)
}

// TestCalculateIsDeterministic: the same history gives the same result,
// also from many goroutines at once.
func TestCalculateIsDeterministic(t *testing.T) {
	h := history(bachelor(testkit.Y26, 60), reorient(testkit.Y26, "2027-02-10", 18, 12, 30, false), bachelor(testkit.Y26, 30), results(testkit.Y26, 24, 0))
	want, err := Decide(h)
	require.NoError(t, err)
	done := make(chan Result, 8)
	for range 8 {
		go func() {
			got, _ := Decide(h)
			done <- got
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

func FuzzDecodeHistory(f *testing.F) {
	for _, s := range []string{
		`{"events": [{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60}, {"year": "2025-2026", "kind": "results", "earned": 45, "tolerated": 6}]}`,
		`{"events": [{"year": "2026-2027", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60}, {"year": "2026-2027", "kind": "reorientation", "date": "2027-02-10", "passed": 18, "failed": 12, "notExamined": 30, "returnedByInstitution": false}, {"year": "2026-2027", "kind": "enrolment", "contract": "credit", "programme": "schakel", "credits": 30}, {"year": "2026-2027", "kind": "force-majeure", "credits": 6}]}`,
		`{"events": [{"year": "2024-2025", "kind": "enrolment", "contract": "exam", "programme": "graduaat", "credits": 90}, {"year": "2024-2025", "kind": "diploma", "level": "graduaat"}, {"year": "2025-2026", "kind": "no-enrolment"}, {"year": "2026-2027", "kind": "enrolment", "contract": "diploma", "programme": "initial-master", "credits": 60}, {"year": "2026-2027", "kind": "diploma", "level": "master"}]}`,
		`{"events": [{"year": "2029-2030", "kind": "diploma", "level": "master"}]}`,
		`{"events": [{"year": "2025-2026", "kind": "results", "earned": -1}]}`,
		`{"events": null}`,
		`[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := DecodeHistory(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeHistory: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		res, err := Decide(h)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("CalculateLeerkrediet: an error that is not ErrInvalid: %v", err)
			}
			assert.Zero(t, res)
			return
		}
		assertConsistent(t, res)
		again, err := json.Marshal(h)
		require.NoError(t, err)
		h2, err := DecodeHistory(again)
		require.NoError(t, err, "a valid history encodes to a valid history")
		assert.Equal(t, h, h2)
	})
}

// BenchmarkLeerkrediet computes a five-year history: three bachelor years
// with a re-orientation, tolerated credits and force majeure, two master
// years, the diplomas.
func BenchmarkLeerkrediet(b *testing.B) {
	rules := rulesThrough(b, 2028)
	h := history(
		bachelor(testkit.Y24, 60), reorient(testkit.Y24, "2024-11-20", 0, 0, 60, false), bachelor(testkit.Y24, 54), results(testkit.Y24, 42, 6),
		bachelor(testkit.Y25, 66), results(testkit.Y25, 60, 0), forceMajeure(testkit.Y25, 6),
		bachelor(testkit.Y26, 72), results(testkit.Y26, 72, 0), diploma(testkit.Y26, BachelorDiploma),
		master(testkit.Y27, 60), results(testkit.Y27, 54, 0),
		master(testkit.Y28, 66), results(testkit.Y28, 66, 0), diploma(testkit.Y28, MasterDiploma),
	)
	if _, err := rules.Decide(h); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = rules.Decide(h)
	}
}

// FuzzEvents builds histories from bytes, four bytes an event, so that
// the calculator meets far more histories that can happen than JSON
// fuzzing finds. Whatever the history: no panic, an ErrInvalid or a
// consistent result, and never more leerkrediet than the start, the bonus
// and the rebuilds can give (every credit given back was taken first).
func FuzzEvents(f *testing.F) {
	f.Add([]byte{0, 0, 60, 0, 1, 0, 45, 6})
	f.Add([]byte{0, 0, 60, 0, 2, 0, 18, 30, 0, 0, 30, 1, 1, 0, 24, 0, 3, 0, 6, 0})
	f.Add([]byte{0, 0, 60, 0, 1, 0, 0, 0, 4, 1, 0, 0, 5, 1, 2, 0, 0, 1, 60, 2, 5, 0, 1, 0})
	rules := Default()
	contracts := []Contract{DiplomaContract, DiplomaContract, CreditContract, ExamContract}
	dates := []string{"-10-15", "-12-01", "-03-15", "-03-16", "-06-30"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var events []Event
		start := 2018
		for i := 0; i+3 < len(data) && len(events) < 40; i += 4 {
			kind, step, a, b := data[i]%byte(len(eventKinds)), data[i+1], int(data[i+2]%100), int(data[i+3]%100)
			if step%4 == 1 && start < 2030 {
				start++
			}
			y, _ := auhl.AcademicYearStarting(start)
			e := Event{Year: y, Kind: eventKinds[kind]}
			switch e.Kind {
			case EventEnrolment:
				e.Contract, e.Programme, e.Credits = contracts[int(step)%len(contracts)], programmeTypes[int(step/4)%len(programmeTypes)], auhl.Credits(1+a)
			case EventResults:
				e.Earned, e.Tolerated = auhl.Credits(a), auhl.Credits(b%10)
			case EventReorientation:
				d := dates[int(step/4)%len(dates)]
				year := start
				if d < "-09" {
					year++
				}
				e.Date = testkit.Day(strconv.Itoa(year) + d)
				e.Passed, e.Failed, e.NotExamined, e.ReturnedByInstitution = auhl.Credits(a/2), auhl.Credits(b%20), auhl.Credits(a-a/2), step&0x80 != 0
			case EventForceMajeure, EventCovid:
				e.Credits = auhl.Credits(1 + a%20)
			case EventDiploma:
				e.Level = diplomaLevels[int(step/4)%len(diplomaLevels)]
			}
			events = append(events, e)
		}
		// Projected beyond the last year of the rules: the years from 2018
		// to 2030 cover COVID years, the decree of 2022 and projected ones.
		res, err := rules.Project(history(events...))
		if err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		assertConsistent(t, res)
		ceiling := 140 + 60
		for _, f := range res.Findings {
			if f.Code == CodeRebuildYear || f.Code == CodeRebuildGraduaat {
				n, _ := f.Params["credits"].Number()
				ceiling += int(n)
			}
		}
		for _, y := range res.Years {
			assert.LessOrEqual(t, y.Balance, ceiling, "more leerkrediet than was ever given")
		}
	})
}
