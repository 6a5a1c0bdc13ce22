#!/usr/bin/env bash
# The test command (npm test): type check, the Go interop peer if it is missing, then jest.
# Extra arguments go to jest (e.g. a path filter).
set -euo pipefail
cd "$(dirname "$0")/.."

npx tsc --noEmit
bash scripts/build-interop.sh
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
node --expose-gc --experimental-vm-modules node_modules/jest/bin/jest.js --json --outputFile="$report" "$@" || status=$?
# One plain closing line that any CI log reader understands.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$report" || true
exit $status
