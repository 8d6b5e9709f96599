"""Unit kind `gitops`: one unit `gitops-<engine>` per engine in use, the bootstrap of every synced
unit built before it, each ordered after what it declares and what its objects need (`lib/needs.py`),
applied by hand once (README, GitOps), then kept in sync by its own root Application or Kustomization.
First, the accounts an engine that impersonates applies confined units as (`lib/units/access.py`)."""

from __future__ import annotations

from constructs import Construct

from lib import __version__, needs
from lib.labels import AppLabels
from lib.units import access
from lib.units.base import Context, DeployUnit, Unit
from lib.values.schema import GITOPS_UNIT_PREFIX


class BootstrapUnit(DeployUnit):
    """The bootstrap of one engine: applied by hand once, then synced by its own root (rendered in it),
    never by the Application or Kustomization of another unit."""

    synced = False


def build(scope: Construct, context: Context) -> list[Unit]:
    catalog = context.catalog
    access.grant(context)
    synced = [u for u in context.units if u.synced]
    needs.order(synced)
    units: list[Unit] = []
    for engine in context.engines:
        name = f"{GITOPS_UNIT_PREFIX}{engine.name}"
        labels = AppLabels(name=f"{engine.name}-bootstrap", instance=name, version=__version__, part_of=catalog.part_of)
        namespace = catalog.gitops.engines[engine.name]
        unit = BootstrapUnit(scope, name, destination=namespace, labels=labels, namespace=namespace)
        engine.bootstrap(unit, "Bootstrap", labels=labels, units=synced, gitops=catalog.gitops, root=name)
        units.append(unit)
    return units
