"""A separate process that runs the stance model, so it reads a reply while the phrases run.

On a thread, the model's pass overlapped the phrase checks poorly: between sentences the
thread has to win the GIL back from the phrase regexes, which hold it for a whole match, so
the pass mostly ran after the phrases instead of beside them (all nine checks: about
170-200 replies a second on two cores). A process has its own interpreter: with one ORT
thread and no spinning it takes one core while the phrases take the other (about 270-285 a
second in the same runs). The process is started on first use and is stateless: it gets a
list of sentences and sends back their logits; the caller keeps the cache.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing as mp
import sys
import threading
import types
from collections import deque
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

from assistant.checks.stance_gate import StanceGate


def read_sentence(session: Any, tokenizer: Any, gate: StanceGate | None, sentence: str) -> Any:
    """One sentence's logits: the gate's stand-in where it skips the sentence, else one
    unpadded model run. The worker and the in-process path both read through this."""
    enc = tokenizer.encode(sentence)
    if gate is not None and gate.skips(sentence, enc.ids):
        return gate.skipped()
    feed = {
        "input_ids": np.array([enc.ids], dtype=np.int64),
        "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
    }
    return np.asarray(session.run(None, feed)[0])[0]


def _serve(conn: Connection, model_path: str, meta_path: str, gate_path: str | None) -> None:
    """The worker's loop: a list of sentences in, their logits (sentences x labels) out."""
    from assistant.checks.onnx_models import load_model
    from assistant.checks.stance_gate import load_gate

    loaded = load_model(
        Path(model_path),
        Path(meta_path),
        off_switch="CALMREPLY_STANCE_MODEL",
        refit="evals/fit_stance.py",
        threads=1,
        spin=False,
    )
    session, tokenizer = loaded.session, loaded.tokenizer
    gate = load_gate(Path(gate_path), loaded.meta["sha256"]) if gate_path else None
    conn.send("ready")
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        out = [read_sentence(session, tokenizer, gate, sentence) for sentence in batch]
        conn.send(np.vstack(out) if out else np.zeros((0, 0)))


class StanceWorker:
    """The caller's end: send sentences now, collect their logits later, in order.

    Requests are answered in the order they were sent, so `collect` reads answers until its
    own arrives and hands the earlier ones to their owners' slots. Several threads may use
    one worker (the app checks from several), so the pipe is used under a lock.
    """

    def __init__(self, model_path: Path, meta_path: Path, gate_path: Path | None = None) -> None:
        ctx = mp.get_context("spawn")  # no fork of a process that may hold threads
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(
            target=_serve,
            args=(child, str(model_path), str(meta_path), str(gate_path) if gate_path else None),
            name="calmreply-stance",
            daemon=True,
        )
        # `spawn` re-runs the caller's main script in the child unless it was run with -m,
        # and under Streamlit that script is the app page. The worker needs nothing from it,
        # so the child is shown a bare main module while it starts.
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            self._process.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main
        child.close()
        if self._conn.recv() != "ready":
            raise RuntimeError("the stance worker did not start")
        self._lock = threading.Lock()
        self._sent: deque[int] = deque()
        self._answers: dict[int, Any] = {}
        self._forgotten: set[int] = set()
        self._next = 0
        atexit.register(self.close)

    def send(self, sentences: list[str]) -> int:
        """Queue sentences for the model; returns a ticket for `collect`."""
        with self._lock:
            ticket = self._next
            self._next += 1
            self._conn.send(sentences)
            self._sent.append(ticket)
            return ticket

    def collect(self, ticket: int) -> np.ndarray | None:
        """The logits for a ticket, waiting for them (and for any sent before it); None when
        the answer was dropped meanwhile (`drop`), so the caller reads the reply itself.

        Raises:
            EOFError: the worker process has died.
        """
        with self._lock:
            while ticket not in self._answers:
                if ticket not in self._sent:
                    return None
                done, answer = self._sent.popleft(), self._conn.recv()
                if done in self._forgotten:
                    self._forgotten.discard(done)
                else:
                    self._answers[done] = answer
            return np.asarray(self._answers.pop(ticket))

    def forget(self, ticket: int) -> None:
        """Nobody will collect this ticket: discard its answer when it comes."""
        with self._lock:
            if ticket in self._answers:
                del self._answers[ticket]
            elif ticket in self._sent:
                self._forgotten.add(ticket)

    def drop(self) -> None:
        """Wait out and discard every outstanding answer (caches are being cleared)."""
        with self._lock:
            try:
                while self._sent:
                    self._sent.popleft()
                    self._conn.recv()
            except (EOFError, OSError):  # died: nothing more will come
                self._sent.clear()
            self._answers.clear()
            self._forgotten.clear()

    def close(self) -> None:
        """Stop the process; safe to call twice."""
        if self._process.is_alive():
            with contextlib.suppress(BrokenPipeError, OSError):
                self._conn.send(None)
            self._process.join(timeout=2)
            if self._process.is_alive():
                self._process.terminate()
