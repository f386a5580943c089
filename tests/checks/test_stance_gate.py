"""The word gate in front of the stance model: it skips harmless sentences, never the
sentences the checks fail on, and refuses to run beside a model it was not fitted to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.checks.onnx_models import CheckModelError
from assistant.checks.stance import META_PATH, StanceModel, shared_stance
from assistant.checks.stance_gate import GATE_PATH, load_gate
from assistant.config import get_settings

SHA = json.loads(META_PATH.read_text())["sha256"]

#: What most of a reply is: the model never needs to read these.
HARMLESS = [
    "Hi Sam, thanks for letting us know.",
    "Please DM us your order number and we'll sort this out today.",
    "Dana, Guest Relations, Harbour Hotel",
    "I've refunded both breakfasts to your card.",
]

#: Sentences the stance model flags (blame, rebuttal, a cold form letter), worded so that
#: no phrase list names them: the gate must always hand these to the model.
RISKY = [
    "The tour group that arrived unannounced ate far more than any kitchen could plan for,"
    " so the shortfall really came down to them.",
    "Our night manager checked the room before you arrived and it was spotless, so your"
    " account of the room simply doesn't match what the team saw.",
    "Your concern has been noted and forwarded to the relevant department.",
    "The miscalculation came from our outsourced claims processor, not our own team.",
    "If you'd checked the schedule we post online every Monday, you'd have seen the change.",
]

REPLIES = [
    "Sam, I'm sorry breakfast ran out. " + RISKY[0] + " Dana, Guest Relations",
    "Sam, thank you for your review. " + RISKY[1] + " Please DM us. Dana",
    "Hi Jo, " + RISKY[2] + " " + HARMLESS[1] + " Regards, Customer Services",
    "Hi Sam, I'm so sorry breakfast ran out on Sunday. We ordered too little for a full"
    " house, which is our mistake. " + HARMLESS[3] + " " + HARMLESS[2],
]


class CountingSession:
    """Wraps an inference session and counts its runs (what the gate saves)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.runs = inner, 0

    def run(self, *args: Any, **kwargs: Any) -> Any:
        self.runs += 1
        return self.inner.run(*args, **kwargs)


def _model(gate: bool) -> tuple[StanceModel, CountingSession]:
    model = StanceModel(process=False, gate_path=GATE_PATH if gate else None)
    model._load()
    counting = CountingSession(model._session)
    model._session = counting
    return model, counting


@pytest.mark.parametrize("sentence", HARMLESS)
def test_harmless_sentences_skip_the_model(sentence: str) -> None:
    model, session = _model(gate=True)
    model._run(sentence)
    assert session.runs == 0


@pytest.mark.parametrize("sentence", RISKY)
def test_sentences_the_model_flags_are_always_read(sentence: str) -> None:
    model, session = _model(gate=True)
    logits = model._run(sentence)
    assert session.runs == 1
    assert float(logits.max()) > 0  # and the model does flag them


@pytest.mark.parametrize("reply", REPLIES)
def test_the_gate_leaves_every_verdict_as_the_model_gives_it(reply: str) -> None:
    gated, gated_session = _model(gate=True)
    full, full_session = _model(gate=False)
    with_gate, without = gated.score(reply), full.score(reply)
    assert gated_session.runs < full_session.runs  # it saved work on every reply here
    for label, score in without.items():
        assert with_gate[label].flagged == score.flagged, label
        assert with_gate[label].clears == score.clears, label
        assert with_gate[label].probability == pytest.approx(score.probability, abs=0.02)


def test_a_gate_fitted_to_another_model_is_refused() -> None:
    with pytest.raises(CheckModelError, match="fit_stance_gate.py.*CALMREPLY_STANCE_GATE=false"):
        load_gate(GATE_PATH, "0" * 64)


@pytest.mark.parametrize("content", ["", "{}", '{"weights": [], "stance_sha256": "x"}', "not json"])
def test_a_broken_gate_file_names_the_fix(tmp_path: Path, content: str) -> None:
    path = tmp_path / "stance_gate.json"
    path.write_text(content)
    with pytest.raises(CheckModelError, match="restore it from git"):
        load_gate(path, SHA)


def test_a_missing_gate_file_stops_the_model_with_the_fix(tmp_path: Path) -> None:
    model = StanceModel(process=False, gate_path=tmp_path / "absent.json")
    with pytest.raises(CheckModelError, match="CALMREPLY_STANCE_GATE=false"):
        model.score("We're sorry.")


@pytest.mark.parametrize(("value", "gated"), [("false", False), ("true", True)])
def test_the_setting_turns_the_gate_off(
    monkeypatch: pytest.MonkeyPatch, value: str, gated: bool
) -> None:
    import assistant.checks.stance as stance

    monkeypatch.setenv("CALMREPLY_STANCE_GATE", value)
    monkeypatch.setattr(stance, "_SHARED", None)
    get_settings.cache_clear()
    try:
        model = shared_stance()
        assert model is not None
        assert (model.gate_path is not None) is gated
    finally:
        get_settings.cache_clear()
