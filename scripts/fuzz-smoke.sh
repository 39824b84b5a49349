#!/usr/bin/env bash
# Runs every fuzz target of the module for a short budget each, so that the
# test suite exercises them and a new target is never left out.
#
# The budget is a count of executions (default 20000x), not a duration: with
# a duration, Go 1.26's fuzz coordinator can report a spurious "context
# deadline exceeded" when the time runs out mid-execution (golang/go#75804).
set -euo pipefail
fuzztime=${1:-20000x}
cd "$(dirname "$0")/.."
found=0
while IFS= read -r dir; do
  for name in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    found=$((found + 1))
    echo "fuzz: ./${dir#./} $name ($fuzztime)"
    go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "./${dir#./}"
  done
done < <(go list -f '{{.Dir}}' ./... | sed "s|^$(pwd)|.|")
if [ "$found" -eq 0 ]; then
  echo "fuzz: no fuzz target found" >&2
  exit 1
fi
echo "fuzz: $found targets ran clean"
