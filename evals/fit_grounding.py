"""Fine-tune the grounding reader: a 3-layer MiniLM cross-encoder over (sentence, policy).

The grounding rules flag sentences; the reader clears those it reads as backed or as no
promise at all (`assistant/checks/grounding_model.py`). It learns from the rules' own
output on the labelled tune replies, so it sees exactly what it will be asked about:

- each tune row the rules flag is one bag of its flagged sentences, each paired with the
  policy lines nearest it (`policy_excerpt`), labelled with the row's `grounding` label; a
  bag's logit is the log-sum-exp of its sentences' (one unsupported sentence is enough);
- each sentence of a row labelled as passing `grounding` that holds a promise the rules
  found backed is a bag of one, labelled 0, so the reader also learns what backing looks
  like; with `--contrast` the same sentence against another row's policy is a bag labelled
  1, so it must read the policy, not only how a promise looks (without these pairs the
  reader cleared "dinner for two on us" against "a dessert or a drink").

Dev rows are never trained on: they choose the threshold. After training the script prints,
for all dev rows and for the round-9 dev rows, F1, false alarms and misses of the rules alone
and of the check with the reader at each of `THRESHOLDS`, scored exactly as `grounding`
uses the reader. Holdout rows are never read.

    /tmp/trainenv/bin/python evals/fit_grounding.py --contrast       # ~9 min on 2 cores
    /tmp/trainenv/bin/python evals/fit_grounding.py --set-threshold 0.25

It writes `assistant/checks/data/grounding.{onnx,json}` (int8, 17 MB) and the dev scores to
`reports/grounding_dev_scores.json`. The training venv is fit_stance.py's. The shipped
reader: `--contrast` with the labelled pairs, 4 epochs, threshold 0.25.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evals"))

from fit_stance import export, load, prf  # noqa: E402
from training import build, device, model_dir, reply_logits, run_epochs  # noqa: E402

from assistant.checks.grounding import GroundingCheck, promises  # noqa: E402
from assistant.checks.grounding_model import policy_excerpt  # noqa: E402
from assistant.checks.patterns import Sentence, sentences  # noqa: E402
from assistant.evals.datasets import read_jsonl  # noqa: E402

MAX_TOKENS = 128
LAYERS = 3
TARGET = ROOT / "assistant" / "checks" / "data" / "grounding.onnx"
RULES = GroundingCheck(use_model=False)
#: How many times each of the rules' false alarms is repeated in training.
FALSE_ALARM_WEIGHT = 3
#: Id prefix of the newest dev rows (round 10), first scored after round 9's changes.
FRESH_DEV = "R10"
PAIRS = "evals/data/grounding_pairs*.jsonl"

Pair = tuple[str, str]


def flagged(row: dict[str, Any]) -> list[Sentence]:
    """The sentences of the reply that hold a span the rules flag."""
    from score_checks import context

    res = RULES(context(row))
    if res.passed:
        return []
    return [
        s for s in sentences(row["reply"]) if any(s.start <= e.start < s.end for e in res.evidence)
    ]


def bags(
    rows: list[dict[str, Any]], backed: bool, contrast: bool = False, seed: int = 0
) -> list[tuple[list[Pair], float]]:
    """Training bags: each flagged row's flagged sentences (a false alarm repeated
    `FALSE_ALARM_WEIGHT` times), and (with `backed`) each backed promise sentence of a row
    that passes grounding, alone; with `contrast`, each of those also paired with another
    row's policy, as an unbacked promise."""
    out: list[tuple[list[Pair], float]] = []
    rng = random.Random(seed)
    for row in rows:
        policy = row.get("policy_context") or []
        if not policy:
            continue
        truth = float("grounding" in row["expected_fail"])
        hit = flagged(row)
        if hit:
            bag = [(s.text, policy_excerpt(s.text, policy)) for s in hit]
            # The rules' false alarms are what the reader is for, and the rarest bags.
            out += [(bag, truth)] * (1 if truth else FALSE_ALARM_WEIGHT)
        if backed and not truth:
            spots = {i.start for i in promises(row["reply"])}
            for s in sentences(row["reply"]):
                if s not in hit and any(s.start <= p < s.end for p in spots):
                    out.append(([(s.text, policy_excerpt(s.text, policy))], 0.0))
                    if contrast:
                        # The same promise against another business's policy is unbacked:
                        # the reader must read the policy, not how a promise looks.
                        other = rng.choice(rows).get("policy_context") or policy
                        if other != policy:
                            out.append(([(s.text, policy_excerpt(s.text, other))], 1.0))
    return out


