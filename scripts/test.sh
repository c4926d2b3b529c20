#!/usr/bin/env bash
# Runs the whole test suite (after the set-up). Arguments go to pytest, e.g. -k grappe.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# the storage, concurrency and CLI tests also run on a PostgreSQL server the tests start and stop
export ESMS_REQUIRE_POSTGRESQL=1
exec .venv/bin/python -m pytest "$@"
