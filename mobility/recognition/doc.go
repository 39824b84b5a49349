// Package recognition recognises a student's results after an outgoing
// mobility: it matches the transcript of records to the components of
// the learning agreement, recognises automatically what the agreement
// set no conditions for (as the Council Recommendation of 26 November
// 2018 and EWP's components-recognized ask), converts grades with the
// grading tables of both institutions by the percentile method that
// Egracons uses, falling back to a conversion list and then to
// pass/fail, and keeps an audit trail of each decision.
//
// The Flemish 0-20 scale, its pass mark and the institutions' own
// conversion clauses are not built in: the home grading tables and
// conversion list are inputs.
package recognition
