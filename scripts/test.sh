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
echo "==> eval suite (fails when a metric drops below evals/thresholds.yaml)"
.venv/bin/calmreply eval --quiet --report "${REPORT_DIR:-reports/latest}"
