"""What a GitOps engine needs to know of a deploy unit, in no engine's words.

A unit says: which units it waits for, whether objects whose immutable fields change may be
replaced, how long to wait for it, which of its objects are hooks (run before or after the
unit's sync, or at its deletion), whether it installs a GitOps engine (never pruned by the root, never
deleted with its Application or Kustomization), and the account an engine that impersonates applies
it as. Every engine also keeps what must never be pruned (a claim's data, a namespace's contents, a
CRD's custom resources). Each engine module (`lib/engines/`) turns these facts into its own
annotations and bootstrap objects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from lib.manifests import Manifest, ObjectKey
from lib.values.schema import Engine

Phase = Literal["pre", "post", "pre-delete", "post-delete"]
"""Before the unit's objects are applied; after they are applied and healthy; before or after the
whole unit is deleted."""
Cleanup = Literal["before-next", "succeeded", "failed"]
"""When the hook's object is deleted: before the next run creates it again (so the last run stays
readable until then), once it succeeded, once it failed."""

NEVER_PRUNED = frozenset({"PersistentVolumeClaim", "Namespace", "CustomResourceDefinition"})
"""Deleting these deletes what they hold: a volume's data (NFS reclaim policy Delete), everything in
a namespace, every custom resource of a CRD. No engine prunes or deletes them, even when a render
drops them."""


@dataclass(frozen=True)
class Hook:
    """An object run at a point of the unit's sync rather than applied with the rest."""

    phases: tuple[Phase, ...]
    cleanup: tuple[Cleanup, ...] = ("before-next",)
    weight: int | None = None
    """Order among the hooks of one phase: lower first."""


class SyncedUnit(Protocol):
    """What an engine reads of a deploy unit (`lib.units.DeployUnit` is one)."""

    unit_name: str
    """Its folder in dist/, and the name of its Application or Kustomization."""
    destination: str
    """The namespace it syncs into."""
    depends_on: tuple[str, ...]
    """The units applied, and ready, before it."""
    replace: bool
    """Objects whose immutable fields change are replaced, not patched (only for units of Jobs: never
    a volume)."""
    timeout: str | None
    """How long to wait for it to be ready; None for the engine's default."""
    installs: Engine | None
    """The GitOps engine it installs (an engine's own chart), or None."""
    account: str | None
    """The ServiceAccount, in the engine's namespace, an engine that impersonates applies it as (its
    rights: a Role of the unit's namespace); None for the engine's own account."""

    def manifests(self) -> list[Manifest]: ...

    def hooks(self) -> Mapping[ObjectKey, Hook]: ...


class Cycle(ValueError):
    """Deploy units that wait for each other: `path` goes round it, its first unit again at its end."""

    def __init__(self, path: tuple[str, ...]) -> None:
        self.path = path
        super().__init__(f"deploy units depend on each other in a cycle: {' -> '.join(path)}")


def waves(units: Sequence[SyncedUnit]) -> dict[str, int]:
    """Each unit's depth in the dependency graph (0: depends on nothing): what it waits for comes first.
    A dependency on a unit that is not synced is a ValueError, a cycle a `Cycle` (bugs: the values
    refuse both, and `lib/needs.py` refuses a cycle of derived needs)."""
    by_name = {u.unit_name: u for u in units}
    depth: dict[str, int] = {}

    def wave(name: str, seen: tuple[str, ...] = ()) -> int:
        if name in seen:
            raise Cycle((*seen[seen.index(name) :], name))
        if name not in depth:
            if name not in by_name:
                raise ValueError(f"deploy unit {seen[-1]} depends on {name}, which is not synced")
            depth[name] = 1 + max((wave(d, (*seen, name)) for d in by_name[name].depends_on), default=-1)
        return depth[name]

    for unit in units:
        wave(unit.unit_name)
    return depth
