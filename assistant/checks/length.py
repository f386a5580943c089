"""`length`: the reply fits the channel, so it can be posted without being cut."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.base import CheckContext, result
from assistant.schemas import Channel, CheckResult, Span

_URL = re.compile(r"https?://\S+")
#: Twitter/X counts every link as 23 characters, however long it is (t.co wrapping).
TWITTER_LINK = 23


def posted_length(text: str, channel: Channel) -> int:
    """Characters the platform counts: on Twitter/X a link counts as 23."""
    if channel is not Channel.TWITTER:
        return len(text)
    return len(_URL.sub("x" * TWITTER_LINK, text))


def _overflow_start(text: str, channel: Channel, limit: int) -> int:
    """Where the text stops fitting, as an index into the text itself."""
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits
        mid = (lo + hi + 1) // 2
        if posted_length(text[:mid], channel) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass(frozen=True)
class LengthCheck:
    """Fails when the reply is longer than the channel's limit; evidence is the overflow."""

    name: str = "length"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        channel = ctx.channel.value
        limit = ctx.length_limits.get(channel, ctx.length_limits.get("other", 1500))
        size = posted_length(ctx.reply, ctx.channel)
        if size <= limit:
            return result(
                self.name, True, f"{size} of {limit} characters allowed on {channel}.", score=1.0
            )
        cut = _overflow_start(ctx.reply, ctx.channel, limit)
        over = Span(start=cut, end=len(ctx.reply), text=ctx.reply[cut:])
        return result(
            self.name,
            False,
            f"{size} characters: {size - limit} over the {limit} allowed on {channel}.",
            [over],
            score=max(0.0, 1.0 - (size - limit) / limit),
            suggestion="Cut to the acknowledgement, the fix and the contact line.",
        )
