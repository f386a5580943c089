"""The eval suite and reply checking for `calmreply check` / `calmreply eval`.

Only the light entry points are imported here; the suite itself (`assistant.evals.suite`)
pulls in the pipeline and is imported where it runs.
"""

from __future__ import annotations

from assistant.evals.checking import RowError, check_reply, check_rows
from assistant.evals.politeness import politeness_score

__all__ = ["RowError", "check_reply", "check_rows", "politeness_score"]
