// Package admission decides whether an applicant can enrol in a programme of
// UHasselt or PXL in an academic year, and on which route.
//
// An Applicant is a person who wants to enrol in a programme of the
// catalogue in an academic year: the contract, the age, the diplomas (with
// the school year and, where known, the month issued; for a Flemish
// secondary diploma from 2024-2025 on, the onderwijskwalificatie 3 or 4;
// a foreign one with whether its country ratified the Lisbon convention,
// whether it gives access there and whether only to professional higher
// education, or the name the rules give it, such as the Dutch "nl-vwo"),
// the proofs of Dutch and English and the tests taken. DecodeApplicant
// reads and checks one; Decide decides for a catalog.Programme:
// admissible; admissible with conditions (only conditions that follow the
// enrolment are open, such as the remediation after the starttoets); not
// yet admissible (a requirement due before the enrolment is open, such as
// a binding entrance exam not taken or an afwijkende toelating not
// granted: Decision.FirstSteps says what must happen first); or not
// admissible. It gives the route (a diploma, afwijkende toelating, the
// graduaat admission test, a schakel- or voorbereidingsprogramma) and
// every requirement with where it stands and the contracts it applies to:
// the binding entrance exam in medicine and dentistry (both parts above
// half and ranked within the places), the mandatory ijkingstoets, the
// starttoets of teacher training and its remediation, the artistic
// admission test before enrolment, the programmes' own conditions (a
// diploma of higher education, work experience, Dutch without the
// exemptions), and the language levels. Each decision gives the dates that
// matter (Decision.Dates) and, when it is not admissible, the appeal
// routes (Decision.Appeals), each with its source.
//
// Conditions of the form "obtained at least N years before the enrolment"
// are counted with dates: from the end of the month of issue (of the
// school year where the month is not given) to the start of the academic
// year. The rules are data/admission.json (Default, DecodeRules); a rule,
// date or route no source confirms for the year is marked unconfirmed, and
// a decision that rests on it says so.
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package admission
