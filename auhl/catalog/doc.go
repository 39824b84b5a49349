// Package catalog is the programme catalogue of UHasselt and Hogeschool PXL:
// the embedded default data for academic year 2025-2026 (Default), the
// reader of a newer catalogue file (Load) with its validation, and lookups
// by id, institution, level, campus, language and study area.
//
// Every fact in the data rests on a listed source; a fact that no official
// source confirms is marked in the programme's Unverified list, and a value
// that no source gives at all is left empty rather than guessed.
//
// The package does no I/O beyond reading the reader it is given: package
// auhl/catalog/remote downloads a newer file over HTTP.
package catalog
