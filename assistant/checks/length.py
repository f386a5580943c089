"""`length`: the reply fits the channel, so it can be posted without being cut."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.checks.base import CheckContext, result
from assistant.schemas import CheckResult, Span


@dataclass(frozen=True)
class LengthCheck:
    """Fails when the reply is longer than the channel's limit; evidence is the overflow."""

    name: str = "length"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        channel = ctx.channel.value
        limit = ctx.length_limits.get(channel, ctx.length_limits.get("other", 1500))
        size = len(ctx.reply)
        if size <= limit:
            return result(
                self.name, True, f"{size} of {limit} characters allowed on {channel}.", score=1.0
            )
        over = Span(start=limit, end=size, text=ctx.reply[limit:])
        return result(
            self.name,
            False,
            f"{size} characters: {size - limit} over the {limit} allowed on {channel}.",
            [over],
            score=max(0.0, 1.0 - (size - limit) / limit),
            suggestion="Cut to the acknowledgement, the fix and the contact line.",
        )
