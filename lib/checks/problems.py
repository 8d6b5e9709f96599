"""What a check finds: one problem with one rendered object, as one line."""

from __future__ import annotations

from dataclasses import dataclass

from lib.manifests import Manifest, describe


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one rendered object, found by the check `check` (its id: what an exception
    names to waive it)."""

    obj: Manifest
    message: str
    check: str = ""

    def __str__(self) -> str:
        return f"{describe(self.obj)}: {self.message}"


class RenderError(Exception):
    """The render is invalid; `problems` says why, one line each."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
