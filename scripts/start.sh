#!/usr/bin/env bash
# The local stack on a fresh machine: install what is missing, then start it (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec bun run start
