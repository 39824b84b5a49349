// Package studychoice is the study-choice advisor of AUHL: from a student's
// interests, background and preferences it answers "hogeschool of
// universiteit?" and ranks the programmes of UHasselt and Hogeschool PXL,
// every step explained by findings that auhl/i18n renders in Dutch or
// English.
package studychoice
