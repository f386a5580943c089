"""The stance model behind excuses and argumentative: what it adds, and how it fails safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_asserts import tampered_copy

from assistant.checks import CHECK_NAMES, run_checks
from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.patterns import sentences
from assistant.checks.stance import (
    META_PATH,
    MODEL_PATH,
    StanceModel,
    StanceModelError,
    shared_stance,
)
from assistant.config import get_settings

EXCUSES, ARGUING = ExcusesCheck(), ArgumentativeCheck()
PHRASE_EXCUSES, PHRASE_ARGUING = (
    ExcusesCheck(use_stance=False),
    ArgumentativeCheck(use_stance=False),
)

SIGN = "\n\nPlease e-mail care@harbourhotel.example. Dana, Guest Relations, Harbour Hotel"

#: Replies whose wording no phrase list names; the model must catch them, and the phrase
#: checks alone must not (so these rows show what the model adds).
MODEL_CATCHES = [
    (
        EXCUSES,
        PHRASE_EXCUSES,
        "Sam, I'm sorry breakfast ran out. The tour group that arrived unannounced ate far"
        " more than any kitchen could plan for, so the shortfall really came down to them." + SIGN,
    ),
    (
        ARGUING,
        PHRASE_ARGUING,
        "Sam, our night manager checked the room before you arrived and it was spotless, so"
        " your account of the room simply doesn't match what the team saw." + SIGN,
    ),
    (
        ARGUING,
        PHRASE_ARGUING,
        "Sam, thank you for your review. Plenty of guests stayed in that room the same month"
        " and loved it, so the noise you describe is a little hard to square with their"
        " feedback." + SIGN,
    ),
]

#: Good replies that mention a cause or a limit but own the problem: nothing to flag.
GOOD = [
    "Sam, I'm so sorry breakfast ran out on Sunday. We ordered too little for a full house,"
    " which is our mistake. I've refunded both breakfasts and we now order for every booked"
    " room." + SIGN,
    "Sam, thank you for telling us, and I'm sorry the pool was closed without warning. You"
    " should have heard about it before you arrived; I've added a notice to every booking"
    " confirmation so nobody else is caught out." + SIGN,
]


@pytest.mark.parametrize(("check", "phrases_only", "reply"), MODEL_CATCHES)
def test_model_catches_wording_the_phrases_miss(
    check: ExcusesCheck | ArgumentativeCheck,
    phrases_only: ExcusesCheck | ArgumentativeCheck,
    reply: str,
) -> None:
    ctx = CheckContext(reply=reply, business_at_fault=True)
    assert phrases_only(ctx).passed, "the phrases already catch this; pick unseen wording"
    res = check(ctx)
    assert not res.passed, res.reason
    assert "stance model" in res.reason
    # The evidence is the sentence that drove the score, quoted exactly from the reply.
    (span,) = res.evidence
    assert reply[span.start : span.end] == span.text
    assert span.text in [s.text for s in sentences(reply)]


@pytest.mark.parametrize("reply", GOOD)
def test_owned_explanations_pass_both_checks(reply: str) -> None:
    ctx = CheckContext(reply=reply, business_at_fault=True)
    for check in (EXCUSES, ARGUING):
        res = check(ctx)
        assert res.passed, f"{check.name}: {res.reason}"


def test_both_checks_share_one_model_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    model = shared_stance()
    assert model is not None
    reply = GOOD[1]
    model.clear_cache()
    runs: list[str] = []
    real = model._run
    monkeypatch.setattr(model, "_run", lambda s: runs.append(s) or real(s))
    ctx = CheckContext(reply=reply, business_at_fault=True)
    assert EXCUSES(ctx).passed and ARGUING(ctx).passed
    # Each sentence went through the model once, for both checks together.
    assert runs == [s.text for s in sentences(reply)]
    # A new reply that repeats a sentence (a sign-off, a stock line) runs only what is new.
    runs.clear()
    model.score("Thanks for bearing with us.\n" + reply)
    assert runs == ["Thanks for bearing with us."]
    scores = model.score(reply)
    assert set(scores) == {"excuses", "argumentative", "tone"}
    assert all(0.0 <= s.probability < s.threshold for s in scores.values())


def test_setting_it_off_runs_the_phrases_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALMREPLY_STANCE_MODEL", "false")
    get_settings.cache_clear()
    try:
        assert shared_stance() is None
        ctx = CheckContext(reply=MODEL_CATCHES[0][2], business_at_fault=True)
        assert EXCUSES(ctx).passed
    finally:
        monkeypatch.delenv("CALMREPLY_STANCE_MODEL")
        get_settings.cache_clear()


def test_a_missing_model_names_the_fix(tmp_path: Path) -> None:
    model = StanceModel(model_path=tmp_path / "stance.onnx", meta_path=META_PATH)
    with pytest.raises(StanceModelError, match="CALMREPLY_STANCE_MODEL=false"):
        model.score("We're sorry.")


def test_an_altered_model_is_refused(tmp_path: Path) -> None:
    blob, meta = tampered_copy(MODEL_PATH, META_PATH, tmp_path)
    with pytest.raises(StanceModelError, match="sha256"):
        StanceModel(model_path=blob, meta_path=meta).score("We're sorry.")


def test_run_checks_reads_the_reply_once_in_the_worker_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = shared_stance()
    assert model is not None
    reply = MODEL_CATCHES[0][2]
    expected = model.score(reply)  # read in this process
    model.clear_cache()
    worker = model._start_worker()
    assert worker is not None
    sent: list[str] = []
    real_send = worker.send
    monkeypatch.setattr(worker, "send", lambda batch: sent.extend(batch) or real_send(batch))
    runs: list[str] = []
    real = model._run
    monkeypatch.setattr(model, "_run", lambda s: runs.append(s) or real(s))
    results = {r.name: r for r in run_checks(CheckContext(reply=reply, business_at_fault=True))}
    assert set(results) == set(CHECK_NAMES)
    assert sorted(sent) == sorted(s.text for s in sentences(reply))  # once, in the worker
    assert runs == []  # and never again here
    got = model.score(reply)
    for label, score in expected.items():
        assert got[label].probability == pytest.approx(score.probability, abs=1e-4)
        assert (got[label].start, got[label].end) == (score.start, score.end)
    assert not results[MODEL_CATCHES[0][0].name].passed  # the model's catch still fails


def test_without_a_worker_process_a_thread_reads_the_reply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = shared_stance()
    assert model is not None
    reply = MODEL_CATCHES[0][2]
    expected = model.score(reply)
    model.clear_cache()
    monkeypatch.setattr(model, "process", False)
    monkeypatch.setattr(model, "_worker", None)
    runs: list[str] = []
    real = model._run
    monkeypatch.setattr(model, "_run", lambda s: runs.append(s) or real(s))
    results = {r.name: r for r in run_checks(CheckContext(reply=reply, business_at_fault=True))}
    assert sorted(runs) == sorted(s.text for s in sentences(reply))  # once, on the thread
    assert model.score(reply) == expected
    assert not results[MODEL_CATCHES[0][0].name].passed


def test_forget_replies_drops_reply_caches_and_keeps_policy_ones() -> None:
    from assistant.checks import commitments, forget_replies, policy_reading

    ctx = CheckContext(
        reply="Sorry. We'll refund you within 5 working days. – Maya, Oakhaven",
        policy_context=("Refunds are made within 5 working days.",),
    )
    run_checks(ctx)
    model = shared_stance()
    assert model is not None and model._cache
    assert commitments.terms.cache_info().currsize > 0
    forget_replies()
    assert not model._cache
    assert commitments.terms.cache_info().currsize == 0
    assert policy_reading.allowed_terms.cache_info().currsize > 0  # policies stay parsed


def test_model_reads_a_form_letter_the_tone_phrases_miss() -> None:
    """The model's "tone" label reads a cold, robotic form letter no phrase names; the
    evidence is the sentence that drove it, and the phrases alone let it through."""
    from assistant.checks.tone import ToneCheck

    reply = (
        "Mr Hale,\n\nYour concern has been noted and passed to the branch for review. Should"
        " you wish to discuss this further, please call 0345 555 0164.\n\nRegards,\nAccounts Team"
    )
    ctx = CheckContext(reply=reply)
    assert ToneCheck(use_stance=False)(ctx).passed
    res = ToneCheck()(ctx)
    assert not res.passed and "stance model" in res.reason
    assert [s.text for s in res.evidence] == [
        "Your concern has been noted and passed to the branch for review."
    ]
    warm = "Hi Tom, thanks for telling us, and I'm sorry. I've passed this to the branch. ^Ana"
    assert ToneCheck()(CheckContext(reply=warm)).passed


def test_a_worker_that_dies_is_replaced_by_reading_here() -> None:
    model = StanceModel()
    reply = MODEL_CATCHES[0][2]
    expected = shared_stance().score(reply)  # type: ignore[union-attr]
    model.prefetch(reply)
    model.score(reply)
    worker = model._worker
    assert worker is not None
    assert model._session is None  # the worker read it; the weights never loaded here
    worker._process.kill()
    worker._process.join(timeout=5)
    model.clear_cache()
    for _ in range(2):  # the first prefetch after the death may still be answered or fail
        model.prefetch(reply)
        got = model.score(reply)
        model.clear_cache()
    assert model.process is False and model._worker is None
    for label, score in expected.items():
        assert got[label].probability == pytest.approx(score.probability, abs=1e-4)


def test_the_worker_does_not_run_the_callers_script_again(tmp_path: Path) -> None:
    # Under Streamlit the main module is the app page, with no `if __name__` guard; the
    # worker process must not run it a second time.
    import subprocess
    import sys

    from assistant.config import PROJECT_ROOT

    marks = tmp_path / "runs.txt"
    script = tmp_path / "page.py"
    script.write_text(
        f"import sys; sys.path.insert(0, {str(PROJECT_ROOT)!r})\n"
        f"open({str(marks)!r}, 'a').write('ran\\n')\n"
        "from assistant.checks import run_checks\n"
        "from assistant.checks.base import CheckContext\n"
        "from assistant.checks.stance import shared_stance\n"
        "run_checks(CheckContext(reply='Sorry, the courier lost it. DM us. - Jo'))\n"
        "assert shared_stance()._worker is not None\n"
    )
    subprocess.run([sys.executable, str(script)], check=True, timeout=120)
    assert marks.read_text() == "ran\n"


@pytest.mark.parametrize("probability", [0.5, 0.973, 0.98, 1.0])
def test_the_model_note_reads_back(probability: float) -> None:
    """sweep_stance.py reads the score back from a reason to filter thresholds."""
    from assistant.checks.stance_checks import MODEL_NOTE, MODEL_NOTE_RE

    found = MODEL_NOTE_RE.search(f"The reply makes excuses: “x”{MODEL_NOTE.format(probability)}.")
    assert found is not None and float(found.group(1)) == round(probability, 2)


def test_a_batch_reads_ahead_and_judges_as_one_reply_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`check_rows` lets the model read the next replies while it checks one; the verdicts
    are the ones each reply gets checked alone, and the later replies are already asked
    for when the first is checked."""
    from assistant.checks import forget_replies, read_ahead
    from assistant.evals import checking

    replies = [case[2] for case in MODEL_CATCHES[:3]] + [
        "Hi Sam, thanks for telling us, and I'm so sorry. DM us and I'll look into it. Ana, Support"
    ]
    rows = [
        {"id": i, "complaint": "", "reply": r, "policy_context": []} for i, r in enumerate(replies)
    ]
    forget_replies()
    monkeypatch.setattr(checking, "READ_AHEAD", 0)
    alone = checking.check_rows(rows)
    forget_replies()
    monkeypatch.setattr(checking, "READ_AHEAD", 4)
    batch = checking.check_rows(rows)
    assert batch == alone
    assert [r["passed"] for r in batch] == [False, False, False, True]

    model = shared_stance()
    assert model is not None
    forget_replies()
    read_ahead(replies)
    assert list(model._pending) == replies  # asked for, in the order they will be checked
    forget_replies()
