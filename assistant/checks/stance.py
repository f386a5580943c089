"""Learned stance signal for `excuses`, `argumentative` and `tone`: a fine-tuned MiniLM.

Phrase lists catch the wording they were written for and miss new wording: on replies
written blind they found about two thirds of rebuttals. Whether a sentence shifts blame or
rebuts the customer is a matter of stance, which topic embeddings cannot separate (a
classifier over frozen MiniLM sentence embeddings scored F1 0.52-0.66), so the teacher is
all-MiniLM-L6-v2 fine-tuned end to end on the labelled tune and dev replies (7,138 since
round 28) and on 5,400 single sentences people labelled (`evals/fit_stance.py`): reply
labels never say which sentence is at fault, and the reply-trained teacher missed
condescension in new authors' wording. What ships is a 3-layer student distilled from it on
about 58,000 sentences
(`evals/distill_stance.py`): it follows the teacher closely at about half the cost. It
ships rebuilt from onnxruntime's fused operators (`evals/fuse_stance.py`), and a word gate
(`stance_gate`) spares it about half of all sentences (greetings, contact lines, sign-offs),
which cannot move a verdict. It reads each reply in a worker process (`stance_worker`)
while the phrase checks run.

It reads a reply one sentence at a time and gives each sentence a score per label; the
reply's score is the log-sum-exp of its sentences (multiple-instance learning: one bad
sentence makes a bad reply), so the highest-scoring sentence is the evidence a reviewer
sees. The weights ship as an int8 ONNX file beside this module, hash-checked, and run on
onnxruntime with the tokenizer the embeddings already use: no download, no GPU.

Its labels are data (`stance.json`); since 2026-11-27 it also reads `tone`, where it
catches the cold form letter ("Your concern has been noted") that no phrase list names.
The checks add it to their phrases (`stance_checks.stance_evidence`): the model fails a
reply no phrase matched when its score reaches `threshold` (in `stance.json`, chosen on
blind dev rows scored by models that never trained on them). It clears a phrase match only
where its score is below `clear_below` (0.2) in a reply of at least `CLEAR_MIN_SENTENCES`
sentences:
it scores terse catches ("It's a fee, deal with it.") near zero. Phrases and model each
catch what the other misses.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.checks.onnx_models import CheckModelError, load_model
from assistant.checks.patterns import Sentence, sentences
from assistant.checks.stance_gate import GATE_PATH, StanceGate, load_gate
from assistant.checks.stance_worker import StanceWorker, read_sentence

DATA = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA / "stance.onnx"
META_PATH = DATA / "stance.json"
CACHE_SENTENCES = 4096


#: Raised when the shipped stance model is missing, altered or unreadable.
StanceModelError = CheckModelError


@dataclass(frozen=True)
class StanceScore:
    """One label's score for a reply and the sentence that drove it (offsets in the reply).

    `threshold` is where the model alone fails a reply, and `clear_below` where it clears a
    reply the phrases matched; both chosen on blind dev rows (0 clears nothing).
    """

    probability: float
    threshold: float
    start: int
    end: int
    clear_below: float = 0.0

    @property
    def flagged(self) -> bool:
        """Whether the model alone would fail the reply for this label."""
        return self.probability >= self.threshold

    @property
    def clears(self) -> bool:
        """Whether the model is sure enough the reply is fine to clear a phrase match."""
        return self.probability < self.clear_below


class StanceModel:
    """Scores replies for blame-shifting and arguing; loads lazily, caches recent sentences.

    The excuses and argumentative checks share one instance, so a reply is read by the
    model once per check run, not once per check.
    """

    def __init__(
        self,
        model_path: Path = MODEL_PATH,
        meta_path: Path = META_PATH,
        process: bool = True,
        gate_path: Path | None = GATE_PATH,
    ) -> None:
        self.model_path = model_path
        self.meta_path = meta_path
        #: The word gate's file (`stance_gate`); None reads every sentence with the model.
        self.gate_path = gate_path
        self._gate: StanceGate | None = None
        #: Read prefetched replies in a worker process (`stance_worker`) rather than a thread.
        self.process = process
        self._worker: StanceWorker | None = None
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._meta: dict[str, Any] = {}
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()  # the app checks from several threads
        self._pool: ThreadPoolExecutor | None = None
        self._pending: OrderedDict[str, Future[dict[str, StanceScore]] | tuple[int, list[str]]]
        self._pending = OrderedDict()
        #: Whole-reply scores: excuses, argumentative and tone each ask for the same reply.
        self._scored: OrderedDict[str, dict[str, StanceScore]] = OrderedDict()

    def _load(self) -> None:
        if self._session is not None:
            return
        with self._lock:
            if self._session is not None:
                return
            loaded = load_model(
                self.model_path,
                self.meta_path,
                off_switch="CALMREPLY_STANCE_MODEL",
                refit="evals/fit_stance.py",
            )
            if self.gate_path is not None:
                self._gate = load_gate(self.gate_path, loaded.meta["sha256"])
            self._tokenizer = loaded.tokenizer
            # `_labels` may have read the same file already: keep the dict callers hold.
            self._meta = self._meta or loaded.meta
            self._session = loaded.session

    def _labels(self) -> dict[str, Any]:
        """The labels and thresholds, without loading the weights here: when the worker
        process reads the replies, this process never needs them. A meta file that cannot
        be read falls through to `_load`, which raises the error that names the fix."""
        if not self._meta:
            try:
                self._meta = json.loads(self.meta_path.read_text())
            except (OSError, ValueError):
                self._load()
        return self._meta

    def _logits(self, sentence: str) -> np.ndarray:
        """Per-label logits of one sentence, shape (labels,): cached, else one unpadded run.

        Sentences repeat far more than replies do: a sign-off, a greeting or a stock line
        recurs across a business's replies, every revision round re-checks mostly the same
        sentences, and excuses and argumentative read the same reply. Each sentence runs
        alone because dynamic int8 quantisation makes a padded batch's scores depend on
        what else is in the batch.
        """
        with self._cache_lock:
            cached = self._cache.get(sentence)
            if cached is not None:
                self._cache.move_to_end(sentence)
                return cached
        out = self._run(sentence)
        with self._cache_lock:
            self._cache[sentence] = out
            if len(self._cache) > CACHE_SENTENCES:
                self._cache.popitem(last=False)
        return out

    def _run(self, sentence: str) -> np.ndarray:
        self._load()
        return np.asarray(read_sentence(self._session, self._tokenizer, self._gate, sentence))

    def sha256(self) -> str:
        """The sha256 of the weights, which models fitted to this one's scores record."""
        return str(self._labels()["sha256"])

    def clears_any(self, label: str) -> bool:
        """Whether the model may clear a phrase match for `label` (its `clear_below` > 0)."""
        return float(self._labels().get("clear_below", {}).get(label, 0.0)) > 0.0

    def clear_cache(self) -> None:
        """Forget scored sentences (benchmarks call this so every pass pays for the model)."""
        with self._cache_lock:
            self._cache.clear()
            self._pending.clear()
            self._scored.clear()
            if self._worker is not None:
                self._worker.drop()

    def prefetch(self, reply: str) -> None:
        """Start scoring `reply` in the background; `score` then waits for it.

        `run_checks` calls this first, so the model reads the reply on one core while the
        phrase checks run on the other, and a reply costs about the slower of the two
        instead of their sum. The reading happens in a worker process (`stance_worker`):
        a thread has to win the GIL back from the phrase regexes between sentences. Where a
        process cannot be started, a thread does it.
        """
        worker = self._start_worker()
        with self._cache_lock:
            if reply in self._pending:
                return
            todo = list(dict.fromkeys(p.text for p in sentences(reply)))
            todo = [s for s in todo if s not in self._cache]
            if not todo:
                return
            if worker is not None:
                try:
                    self._pending[reply] = (worker.send(todo), todo)
                except OSError:  # the worker has died: read here from now on
                    self._stop_worker()
                    return
            else:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stance")
                self._pending[reply] = self._pool.submit(self._score, reply)
            while len(self._pending) > 64:  # prefetched but never asked for
                _, dropped = self._pending.popitem(last=False)
                if isinstance(dropped, tuple) and worker is not None:
                    worker.forget(dropped[0])

    def _start_worker(self) -> StanceWorker | None:
        """The worker process, started on first use; None where it cannot start."""
        if not self.process:
            return None
        with self._lock:
            if self._worker is None:
                try:
                    self._worker = StanceWorker(self.model_path, self.meta_path, self.gate_path)
                except Exception:  # any failure to start means: use the thread
                    # A sandbox without processes, a daemon process that may not have
                    # children, or a model the worker could not load (reading it here
                    # raises the error that names the fix).
                    self.process = False
                    return None
            return self._worker

    def _stop_worker(self) -> None:
        """Give up on the worker (it died): prefetches go to the thread from now on."""
        with self._lock:
            if self._worker is not None:
                self._worker.close()
            self._worker = None
            self.process = False

    def score(
        self, reply: str, skip: Callable[[Sentence], bool] | None = None
    ) -> dict[str, StanceScore]:
        """Each label's score for `reply`, with the sentence that scored highest; sentences
        `skip` accepts are left out (their scores stay cached)."""
        if skip is None:
            with self._cache_lock:
                done = self._scored.get(reply)
            if done is not None:
                return done
        with self._cache_lock:
            pending = self._pending.pop(reply, None)
        worker = self._worker
        if isinstance(pending, tuple) and worker is not None:
            ticket, todo = pending
            try:
                logits = worker.collect(ticket)
            except (EOFError, OSError):  # the worker died: this reply is read here instead
                self._stop_worker()
                logits = None
            if logits is not None:
                with self._cache_lock:
                    for sentence, row in zip(todo, logits, strict=True):
                        self._cache[sentence] = row
                    while len(self._cache) > CACHE_SENTENCES:
                        self._cache.popitem(last=False)
        elif isinstance(pending, Future):
            scored = pending.result()  # also leaves every sentence's logits in the cache
            if skip is None:
                self._remember(reply, scored)
                return scored
        scored = self._score(reply, skip)
        if skip is None:
            self._remember(reply, scored)
        return scored

    def _remember(self, reply: str, scored: dict[str, StanceScore]) -> None:
        with self._cache_lock:
            self._scored[reply] = scored
            while len(self._scored) > 64:
                self._scored.popitem(last=False)

    def _score(
        self, reply: str, skip: Callable[[Sentence], bool] | None = None
    ) -> dict[str, StanceScore]:
        parts = [p for p in sentences(reply) if skip is None or not skip(p)]
        if not parts:
            return {}
        logits = np.vstack([self._logits(p.text) for p in parts])
        top = logits.max(axis=0)
        pooled = top + np.log(np.exp(logits - top).sum(axis=0))
        out: dict[str, StanceScore] = {}
        meta = self._labels()
        clear = meta.get("clear_below", {})
        for j, label in enumerate(meta["labels"]):
            best = parts[int(logits[:, j].argmax())]
            out[label] = StanceScore(
                probability=float(1.0 / (1.0 + np.exp(-pooled[j]))),
                threshold=float(meta["thresholds"][label]),
                start=best.start,
                end=best.end,
                clear_below=float(clear.get(label, 0.0)),
            )
        return out


_SHARED: StanceModel | None = None


def shared_stance() -> StanceModel | None:
    """The process-wide model, or None when `CALMREPLY_STANCE_MODEL=false` (phrases only)."""
    global _SHARED
    from assistant.config import get_settings

    if not get_settings().stance_model:
        return None
    if _SHARED is None:
        settings = get_settings()
        _SHARED = StanceModel(
            process=settings.stance_process,
            gate_path=GATE_PATH if settings.stance_gate else None,
        )
    return _SHARED
