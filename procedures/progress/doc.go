// Package progress decides whether a student may enrol again in a programme
// (study progress).
//
// A Record is a student's path in one programme at UHasselt or PXL:
// the cohort (the year of the first enrolment in higher education), the
// enrolments per academic year with the credits taken up and earned and
// the drempelpakket credits still open, binding conditions imposed, the
// course units with their enrolments, an exception granted, and the
// credits planned. DecodeRecord reads and checks one;
// Decide says whether the student may enrol in the programme again
// in the next academic year: allowed, allowed with binding conditions, or
// refused (and until when, where the rules say). It applies the Flemish
// decree of 15 July 2022 to cohorts from 2023-2024 on (the first 60
// credits of the model path acquired by the end of the second enrolment),
// UHasselt's rules (a success rate under 30% refused for two years, 30 to
// 60% with binding conditions, the 70% and 60% targets, at most two
// enrolments per course unit and never a fourth, at most 72 credits a
// year) and PXL's, all marked unconfirmed. The rules are
// data/progress.json (Default, DecodeRules).
//
// A Plan is what a student plans to take up in one academic year;
// DecidePlan judges it against the rest of the decree of 15 July 2022 (a
// first enrolment is the model path unless an exemption applies, the third
// model path waits for the drempelpakket, the right to take at least 45
// credits) and the thresholds outside study progress (27 credits for the
// family allowance; for students from outside the EEA, 54 credits a year
// at UHasselt and the credits the residence permit asks), each rule with
// its source and, where the notes are unsure, marked unconfirmed.
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package progress
