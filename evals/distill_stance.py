"""Distil the 6-layer stance teacher into the 3-layer student the checks ship.

The teacher (`evals/fit_stance.py`) is all-MiniLM-L6-v2 fine-tuned on the labelled replies.
On 2 cores it cost about 4.5 ms of every reply's 6 ms of checking, which kept the checks
under the 200 replies/s target. The student keeps the first three layers of MiniLM and
learns to give every sentence the teacher's logit per label (mean squared error, sentences
the teacher finds suspicious weighted 3x), so a reply's log-sum-exp score and the teacher's
thresholds carry over unchanged. It reads about half the weights, and runs in about half
the time.

Distilling needs only text, not labels, so the student sees far more sentences than the
teacher was trained on: every sentence of the non-holdout labelled replies (the round-5
rows included, whose labels the teacher never saw), the demo complaints and 10,000
Stanford politeness requests. Holdout files and the IBM replies are never read: the IBM
replies measure how often the checks flag professional replies, so they must stay unseen.

Run it in the training venv (see `evals/fit_stance.py`) after training the teacher:

    /tmp/trainenv/bin/python evals/distill_stance.py             # ~8 min on 2 cores

It writes `assistant/checks/data/stance.{onnx,json}`; `stance.json` records the teacher's
sha256 and thresholds, the corpus counts and how closely the student follows the teacher.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evals"))

import numpy as np  # noqa: E402
from fit_stance import (  # noqa: E402
    DATA,
    MAX_TOKENS,
    OUT,
    SENTENCES,
    TEACHER,
    Labelled,
    export,
    labelled_sentences,
)
from training import build, device, model_dir, optimiser  # noqa: E402

from assistant.checks.patterns import sentences  # noqa: E402
from assistant.evals.datasets import Paths  # noqa: E402

POLITENESS = Paths().politeness_dir
#: Target logits for a labelled sentence: sigmoid(5) = 0.993 clears every threshold, and ten
#: sentences at -4 pool (log-sum-exp) to about -1.7, well below any.
POSITIVE, NEGATIVE = 5.0, -4.0


def corpus(stanford: int, seed: int, skip: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Sentences to distil on, by source; never a holdout row, an IBM reply or a file whose
    name contains a `skip` string (dev rows kept unseen to choose thresholds on)."""
    replies = []
    for path in sorted(DATA.glob("labelled_replies*.jsonl")):
        if "holdout" in path.name or any(part in path.name for part in skip):
            continue
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        replies += [r["reply"] for r in rows if r.get("split", "tune") != "holdout"]
    complaints = [
        json.loads(line)["complaint"]
        for line in (DATA / "complaints.jsonl").read_text().splitlines()
        if line.strip()
    ]
    requests = [
        row["Request"]
        for path in sorted(POLITENESS.glob("*.annotated.csv"))
        for row in csv.DictReader(path.open(encoding="utf-8"))
    ]
    random.Random(seed).shuffle(requests)

    def split(texts: list[str]) -> list[str]:
        return [s.text for t in texts for s in sentences(t)]

    return {
        "labelled replies": split(replies),
        "demo complaints": split(complaints),
        "politeness requests": split(requests[:stanford]),
    }


def correct(target: np.ndarray, labelled: Labelled, labels: tuple[str, ...]) -> np.ndarray:
    """Where a person labelled a sentence, move the teacher's logit to the label's side.

    A teacher trained on reply-level labels alone missed condescension on new authors'
    wording ("Maybe learn what you're looking at before you post": tone 0.04). A labelled
    sentence's target is raised to at least `POSITIVE` for each label it fails and lowered
    to at most `NEGATIVE` for each it passes; where the teacher already agrees its logit is
    kept, so calibration elsewhere carries over. A rebuttal also labelled `tone` keeps the
    teacher's tone logit (see `fit_stance.ARGUING_TONE_WEIGHT`). The labelled sentences are
    the last `len(labelled)` rows of `target`.
    """
    out = target.copy()
    base = len(target) - len(labelled)
    for i, (_, fails) in enumerate(labelled):
        for j, label in enumerate(labels):
            row = base + i
            if label == "tone" and {"tone", "argumentative"} <= fails:
                continue
            if label in fails:
                out[row, j] = max(out[row, j], POSITIVE)
            else:
                out[row, j] = min(out[row, j], NEGATIVE)
    return out


def teacher_logits(path: Path, texts: list[str]) -> np.ndarray:
    """The teacher's per-sentence logits, one unpadded run per sentence as the checks do.

    Scored sentences are kept in `reports/` by the teacher's hash, so a second distillation
    from the same teacher (another epoch count, more labelled sentences) skips the ~3 min.
    Sentences run on one single-threaded session per core: a one-sentence run is too small
    to spread over a machine's cores, so this scales with the cores (the logits are the same
    as one session's, checked to 0.0 on a smoke teacher).
    """
    from concurrent.futures import ThreadPoolExecutor

    import onnxruntime as ort
    from transformers import AutoTokenizer

    meta = json.loads(path.with_suffix(".json").read_text())
    blob = path.read_bytes()
    if hashlib.sha256(blob).hexdigest() != meta["sha256"]:
        raise SystemExit(f"{path} does not match its {path.with_suffix('.json').name}")
    cache_path = ROOT / "reports" / f"teacher_logits_{meta['sha256'][:12]}.json"
    cache: dict[str, list[float]] = (
        json.loads(cache_path.read_text()) if cache_path.exists() else {}
    )
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(blob, options, providers=["CPUExecutionProvider"])
    tok = AutoTokenizer.from_pretrained(model_dir())
    todo = sorted({t for t in texts if t not in cache})
    ids = tok(todo, truncation=True, max_length=MAX_TOKENS)["input_ids"] if todo else []

    def run(one: list[int]) -> list[float]:
        x = np.array([one], dtype=np.int64)
        feeds = {"input_ids": x, "attention_mask": np.ones_like(x)}
        return [float(v) for v in session.run(None, feeds)[0][0]]

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        cache.update(zip(todo, pool.map(run, ids, chunksize=64), strict=True))
    out = np.array([cache[t] for t in texts], dtype=np.float32).reshape(
        len(texts), len(meta["labels"])
    )
    cache_path.parent.mkdir(exist_ok=True)
    cache_path.write_text(json.dumps(cache))
    return out


