"""README, Extending: a unit kind and a GitOps engine are each one module and one registry line. A
throwaway of each, registered and nothing else changed, goes through the loader, the synth, the gate
and the bootstrap like the project's own."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Literal

import cdk8s
import pytest
import yaml
from cdk8s import ApiObjectMetadata
from cdk8s_plus_33 import k8s
from conftest import find
from constructs import Construct

import lib.engines
import lib.units
from lib.labels import AppLabels
from lib.manifests import Manifest
from lib.sync import Hook, SyncedUnit
from lib.synth import render, synth
from lib.units import DeployUnit, Unit, deploy_units
from lib.units.base import Context
from lib.values.schema import GitOps, Values


class BackupUnit(DeployUnit):
    """A unit kind of the test's own: one ConfigMap in the namespace it backs up."""


def build_backups(scope: Construct, context: Context) -> list[Unit]:
    namespace = "ml"
    labels = AppLabels(name="backup", instance="backup", version="1", part_of=context.catalog.part_of)
    unit = BackupUnit(
        scope, "backup", destination=namespace, labels=labels, namespace=namespace,
        depends_on=[f"namespace-{namespace}"],
    )  # fmt: skip
    k8s.KubeConfigMap(unit, "Schedule", metadata=k8s.ObjectMeta(name="backup-schedule"), data={"cron": "0 3 * * *"})
    return [unit]


def test_a_unit_kind_is_one_module_and_one_registry_line(
    values: Values, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    *kinds, bootstrap = lib.units.UNIT_KINDS
    monkeypatch.setattr(lib.units, "UNIT_KINDS", (*kinds, build_backups, bootstrap))

    synth(deploy_units(cdk8s.App(), values), values, tmp_path / "dist")  # the gate passes it

    (written,) = (tmp_path / "dist" / "backup").glob("ConfigMap.*.k8s.yaml")
    assert yaml.safe_load(written.read_text())["metadata"]["namespace"] == "ml"
    bootstrap_unit = (tmp_path / "dist" / "gitops-argocd" / "Application.backup.k8s.yaml").read_text()
    application = yaml.safe_load(bootstrap_unit)
    assert application["spec"]["source"]["path"] == "dist/backup"
    assert application["spec"]["project"] == "homelab", "confined to the catalog's namespaces"


class Demo:
    """An engine of the test's own, registered under a name the values accept."""

    name: ClassVar[Literal["flux"]] = "flux"
    runs_hooks: ClassVar[bool] = False
    impersonates: ClassVar[bool] = False

    def annotations(self, obj: Manifest, *, keep: bool, hook: Hook | None) -> dict[str, str]:
        return {"demo.example.com/keep": "true"} if keep else {}

    def bootstrap(
        self, scope: Construct, id: str, *, labels: AppLabels, units: Sequence[SyncedUnit], gitops: GitOps, root: str
    ) -> None:
        for unit in units:
            cdk8s.ApiObject(
                scope, f"{id}-{unit.unit_name}", api_version="v1", kind="ConfigMap",
                metadata=ApiObjectMetadata(name=f"sync-{unit.unit_name}", namespace="flux-system"),
            )  # fmt: skip


def test_a_gitops_engine_is_one_module_and_one_registry_line(values: Values, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lib.engines.ENGINES, "flux", Demo())
    flux = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine="flux"))

    units = deploy_units(cdk8s.App(), flux)
    rendered = render(units, flux)

    synced = [u.unit_name for u in units if u.synced]
    assert sorted(o["metadata"]["name"] for o in rendered["gitops-flux"]) == sorted(f"sync-{u}" for u in synced)
    claim = find(rendered["ollama"], "PersistentVolumeClaim", "ollama")
    assert claim["metadata"]["annotations"] == {"demo.example.com/keep": "true"}, "its annotations, and no other's"
