"""Prompt templates as versioned files in `prompts/`, loaded by name.

Keeping prompts out of code lets a prompt change be reviewed (and eval-gated) like any other
change, and every draft records the name and version of the prompt that produced it.
Templates use `{{ name }}` placeholders; rendering with a missing or unexpected variable is
an error, never a silently blank hole in the prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

_VAR = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_SECTION = re.compile(r"^=== (system|user) ===\s*$", re.M)


class PromptError(ValueError):
    """A prompt file is missing or malformed, or was rendered with the wrong variables."""


@dataclass(frozen=True)
class Message:
    """One chat message of a rendered prompt."""

    role: str
    content: str


@dataclass(frozen=True)
class PromptTemplate:
    """A named, versioned system+user prompt pair."""

    name: str
    version: str
    description: str
    system: str
    user: str

    @property
    def variables(self) -> set[str]:
        """Placeholders the template needs."""
        return set(_VAR.findall(self.system)) | set(_VAR.findall(self.user))

    def render(self, **values: str) -> list[Message]:
        """Fill the template.

        Raises:
            PromptError: a placeholder has no value, or a value has no placeholder (a typo
                that would otherwise drop context silently).
        """
        missing = self.variables - values.keys()
        if missing:
            raise PromptError(f"prompt {self.name!r} needs: {', '.join(sorted(missing))}")
        unused = values.keys() - self.variables
        if unused:
            raise PromptError(
                f"prompt {self.name!r} has no placeholder for: {', '.join(sorted(unused))}"
            )

        def fill(text: str) -> str:
            return _VAR.sub(lambda m: str(values[m.group(1)]), text).strip()

        return [Message("system", fill(self.system)), Message("user", fill(self.user))]


def parse_prompt(path: Path) -> PromptTemplate:
    """Read one prompt file: YAML front matter, then `=== system ===` and `=== user ===`."""
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", text, re.S)
    if not m:
        raise PromptError(f"{path}: must start with front matter (name, version) between '---'")
    meta = yaml.safe_load(m.group(1)) or {}
    for key in ("name", "version"):
        if not meta.get(key):
            raise PromptError(f"{path}: front matter needs '{key}'")
    parts = _SECTION.split(m.group(2))
    sections = dict(zip(parts[1::2], parts[2::2], strict=False))
    if set(sections) != {"system", "user"}:
        raise PromptError(f"{path}: needs one '=== system ===' and one '=== user ===' section")
    return PromptTemplate(
        name=str(meta["name"]),
        version=str(meta["version"]),
        description=str(meta.get("description", "")),
        system=sections["system"],
        user=sections["user"],
    )


@lru_cache(maxsize=32)
def _load_cached(directory: str, name: str, mtime: float) -> PromptTemplate:
    template = parse_prompt(Path(directory) / f"{name}.md")
    if template.name != name:
        raise PromptError(f"{directory}/{name}.md: front matter name is {template.name!r}")
    return template


def load_prompt(name: str, directory: Path) -> PromptTemplate:
    """The prompt `name` from `directory` (re-read when the file changes)."""
    path = directory / f"{name}.md"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in directory.glob("*.md"))) or "none"
        raise PromptError(f"no prompt named {name!r} in {directory} (available: {known})")
    return _load_cached(str(directory), name, path.stat().st_mtime)
