"""Evidence highlighting: marks the right words, escapes everything else, handles overlap."""

from __future__ import annotations

from assistant.schemas import CheckResult, Span
from assistant.ui.highlight import highlight_html


def check(name: str, passed: bool, *spans: tuple[int, int, str]) -> CheckResult:
    return CheckResult(
        name=name,
        passed=passed,
        score=0.0 if not passed else 1.0,
        reason=f"{name} reason",
        evidence=[Span(start=s, end=e, text=t) for s, e, t in spans],
    )


def test_failed_span_is_marked_with_title() -> None:
    text = "Actually you are wrong."
    out = highlight_html(text, [check("argumentative", False, (0, 12, "Actually you"))])
    assert out == (
        '<div class="calmreply-reply"><mark title="argumentative: argumentative '
        'reason">Actually you</mark> are wrong.</div>'
    )


def test_passed_checks_are_not_marked() -> None:
    out = highlight_html("DM us", [check("contact", True, (0, 5, "DM us"))])
    assert "<mark" not in out and "DM us" in out


def test_everything_is_escaped() -> None:
    text = '<script>alert("x")</script> & $5 off\nbye'
    out = highlight_html(text, [check("tone", False, (0, 8, "<script>"))])
    assert "<script>" not in out
    assert '<mark title="tone: tone reason">&lt;script&gt;</mark>' in out
    assert "&amp;" in out and "&#36;5" in out and "<br>bye" in out
    assert "&quot;x&quot;" in out


def test_reason_in_title_is_escaped() -> None:
    c = CheckResult(
        name="x",
        passed=False,
        score=0,
        reason='says "hi" <b>',
        evidence=[Span(start=0, end=2, text="hi")],
    )
    assert 'title="x: says &quot;hi&quot; &lt;b&gt;"' in highlight_html("hi there", [c])


def test_overlapping_spans_are_split_not_nested() -> None:
    text = "the courier was late"
    out = highlight_html(
        text,
        [
            check("excuses", False, (0, 11, "the courier")),
            check("tone", False, (4, 15, "courier was")),
        ],
    )
    assert out.count("<mark") == 3
    assert '<mark title="excuses: excuses reason">the </mark>' in out
    assert '<mark title="excuses: excuses reason | tone: tone reason">courier</mark>' in out
    assert '<mark title="tone: tone reason"> was</mark> late' in out


def test_stale_offsets_are_refound_or_skipped() -> None:
    text = "Hello, the courier lost it"
    out = highlight_html(
        text, [check("excuses", False, (0, 11, "the courier"), (90, 99, "missing"))]
    )
    assert '<mark title="excuses: excuses reason">the courier</mark>' in out
    assert out.count("<mark") == 1
