#!/usr/bin/env bash
# Runs the whole test suite (after the set-up). Arguments go to pytest, e.g. -k grappe.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
