// Package interview is the study-choice advisor's conversation as data: the
// questions about a student's background, the items of the questionnaire
// and the preferences, in order, with their choices in Dutch and English,
// the conditions under which each is asked, and how the answers become a
// studychoice.Profile.
//
// Front ends (the command-line advisor, the WebAssembly widget) render the
// same questions their own way and keep the answers as small numbers by
// question key. An Interview checks answers, builds the profile, and writes
// them into and reads them back from a short text that fits a URL fragment,
// so that a student can keep a link to their advice without anything being
// stored anywhere.
package interview
