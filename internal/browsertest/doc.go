// Package browsertest runs pages in Debian's headless Chromium and checks
// them with axe-core, for the browser tests of the module's commands.
// Without Chromium or axe-core a test is skipped on a developer's
// machine and fails under CI (CI set): browser tests never skip in CI.
//
// It is internal to the module: its API follows the needs of the tests.
package browsertest
