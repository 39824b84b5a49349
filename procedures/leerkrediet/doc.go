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
// parameters of every academic year from 2008-2009, when leerkrediet
// began, to 2026-2027, with their sources and what changed along the way
// (the graduaat in higher education from 2019-2020, the COVID-19
// procedures of 2019-2020 to 2021-2022, the jokerkrediet link of the
// decree of 15 July 2022) (Default); DecodeRules reads a newer file of the
// same format. A rule that the domain notes could not confirm for a year is
// marked unconfirmed, and a result that uses it says so. For Decide a year
// the rules do not cover is an error, never a fallback to another year;
// Project computes the years after the last one covered with that year's
// rules, each such year with a warning that its rules are not published
// yet.
//
// DecideEnrolment treats leerkrediet as an enrolment condition: what an
// insufficient balance lets the institution do with an enrolment asked
// for, UHasselt's limit to the remaining balance included.
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package leerkrediet
