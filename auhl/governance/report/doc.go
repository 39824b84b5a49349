// Package report renders a governance.Report for people, in Dutch or
// English: as plain text for a terminal or a mail, and as one
// self-contained HTML page that a board secretary can mail as a file. The
// page has no script and loads nothing from elsewhere (no font, no
// stylesheet, no image); its charts (per criterion, per group, year on
// year) are inline SVG, each followed by a table with the same figures;
// it prints on paper without losing anything.
//
// Every text comes from this package's messages and those of
// auhl/governance, rendered by auhl/i18n; the figures and the findings
// are the report's own.
package report
