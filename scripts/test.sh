#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what is missing, then `bun test`.
# Closes with "N passed, N failed" taken from bun test's own counts (errors count as failures), and fails
# when a test failed or none ran. The type check and Biome's gate are tests too (test/static/).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1

out=$(mktemp)
trap 'rm -f "$out"' EXIT
# `bun run test` is package.json's `bun test --timeout …`: the one place the per-test timeout is set. Bun
# honours only the flag (or per-test arguments), not bunfig.toml's [test] timeout. Integration tests start
# real servers, browsers and databases, and a loaded 2-core machine makes them several times slower: slow is
# not failed, and speed belongs in `bun run bench`.
bun run test "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

passed=$(grep -Eo '^ *[0-9]+ pass$' "$out" | tail -n 1 | tr -dc '0-9')
failed=$(grep -Eo '^ *[0-9]+ fail$' "$out" | tail -n 1 | tr -dc '0-9')
skipped=$(grep -Eo '^ *[0-9]+ skip$' "$out" | tail -n 1 | tr -dc '0-9')
# Bun counts an error outside any test (an unhandled rejection between tests, a file that fails to load)
# on a line of its own; it is a failure all the same.
errors=$(grep -Eo '^ *[0-9]+ errors?$' "$out" | tail -n 1 | tr -dc '0-9')
passed=${passed:-0}
failed=$(( ${failed:-0} + ${errors:-0} ))
echo
if [ -n "$skipped" ] && [ "$skipped" -gt 0 ]; then
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
else
  echo "${passed} passed, ${failed} failed"
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
