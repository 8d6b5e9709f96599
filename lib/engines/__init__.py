"""The GitOps engines: each one module that turns the units' engine-neutral sync facts (`lib/sync.py`)
into its annotations and its bootstrap objects. This is the one registry of engines.

An engine module defines a class with:
- `name`: the `gitops.engine` value that chooses it (and its bootstrap unit, `gitops-<name>`);
- `runs_hooks`: whether it runs a unit's hooks at their point of the sync itself (Argo CD) or, not
  knowing hooks, applies them with the rest of the unit (Flux);
- `impersonates`: whether it applies a unit confined to its namespace as that unit's `account`, a
  ServiceAccount of the engine's namespace (Flux), or always as itself (Argo CD);
- `annotations(obj, keep=..., hook=...)`: what it needs on a rendered object of a synced unit;
- `bootstrap(scope, id, labels=..., units=..., gitops=..., root=...)`: the objects that make it sync the
  units, and the root that syncs the bootstrap's own folder `root`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from constructs import Construct

from lib.engines.argocd import ArgoCd
from lib.engines.flux import Flux
from lib.labels import AppLabels
from lib.manifests import Manifest, object_key
from lib.sync import NEVER_PRUNED, Hook, SyncedUnit
from lib.values.schema import Engine as EngineName
from lib.values.schema import GitOps


class Engine(Protocol):
    @property
    def name(self) -> EngineName: ...

    @property
    def runs_hooks(self) -> bool: ...

    @property
    def impersonates(self) -> bool: ...

    def annotations(self, obj: Manifest, *, keep: bool, hook: Hook | None) -> dict[str, str]: ...

    def bootstrap(
        self, scope: Construct, id: str, *, labels: AppLabels, units: Sequence[SyncedUnit], gitops: GitOps, root: str
    ) -> None: ...


ENGINES: dict[EngineName, Engine] = {ArgoCd.name: ArgoCd(), Flux.name: Flux()}


def in_use(gitops: GitOps) -> list[Engine]:
    """The engines `gitops.engine` chooses, in the registry's order."""
    return [ENGINES[name] for name in gitops.engines]


def annotate(units: Iterable[SyncedUnit], engines: Sequence[Engine]) -> dict[str, list[Manifest]]:
    """Each synced unit's objects with every engine's annotations, in place (sorted, so the bytes do not
    depend on the order engines are asked in); returns them by unit."""
    rendered = {}
    for unit in units:
        objects = unit.manifests()
        hooks: Mapping = unit.hooks()
        for obj in objects:
            keep = obj["kind"] in NEVER_PRUNED
            hook = hooks.get(object_key(obj))
            added = {k: v for engine in engines for k, v in engine.annotations(obj, keep=keep, hook=hook).items()}
            if added:
                meta = obj["metadata"]
                meta["annotations"] = dict(sorted({**meta.get("annotations", {}), **added}.items()))
        rendered[unit.unit_name] = objects
    return rendered
