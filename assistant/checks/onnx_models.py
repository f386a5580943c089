"""Loading the checks' shipped ONNX models: hash-checked, offline, with the MiniLM tokenizer.

The stance model and the grounding reader ship the same way (int8 weights beside the checks
with a JSON file of labels, thresholds and the weights' sha256), so both load here and fail
with the same kind of message: what is wrong and the setting or command that fixes it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class CheckModelError(RuntimeError):
    """A shipped check model is missing, altered or unreadable; the message names the fix."""


@dataclass(frozen=True)
class LoadedModel:
    """An inference session, its tokenizer (truncating at the model's `max_tokens`) and meta."""

    session: Any
    tokenizer: Any
    meta: dict[str, Any]


def load_model(
    model_path: Path,
    meta_path: Path,
    off_switch: str,
    refit: str,
    threads: int = 2,
    spin: bool = True,
) -> LoadedModel:
    """Read and verify a shipped model.

    Args:
        model_path: the int8 ONNX file.
        meta_path: its JSON metadata; `sha256` must match the file's bytes.
        off_switch: the environment setting that runs the checks without this model.
        refit: the script that rebuilds it.
        threads: onnxruntime's intra-op threads. A model that runs beside another one (the
            grounding reader beside the stance model's background pass) takes one, with
            spinning off, so the two do not fight over two cores.

    Raises:
        CheckModelError: a file is missing or unreadable, or the weights' hash differs.
    """
    try:
        meta = json.loads(meta_path.read_text())
        blob = model_path.read_bytes()
    except (OSError, ValueError) as exc:
        raise CheckModelError(
            f"cannot read {model_path.name} ({exc}); restore {model_path.name} and"
            f" {meta_path.name} from git, or set {off_switch}=false to run the checks"
            " without it"
        ) from exc
    digest = hashlib.sha256(blob).hexdigest()
    if digest != meta.get("sha256"):
        raise CheckModelError(
            f"{model_path} does not match the sha256 in {meta_path.name}"
            f" ({digest[:12]} != {str(meta.get('sha256'))[:12]}); re-run {refit} or restore"
            " both files from git"
        )
    import onnxruntime as ort
    from tokenizers import Tokenizer

    from assistant.embeddings import model_files

    tokenizer = Tokenizer.from_file(str(model_files()[1]))
    tokenizer.enable_truncation(int(meta.get("max_tokens", 64)))
    tokenizer.no_padding()  # the shipped tokenizer.json pads to 128 tokens
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    if not spin:
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    session = ort.InferenceSession(blob, options, providers=["CPUExecutionProvider"])
    return LoadedModel(session, tokenizer, meta)


def load_fitted(path: Path, model_sha256: str, parse: Callable[[dict[str, Any]], T], fix: str) -> T:
    """Read a JSON file fitted to the model whose weights hash to `model_sha256` (its
    `stance_sha256` field): the stance gate and tone's second look ship this way.

    Args:
        parse: builds the fitted object from the file's fields, raising KeyError, TypeError,
            ValueError or AttributeError on a malformed one.
        fix: what to do about a bad or stale file ("re-run evals/fit_....py"), appended to
            both errors.

    Raises:
        CheckModelError: the file is unreadable, malformed, or fitted to another model.
    """
    try:
        data = json.loads(path.read_text())
        fitted = parse(data)
        fitted_to = str(data["stance_sha256"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CheckModelError(
            f"cannot read {path.name} ({exc}); restore it from git, {fix}"
        ) from exc
    if fitted_to != model_sha256:
        raise CheckModelError(
            f"{path.name} was fitted to another stance model ({fitted_to[:12]} !="
            f" {model_sha256[:12]}); {fix}"
        )
    return fitted
