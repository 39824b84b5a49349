// Package combination validates course combinations: a student's planned
// year (an individual programme, ISP) with units at the own and at the
// partner institution, under diploma, credit or exam contracts, and
// bridging programmes (schakelprogramma's) towards a master.
//
// Validate (or a Validator with other rules, agreements or units) returns
// every unmet requirement of a Plan at once, never a yes or no, each as an
// auhl.Finding with its source:
//
//   - the load limits of the student's institution and status, per
//     academic year as data (UHasselt: at most 72 credits, a warning above
//     the standard 60, at least 54 for a visa holder outside the
//     graduation year, 18 a semester for an exchange student), and the
//     limit of binding conditions (45 or 60);
//   - units the catalogue does not know, units already passed, and units
//     whose credits nobody gives;
//   - units at the partner institution that no Agreement opens to the
//     student, or whose places are taken, and whose regulation applies;
//   - units an exam contract excludes;
//   - prerequisites (followed, passed, or taken alongside) against the
//     history and the plan's terms;
//   - enrolment deadlines: 1 October for a programme, before teaching
//     starts for a unit, two weeks before the exam period under an exam
//     contract;
//   - clashes of classes or exams with dates, each clashing pair named;
//   - a bridging programme's size (45 to 90, down to 30 after a reduction
//     for prior learning or an aptitude test, below only with proven
//     scientific background), its one target master, and master units
//     planned before the programme's threshold is met.
//
// Reorient says what a first-year student's change of programme
// (heroriëntering) means on its day: which units passed carry over as
// exemptions into the new programme (by code, or by an equivalence the
// examination board declared), the leerkrediet of the year through package
// leerkrediet, the study-progress decisions through package progress (the
// success rate of the programme left against the institution's
// thresholds, the decree's first 60 credits), and a what-if audit of the
// units planned in the new programme, validated as a Plan with the results
// and the exemptions as history. DecodeReorientation reads one from
// outside, strictly and within MaxReorientationBytes.
//
// An Override of the examination board sets aside exactly the finding it
// names (a prerequisite, a deadline, a clash, a threshold), and the Result
// records it with the override. The rules are the embedded
// data/combination.json on auhl/rules (an unknown year is an error, an
// unconfirmed rule gives a warning); the agreements are
// data/agreements.json, empty because no agreement between UHasselt and
// PXL was found; the units are auhl/catalog/units. DecodePlan reads a
// plan from outside, strictly and within MaxPlanBytes.
//
// The package is pure: dates are arguments, it keeps no state and makes no
// network request.
package combination
