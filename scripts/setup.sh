#!/usr/bin/env bash
# Create .venv, install CalmReply with its dev tools, and index the demo knowledge base.
# Idempotent: a second run only re-checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.calmreply-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "==> installing dependencies (first run takes a few minutes)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  touch "$stamp"
fi
echo "==> indexing the knowledge base"
ANONYMIZED_TELEMETRY=False .venv/bin/calmreply ingest
