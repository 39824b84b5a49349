// Package leerkrediet computes the leerkrediet (learning credit) of a
// student's history in Flemish higher education.
//
// Leerkrediet is the learning credit of Flemish higher education: every
// student starts with 140 credits, enrolments take their credits from it,
// and earned credits come back. DecodeHistory reads a student's history
// (enrolments, results, re-orientations, returns for force majeure, years
// without enrolment, diplomas) and checks that it can have happened;
// Decide applies the rules of each academic year to it and
// returns the balance and the bonus left, per year and at the end, with a
// Finding for every step: a stable code (see Codes), its parameters and the
// source it rests on. Package auhl/i18n renders the findings in Dutch and
// English.
//
// The rules are data: data/leerkrediet.json, embedded, gives the
// parameters of 2024-2025, 2025-2026 and 2026-2027 with their sources
// (Default); DecodeRules reads a newer file of the
// same format. A rule that the domain notes could not confirm for a year is
// marked unconfirmed, and a result that uses it says so. A year the rules
// do not cover is an error, never a fallback to another year.
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package leerkrediet
