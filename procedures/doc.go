// Package procedures gathers the procedures of UHasselt, Hogeschool PXL and
// their association, each in a small package of its own below this one:
//
//   - admission: whether an applicant can enrol in a programme, and how
//     (admission.Decide); it uses language for the language levels;
//   - language: the language requirements, proofs and the language test
//     (language.Rules.Decide, language.DecideRegistration);
//   - afwijkend: afwijkende toelating, admission on other grounds than a
//     diploma (afwijkend.Decide);
//   - evc: the EVC procedure, recognition of prior learning, as a state
//     machine (evc.Procedure.Apply);
//   - leerkrediet: the learning credit of a history (leerkrediet.Decide);
//   - progress: whether a student may enrol again (progress.Decide).
//
// Imports point downwards: admission imports language, no package imports
// this one, and none imports another sideways. What needs two procedures
// at once lives here: Decide gives the admission decision (admission)
// together with what the applicant's leerkrediet balance means for the
// enrolment (leerkrediet.DecideEnrolment), with one outcome for both, and
// on the route of afwijkende toelating adds the dossier's deadlines of the
// year (afwijkend) to the decision's dates. Its input is an Application,
// read with DecodeApplication. Each package owns its rules
// file (data/*.json, read by the kernel auhl/rules) and its messages
// (messages.json, registered with auhl/i18n), so that a program links the
// texts of the procedures it imports and no others.
//
// # Verbs
//
// Every package speaks the same way:
//
//   - DecodeX(data []byte) reads an input document X (DecodeApplicant,
//     DecodeProofs, DecodeCase, DecodeProcedure, DecodeHistory,
//     DecodeRecord) the strict way and checks it; X.Validate checks one
//     built in Go. Both return a *auhl.ValidationError listing every
//     problem.
//   - Default() returns the embedded RulesFile, a procedure's rules across
//     the academic years; DecodeRules(data) reads a newer one of the same
//     format. RulesFile.For(year) returns the Rules of one year.
//   - Decide(...) applies the rules to an input and returns the result
//     with its Findings, each with a stable code and its source: as a
//     package function with the embedded rules, as a method of RulesFile
//     with another file, as a method of Rules with one year's rules.
//   - Apply is only the step of a state machine (evc.Procedure.Apply),
//     which changes the procedure.
//
// # One year's rules
//
// ForYear(year) gathers the Rules of every procedure in force in one
// academic year (2024-2025, 2025-2026 and 2026-2027 are embedded), each
// with its source, as YearRules; an unknown year is an error, never a
// fallback, and YearRules.Unconfirmed lists the rules the domain notes
// could not confirm for the year. A decision that rests on such a rule
// says so in a warning finding, one per rule: its params name the rule by
// its JSON Pointer in the rules file (path, such as "/years/1/ijkingstoets")
// and by its label (rule, a message code that auhl/i18n renders with
// {rule:label}).
//
// # Kinds of programme
//
// The catalogue gives a programme's auhl.Level. Two packages need a finer
// or coarser kind, and say how theirs relates to it: language.ProgrammeKind
// (KindOf merges the bachelors and tells the educatieve master apart by its
// Dutch name, as the catalogue has no field for it) and
// leerkrediet.ProgrammeKind (the kind of programme of an enrolment in a
// history, which tells banaba, manama and postgraduaat apart).
//
// The packages are pure: no I/O beyond their embedded files, no clock, no
// global state that changes; everything is safe for concurrent use.
package procedures
