"""The cause connectives of the `excuses` check: words that pin a failure on a culprit.

A culprit alone is a mention ("our courier will call you"); with one of these in the same
sentence ("delayed because of our courier") it is blame. Kept apart from the culprit and
idiom families in `excuses_phrases`, which name who is blamed rather than how.
"""

from __future__ import annotations

from assistant.checks.patterns import phrases

#: Words that make a sentence attribute the cause to the culprit.
CAUSE = phrases(
    [
        r"because(?: of)?",
        r"due to",
        r"owing to",
        r"caused by",
        r"(?:was|were|is|are|has been|have been) (?:delayed|held up|let down|affected) by",
        r"(?:their|its|his|her) fault",
        r"fault of",
        r"(?:down|due|thanks) to",
        r"on (?:their|the \w+'s) (?:end|side)",
        r"(?:blame|blamed|blaming)",
        r"responsible for",
        r"(?:the|an?) (?:issue|problem|error|mistake|mix-up|delay|failure) (?:with|at|from|on"
        r" the part of)",
        r"(?:lost|failed|forgot|missed|mislaid|delayed|damaged|messed up|dropped the ball"
        r"|didn't|did not|couldn't|could not|wasn't able|were unable|was unable)",
        r"(?:'s|s') (?:error|mistake|delay|fault)",
        r"as a result of",
        r"(?:was|were|is|are|has been|have been|got|had been) (?:badly |severely |heavily"
        r" |seriously )?(?:hit|impacted|disrupted|slowed(?: down)?|affected|delayed|held up"
        r"|hampered|stretched) (?:by|because|due)",
        r"(?:which|this|that) (?:meant|caused|led to|resulted in|is what caused|is why)",
        r"(?:was|were|went|has been|have been|is|are) (?:late|slow|down|offline|behind"
        r"|overwhelmed|overloaded|unavailable)",
        r"(?:crashed|broke down|went offline|stopped working|failed)",
        r"result(?:ed)? (?:of|from|in)",
        r"let (?:us|you|them) down",
        r"(?:held|hold|holding) (?:us |things |it )?up",
        r"(?:shipped|sent|arrived|delivered|ran|running|came) (?:\w+ )?(?:late|behind)",
        r"(?:had|has had|have had|having|experienced|experiencing|hit|ran into|suffered)"
        r" (?:[\w-]+ ){0,2}?(?:outages?|problems?|issues?|delays?|difficulties|trouble|glitch"
        r"|glitches|faults?)",
        r"(?:checked (?:in|out)|left|turned up|showed up|arrived|ran|finished|started|departed"
        r"|landed) (?:\w+ )?(?:late|early|behind)|overran|over-ran",
        r"(?:switched|changed|moved) (?:to|their|its|the)",
        r"(?:is|are|was|were|has been|have been) (?:holding|withholding|blocking|stuck)",
        r"which is what (?:\w+ )?(?:broke|caused|delayed|stopped)",
        r"(?:so|and) we(?:'ve| have)? (?:been|were|are) (?:stuck|unable|waiting|left|powerless)",
        r"(?:has|have|had) (?:gone up|risen|soared|doubled|increased)",
        r"(?:assured|told|promised|informed) us",
        r"(?:didn't|did not|doesn't|does not|haven't|have not|hasn't|has not) (?:flag|work"
        r"|perform|trigger|show|save|send|update|sync)",
        r"(?:meant|means) (?:that )?(?:some|your|the|we|it)",
        r"which is why",
        r"(?:knocked|threw|pushed) (?:\w+ ){0,3}(?:out|off|back)",
        r"(?:is|are) (?:done|handled|packed|made|managed|run) (?:at|by)",
        r"(?:went|goes|go) (?:down|wrong)",
        r"(?:so|and) (?:we|our \w+) (?:never|can't|cannot|couldn't)",
        r"oversold|overbooked|slow(?:ed|s|ing)(?: \w+){0,2} down|slowed|caused|faulty|defective",
        r"(?:dropping|dropped|drops|pulled|pulling) out|keeps? (?:\w+ing)",
        r"which (?:is how|is why|is what|leaves us|left us|meant)",
        r"(?:can|could) only|(?:won't|will not|refuse to|refused to) (?:sell|supply|send|let"
        r"|allow)",
        r"must have (?:left|set|made|forgotten|missed|misread|mixed|damaged|broken|dropped"
        r"|lost|got|been)",
    ]
)
