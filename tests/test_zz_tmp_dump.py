from assistant.schemas import Channel, Complaint
import json
from assistant.config import PROJECT_ROOT
EVAL_COMPLAINTS = [json.loads(l) for l in (PROJECT_ROOT / "evals" / "data" / "complaints.jsonl").read_text().splitlines() if l.strip()]
REPLY_CASES = [r for r in EVAL_COMPLAINTS if r["expected_action"] != "do_not_engage"]
import pytest
def test_dump(drafts):
    for row, res in drafts:
        for c in res.checks:
            if not c.passed:
                print("\n###", row["id"], c.name, c.reason)
                print(res.reply if hasattr(res,'reply') else res)
@pytest.fixture(scope="module")
def drafts(app):
    out = []
    for row in REPLY_CASES:
        complaint = Complaint(
            text=row["complaint"],
            channel=Channel.parse(row["channel"]),
            customer_name=row.get("customer_name"),
        )
        out.append((row, app.draft(complaint)))
    return out
