// Package mobility is the administration of incoming and outgoing
// Erasmus+ mobility of students and staff at UHasselt and PXL: cases from
// application to recognition, the eligibility and duration rules of each
// call year, document checklists and dated to-do lists from a partner's
// factsheet, and the learning agreement's workflow on top of the EWP
// documents of package mobility/ewp. Package mobility/grant computes the
// grants, mobility/recognition recognises the results after return.
//
// # Cases
//
// A Case is a state machine: Move takes it from one Stage to the next
// (applied, nominated, accepted or rejected, agreed, arrived, departed,
// transcript, recognised; cancelled on the way), records every move with
// its date and actor, and refuses an illegal move without changing
// anything. NominationStatus and StatusV2 map the stage onto outgoing
// mobilities v3 and v2.
//
// # Rules per call year
//
// Grant rates and eligibility rules change per Erasmus+ call and are
// configured per call by the Commission and the national agencies, and a
// project of one call funds mobilities in more than one academic year:
// they are looked up by CallYear, not by auhl.AcademicYear. The rules are
// a versioned data file on auhl/rules (data/rules.json): durations per
// activity, the 12 months per study cycle, the credits of short-term
// mobility, the teaching hours of staff, the traineeship of a recent
// graduate (within a year of graduating, applied for before), the
// destination, and the institutions' own conditions, each with its
// source. An unknown call
// year is an error. The domain notes take these rules from pages that
// restate the Programme Guide, so every one is marked unconfirmed, and
// every decision that rests on one warns, rule by rule.
//
// # Checklists and learning agreements
//
// RuleSet.ChecklistFor turns a partner's Factsheet (deadlines per term,
// limits in weeks, requirements with the predefined EWP names) into a
// case's document checklist and a dated to-do list for a given day:
// what is missing, what is late, what is next. A portfolio, as the
// School of Arts asks, is accepted as a PDF or a URL.
//
// An Agreement holds an ewp.LearningAgreement and its workflow: Propose,
// Approve, Comment and Apply (an update request), with proposal ids from
// the canonical content, ErrStaleProposal for a stale one, and no changes
// after the first version of a blended or doctoral mobility. Final gives
// the components after the approved changes.
//
// Domain functions take their dates as arguments, keep credits as exact
// decimals and never build a sentence: package auhl/i18n renders every
// finding in Dutch and English.
package mobility