def labelled_pairs(pattern: str) -> list[tuple[list[Pair], float]]:
    """Bags of one from human-labelled (policy, sentence) pairs
    (`evals/data/grounding_pairs*.jsonl`): a reply sentence, the policy lines its writer
    was given, and whether the sentence commits to something that policy does not support.

    Most are what the rules misread: a narrated figure ("a five-hour round trip"), a product
    fact ("dry-aged 28 days"), a backed remedy in the reply's own words, or an over-promise
    close to the policy. They teach the reader from many more authors than the tune rows.
    """
    paths = sorted(ROOT.glob(pattern)) if pattern else []
    return [
        ([(r["sentence"], policy_excerpt(r["sentence"], r["policy"]))], float(r["unsupported"]))
        for p in paths
        for r in read_jsonl(p)
    ]


def encode(tok: Any, pairs: list[Pair]) -> tuple[Any, Any]:
    b = tok(
        [p[0] for p in pairs],
        [p[1] for p in pairs],
        truncation=True,
        max_length=MAX_TOKENS,
        padding=True,
        return_tensors="pt",
    )
    return b["input_ids"], b["attention_mask"]


def train(
    data: list[tuple[list[Pair], float]], epochs: int, layers: int = LAYERS, seed: int = 0
) -> tuple[Any, Any]:
    import torch
    from transformers import AutoTokenizer

    torch.manual_seed(seed)
    tok = AutoTokenizer.from_pretrained(model_dir())
    model = build(layers=layers, labels=("unsupported",))
    # Every pair of a batch runs together in chunks of similar length (`reply_logits`).
    enc = []
    for pairs, y in data:
        ids = tok(
            [a for a, _ in pairs], [b for _, b in pairs], truncation=True, max_length=MAX_TOKENS
        )["input_ids"]
        enc.append((ids, torch.tensor([y])))
    pos = sum(y for _, y in data) / len(data)
    loss_fn = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor([min(4.0, (1 - pos) / pos)]).to(device())
    )

    def batch_loss(batch: list[Any]) -> Any:
        truth = torch.cat([y for _, y in batch]).to(device())
        return loss_fn(reply_logits(model, batch)[:, 0], truth)

    run_epochs(model, enc, epochs, 16, 8e-5, batch_loss, seed)
    return tok, model


class TorchReader:
    """The model being trained, read the way the checks read the shipped one."""

    def __init__(self, tok: Any, model: Any, threshold: float = 0.5) -> None:
        self.tok, self.model, self.threshold = tok, model, threshold
        self.cache: dict[Pair, float] = {}

    def probability(self, sentence: str, policies: Any) -> float:
        import torch

        pair = (sentence, policy_excerpt(sentence, policies))
        if pair not in self.cache:
            with torch.no_grad():
                ids, mask = encode(self.tok, [pair])
                logit = self.model(ids.to(device()), mask.to(device()))[0, 0]
            self.cache[pair] = float(torch.sigmoid(logit))
        return self.cache[pair]


THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def dev_scores(tok: Any, model: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per dev row: its label, whether the rules alone flag it, and whether `grounding` with
    the reader flags it at each of `THRESHOLDS` (exactly as the check uses the reader)."""
    from score_checks import context

    reader = TorchReader(tok, model)
    out = []
    for row in rows:
        ctx = context(row)
        scored = {"id": row["id"], "truth": "grounding" in row["expected_fail"]}
        scored["rules"] = not RULES(ctx).passed
        for th in THRESHOLDS:
            reader.threshold = th
            scored[str(th)] = not GroundingCheck(reader=reader)(ctx).passed
        out.append(scored)
    return out


def report(scores: list[dict[str, Any]], title: str = "dev") -> None:
    truth = [s["truth"] for s in scores]
    print(f"{title}: {len(scores)} rows, {sum(truth)} fail grounding")
    for key in ("rules", *map(str, THRESHOLDS)):
        pred = [s[key] for s in scores]
        fa = sum(p and not t for p, t in zip(pred, truth, strict=True))
        miss = sum(t and not p for p, t in zip(pred, truth, strict=True))
        p, r, f = prf(truth, pred)
        label = "rules alone" if key == "rules" else f">= {float(key):.2f}"
        print(f"  {label:>11}: P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}  false alarms {fa}, misses {miss}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=TARGET)
    ap.add_argument("--layers", type=int, default=LAYERS)
    ap.add_argument(
        "--contrast", action="store_true", help="add backed promises against other policies"
    )
    ap.add_argument(
        "--pairs",
        default=PAIRS,
        help="glob (from the repo root) of labelled (policy, sentence) pairs to add; '' for none",
    )
    ap.add_argument(
        "--choose-on",
        default="",
        help="train on the dev rows too, except those of files whose name contains one of"
        " these comma-separated parts (e.g. round26,round28): only they choose the threshold",
    )
    ap.add_argument(
        "--set-threshold",
        type=float,
        help="only rewrite the shipped model's threshold (its weights and sha256 stay)",
    )
    args = ap.parse_args()
    if args.set_threshold is not None:
        meta_path = args.out.with_suffix(".json")
        meta = json.loads(meta_path.read_text())
        meta["threshold"] = meta["thresholds"]["unsupported"] = args.set_threshold
        meta_path.write_text(json.dumps(meta, indent=2) + "\n")
        print(f"{meta_path.name}: threshold {args.set_threshold}")
        return
    import torch

    torch.set_num_threads(args.threads)
    tune, dev = load("tune"), load("dev")
    if args.choose_on:
        learn = load("dev", tuple(args.choose_on.split(",")))
        seen = {r["id"] for r in learn}
        tune, dev = tune + learn, [r for r in dev if r["id"] not in seen]
    data = bags(tune, backed=True, contrast=args.contrast)
    extra = labelled_pairs(args.pairs)
    data += extra
    print(f"{len(extra)} labelled pairs ({sum(y for _, y in extra):.0f} unsupported)")
    n_pos = sum(y for _, y in data)
    print(
        f"{len(tune)} training rows -> {len(data)} bags ({n_pos:.0f} unsupported); {len(dev)} dev"
    )
    tok, model = train(data, args.epochs, layers=args.layers)
    scores = dev_scores(tok, model, dev)
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "grounding_dev_scores.json").write_text(json.dumps(scores, indent=1))
    report(scores)
    fresh = [s for s in scores if s["id"].startswith(FRESH_DEV)]
    if fresh:
        report(fresh, f"dev rows no rule was tuned on ({FRESH_DEV}*)")
    summary = {
        "threshold": args.threshold,
        "layers": args.layers,
        "contrast": args.contrast,
        "trained_on": {
            "training rows": len(tune),
            "dev rows choosing the threshold": args.choose_on or "all",
            "labelled pairs": len(extra),
            "bags": len(data),
            "unsupported": int(n_pos),
        },
        "epochs": args.epochs,
        "trained": time.strftime("%Y-%m-%d"),
        "rule": "a sentence the grounding rules flag stays a finding when the reader's"
        " probability reaches the threshold; the reader never adds a finding",
    }
    export(
        tok,
        model,
        {"unsupported": args.threshold},
        summary,
        args.out,
        labels=("unsupported",),
        max_tokens=MAX_TOKENS,
    )


if __name__ == "__main__":
    main()
