#!/usr/bin/env bash
# Set up (if needed) and open the CalmReply app on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> starting CalmReply at http://localhost:${PORT:-8501}"
exec .venv/bin/streamlit run streamlit_app.py --server.port "${PORT:-8501}" \
  --server.headless true --browser.gatherUsageStats false
