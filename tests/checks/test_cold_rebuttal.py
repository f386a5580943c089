"""Tone's second look: a rebuttal with no warmth in it fails tone, the same facts said
warmly pass, help-desk directions that argue with nobody pass, and a fitted file that is
broken or belongs to another stance model is refused with the fix named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.cold_rebuttal import (
    COLD_PATH,
    FEATURES,
    ColdRebuttal,
    features,
    load_cold_rebuttal,
    read_cold,
)
from assistant.checks.onnx_models import CheckModelError
from assistant.checks.stance import META_PATH
from assistant.checks.tone import ToneCheck
from assistant.config import get_settings

SHA = json.loads(META_PATH.read_text())["sha256"]

#: Polite on the surface, no phrase list names them, and every one argues without a word
#: of thanks, apology or sympathy: (reply, the words the evidence must point at).
COLD = [
    (
        "Hi Leon, the car park signs show the 2-hour limit at every entrance. You could have"
        " extended your stay in the app. Appeals go through parkwise.co.uk/appeals. Sam,"
        " ParkWise",
        "the car park signs show the 2-hour limit",
    ),
    (
        "Your parcel was left in the safe place you chose at checkout, and the courier's"
        " photo shows it there. We are not responsible for items once delivered. Email"
        " help@boxly.co.uk for a copy of the photo. Boxly Support Team",
        "the safe place you chose at checkout",
    ),
    (
        "Hi Tom, the instructor's notes show you arrived 15 minutes late, so the lesson was"
        " shortened accordingly. Lesson times are fixed. Email bookings@roadready.co.uk with"
        " any questions. Karen, Office",
        "you arrived 15 minutes late",
    ),
]

#: The same facts with thanks, an apology and feeling, and curt directions that argue with
#: nobody (the real agent replies of the IBM corpus are full of them): all pass.
WARM = [
    "Hi Leon, thanks for getting in touch, and I'm sorry the fine came as such a shock. The"
    " car park signs show the 2-hour limit at every entrance, and I know they're easy to miss"
    " when you're rushing. Appeals go through parkwise.co.uk/appeals, and I'm happy to help"
    " with yours. Sam, ParkWise",
    "I'm sorry your parcel went missing, that's really frustrating. It was left in the safe"
    " place chosen at checkout, and I'd like to help track it down. Email help@boxly.co.uk"
    " and I'll send you the courier's photo straight away. Boxly Support Team",
    "Hi Tom, thanks for your message, and I'm sorry the lesson felt short. The instructor's"
    " notes show a late start, so the lesson was shortened to keep the next pupil on time. I"
    " understand that's disappointing. Email bookings@roadready.co.uk and I'll see what I can"
    " do. Karen, Office",
    "@jo_b Hi Jo. This guide may help you reset your password: https://help.example.com/reset"
    " Hope this helps! ^KT",
    "To report that type of activity to the right team, please review"
    " https://help.example.com/abuse ^CG",
]


@pytest.mark.parametrize(("reply", "words"), COLD)
def test_a_rebuttal_with_no_warmth_fails_tone_at_the_arguing_sentence(
    reply: str, words: str
) -> None:
    assert ToneCheck(second_look=False)(CheckContext(reply=reply)).passed  # phrases miss it
    res = ToneCheck()(CheckContext(reply=reply))
    assert not res.passed
    assert "reads as cold" in res.reason and "with no thanks, apology or sympathy" in res.reason
    (span,) = res.evidence
    assert words in span.text and reply[span.start : span.end] == span.text
    assert res.score < 0.5


@pytest.mark.parametrize("reply", WARM)
def test_warm_replies_and_plain_directions_pass(reply: str) -> None:
    assert read_cold(reply) is None
    assert ToneCheck()(CheckContext(reply=reply)).passed


def test_the_stance_model_off_turns_the_second_look_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALMREPLY_STANCE_MODEL", "false")
    get_settings.cache_clear()
    try:
        assert read_cold(COLD[0][0]) is None
    finally:
        get_settings.cache_clear()


def _fitted() -> dict:
    return json.loads(COLD_PATH.read_text())


def test_it_reads_only_replies_the_model_reads_as_arguing() -> None:
    cold = ColdRebuttal.from_dict(_fitted())
    reply = COLD[0][0]
    assert cold.probability(reply, tone=0.99, argumentative=0.2) is None
    sure = cold.probability(reply, tone=0.99, argumentative=0.99)
    unsure = cold.probability(reply, tone=0.01, argumentative=0.99)
    assert sure is not None and unsure is not None and sure > cold.threshold > unsure


def test_warm_signs_lower_the_probability() -> None:
    cold = ColdRebuttal.from_dict(_fitted())
    plain = "The signs show the limit. Appeals go online."
    warm = "Thanks, and I'm sorry. I understand. The signs show the limit. Appeals go online!"
    p_plain = cold.probability(plain, tone=0.5, argumentative=0.99)
    p_warm = cold.probability(warm, tone=0.5, argumentative=0.99)
    assert p_plain is not None and p_warm is not None and p_warm < p_plain
    assert features(warm, 0.0).shape == (len(FEATURES),)
    shouted = cold.probability("No! " * 2000, tone=0.5, argumentative=0.99)
    assert shouted is not None and 0.0 <= shouted < cold.threshold


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "re-run evals/fit_cold_rebuttal.py"),
        (json.dumps({**json.loads(COLD_PATH.read_text()), "weights": [1.0]}), "6 values"),
        (json.dumps({**json.loads(COLD_PATH.read_text()), "features": ["tone"]}), "features"),
        (json.dumps({**json.loads(COLD_PATH.read_text()), "stance_sha256": "0" * 64}), "another"),
    ],
)
def test_a_broken_or_foreign_file_is_refused_naming_the_fix(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "cold_rebuttal.json"
    path.write_text(content)
    with pytest.raises(CheckModelError, match=message) as err:
        load_cold_rebuttal(path, SHA)
    assert "evals/fit_cold_rebuttal.py" in str(err.value)


def test_the_shipped_file_belongs_to_the_shipped_model() -> None:
    cold = load_cold_rebuttal(COLD_PATH, SHA)
    assert 0.0 < cold.threshold < 1.0
