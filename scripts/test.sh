#!/usr/bin/env bash
# The whole test suite: lint, types, tests, then the eval suite that gates CI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export ANONYMIZED_TELEMETRY=False
echo "==> ruff"
.venv/bin/ruff check assistant tests evals streamlit_app.py
.venv/bin/ruff format --check assistant tests evals streamlit_app.py
echo "==> mypy"
.venv/bin/mypy assistant
echo "==> pytest"
.venv/bin/python -m pytest
if [ -f evals/run.py ] || .venv/bin/calmreply eval --help >/dev/null 2>&1; then
  echo "==> eval suite"
  .venv/bin/calmreply eval --report "${REPORT_DIR:-reports/latest}"
fi