def distil(
    texts: list[str],
    target: np.ndarray,
    labels: tuple[str, ...],
    layers: int,
    epochs: int,
    seed: int,
    labelled: int = 0,
) -> Any:
    """Train the student to reproduce `target` (teacher logits) sentence by sentence; the
    last `labelled` rows are human-labelled sentences, weighted like suspicious ones."""
    import torch
    from transformers import AutoTokenizer

    torch.manual_seed(seed)
    rng = random.Random(seed)
    tok = AutoTokenizer.from_pretrained(model_dir())
    model = build(layers, labels)
    goal = torch.tensor(target).clamp(-8, 10)  # below -8 every sentence is plainly fine
    weight = torch.where(goal.max(1).values > -3, 3.0, 1.0)
    if labelled:
        weight[-labelled:] = 3.0
    goal, weight = goal.to(device()), weight.to(device())
    lengths = [len(tok(t, truncation=True, max_length=MAX_TOKENS)["input_ids"]) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: lengths[i])  # batches of similar length
    batches = [order[i : i + 32] for i in range(0, len(order), 32)]
    opt, sched = optimiser(model, 1e-4, epochs * len(batches), warmup=0.06)
    model.train()
    for epoch in range(epochs):
        rng.shuffle(batches)
        t, total = time.time(), 0.0
        for batch in batches:
            pred = _forward(tok, model, [texts[i] for i in batch])
            loss = ((pred - goal[batch]) ** 2 * weight[batch].unsqueeze(1)).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        print(f"  epoch {epoch}: loss {total / len(batches):.3f} ({time.time() - t:.0f} s)")
    model.eval()
    return tok, model


def _forward(tok: Any, model: Any, texts: list[str]) -> Any:
    """The model's logits for a padded batch of sentences."""
    enc = tok(texts, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
    return model(enc["input_ids"].to(device()), enc["attention_mask"].to(device()))


def agreement(tok: Any, model: Any, texts: list[str], target: np.ndarray) -> dict[str, float]:
    """How closely the student follows the teacher on every 10th sentence (a rough check:
    these sentences were trained on; the held-out comparison is `calmreply eval`)."""
    import torch

    idx = list(range(0, len(texts), 10))
    with torch.no_grad():
        pred = _forward(tok, model, [texts[i] for i in idx]).cpu().numpy()
    goal = target[idx]
    return {
        "mean_abs_logit_gap": round(float(np.abs(pred - goal).mean()), 3),
        "same_side_of_zero": round(float(((pred > 0) == (goal > 0)).mean()), 4),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--teacher", type=Path, default=TEACHER)
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--stanford", type=int, default=10_000, help="politeness requests to add")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--skip", default="", help="comma-separated file-name parts to leave out of the corpus"
    )
    ap.add_argument(
        "--sentences",
        default=SENTENCES,
        help="glob (from the repo root) of human-labelled sentences that correct the teacher;"
        " '' for none",
    )
    ap.add_argument("--out", type=Path, default=OUT / "stance.onnx")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    sources = corpus(args.stanford, args.seed, tuple(p for p in args.skip.split(",") if p))
    texts = [t for part in sources.values() for t in part]
    labelled = labelled_sentences(args.sentences)
    print(", ".join(f"{len(v)} sentences of {k}" for k, v in sources.items()), flush=True)
    print(f"{len(labelled)} labelled sentences", flush=True)
    teacher = teacher_logits(args.teacher, texts + [t for t, _ in labelled])
    teacher_meta = json.loads(args.teacher.with_suffix(".json").read_text())
    labels = tuple(teacher_meta["labels"])
    target = correct(teacher, labelled, labels)
    moved = int((np.abs(target - teacher) > 0.5).any(axis=1).sum())
    print(f"labels moved the teacher's target on {moved} of {len(labelled)} sentences")
    tok, model = distil(
        texts + [t for t, _ in labelled],
        target,
        labels,
        args.layers,
        args.epochs,
        args.seed,
        labelled=len(labelled),
    )
    summary = {
        "student": {
            "layers": args.layers,
            "teacher_sha256": teacher_meta["sha256"],
            "teacher_trained_on": teacher_meta.get("trained_on"),
            "corpus_sentences": {k: len(v) for k, v in sources.items()},
            "epochs": args.epochs,
            "agreement_with_teacher": agreement(tok, model, texts, teacher[: len(texts)]),
            "labelled_sentences": {"count": len(labelled), "teacher_corrected": moved},
        },
        "trained": time.strftime("%Y-%m-%d"),
        "dev_cross_fitted": teacher_meta.get("dev_cross_fitted"),
        "rule": teacher_meta.get("rule"),
    }
    export(tok, model, teacher_meta["thresholds"], summary, args.out, labels)


if __name__ == "__main__":
    main()
