"""The deploy unit: one cdk8s Chart, one folder of dist/, one Argo CD Application or Flux Kustomization,
with the engine-neutral facts of its sync (`lib/sync.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cdk8s import Chart
from constructs import Construct

from lib.checks.problems import Problem
from lib.labels import AppLabels
from lib.manifests import Manifest, ObjectKey
from lib.sync import Hook
from lib.values.schema import Engine as EngineName
from lib.values.schema import Values, Waiver

if TYPE_CHECKING:
    from lib.engines import Engine


class Unit:
    """A deploy unit: one folder of dist/, one Argo CD Application or Flux Kustomization, and the
    engine-neutral facts of its sync (`lib/sync.py`). Its objects come from `manifests()`: rendered by
    cdk8s constructs (`DeployUnit`), or by something else (`RenderedUnit`: a Helm chart's)."""

    synced = True
    """Synced by an Application or Kustomization of the bootstrap (False for the bootstrap itself: applied by
    hand once, then synced by its own root)."""
    replace = False
    """Objects whose immutable fields change are replaced (only for units of Jobs: never a volume)."""
    timeout: str | None = None
    """How long an engine waits for the unit to be ready; None for the engine's default."""
    relaxed: frozenset[str] = frozenset()
    """Checks of the gate that do not apply to its objects (a chart's pods are the chart's: `pods`)."""
    waivers: tuple[Waiver, ...] = ()
    """Declared exceptions of the gate's checks for its objects (a chart's `exceptions`)."""
    installs: EngineName | None = None
    """The GitOps engine it installs (an engine's own chart): the bootstrap's root never prunes its
    Application or Kustomization, and deleting that never deletes the engine."""
    account: str | None = None
    """The ServiceAccount, in its namespace, that an engine which impersonates (Flux) applies it as: the
    rights of a Role of its namespace's unit (`lib/units/access.py`). None: the engine's own."""

    unit_name: str
    """Its folder in dist/, and its Application or Kustomization."""
    destination: str
    """The namespace the GitOps engine syncs it into."""
    depends_on: tuple[str, ...]
    """The names of the units applied (and ready) before it."""

    def _sync_facts(self, unit_name: str, destination: str, depends_on: Sequence[str]) -> None:
        self.unit_name = unit_name
        self.destination = destination
        self.depends_on = tuple(depends_on)
        self._hooks: dict[ObjectKey, Hook] = {}

    def manifests(self) -> list[Manifest]:
        raise NotImplementedError

    def hook(self, key: ObjectKey, hook: Hook) -> None:
        """Make an object of the unit a hook (run at a point of the sync rather than applied with the rest)."""
        self._hooks[key] = hook

    def hooks(self) -> Mapping[ObjectKey, Hook]:
        return self._hooks

    def problems(self) -> list[Problem]:
        """What was found wrong while rendering, before the gate looks (a chart's random values)."""
        return []


class DeployUnit(Chart, Unit):
    """A unit whose objects cdk8s constructs render: a Chart, its objects carrying `labels`."""

    def __init__(
        self,
        scope: Construct,
        unit_name: str,
        *,
        destination: str,
        labels: AppLabels,
        namespace: str | None = None,
        depends_on: Sequence[str] = (),
    ) -> None:
        """
        :param unit_name: the unit's name: its folder in dist/ and its Application or Kustomization.
        :param destination: the namespace the GitOps engine syncs it into.
        :param labels: identity of the unit; every object carries its common labels.
        :param namespace: the namespace of every object. Default: none (each object says, or is cluster-scoped).
        :param depends_on: the names of the units applied before this one. Default: none.
        """
        super().__init__(
            scope, unit_name, namespace=namespace, labels=labels.common(), disable_resource_name_hashes=True
        )
        self._sync_facts(unit_name, destination, depends_on)
        self._manifests: list[Manifest] | None = None

    def manifests(self) -> list[Manifest]:
        """The unit's objects, rendered once (one `to_json()`, the costly call) and kept."""
        if self._manifests is None:
            self._manifests = list(self.to_json())
        return self._manifests


class RenderedUnit(Unit):
    """A unit whose objects were rendered before it was made (a Helm chart's): no cdk8s Chart, no jsii."""

    def __init__(self, unit_name: str, *, destination: str, objects: list[Manifest], depends_on: Sequence[str] = ()):
        self._sync_facts(unit_name, destination, depends_on)
        self._objects = objects

    def manifests(self) -> list[Manifest]:
        return self._objects


@dataclass
class Context:
    """What a unit kind builds from: the catalog, the engines in use, and the units built before it."""

    catalog: Values
    engines: Sequence[Engine]
    repository: Path
    """The folder the values file is in: its charts/ holds the vendored charts."""
    units: list[Unit] = field(default_factory=list)

    @property
    def runs_hooks(self) -> bool:
        """Whether an engine in use runs hooks at their point of the sync (Argo CD does, Flux does not)."""
        return any(engine.runs_hooks for engine in self.engines)

    def find(self, unit_name: str) -> Unit | None:
        return next((u for u in self.units if u.unit_name == unit_name), None)
