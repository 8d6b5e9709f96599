"""Shared fixtures: the homelab values, rendered charts, and YAML snapshots."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cdk8s  # noqa: E402
from cdk8s import Chart  # noqa: E402

import lib  # noqa: E402,F401 - sets JSII_NODE before cdk8s loads
from lib.app import dump  # noqa: E402
from lib.config import Values, load_values  # noqa: E402

HOMELAB_VALUES = ROOT / "values-homelab.yaml"


class YamlSnapshotExtension(SingleFileSnapshotExtension):
    """One readable .yaml file per snapshot, each object written as dist/ writes it."""

    file_extension = "yaml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **kwargs: Any) -> str:
        return "---\n".join(dump(obj) for obj in data)


@pytest.fixture
def yaml_snapshot(snapshot: Any) -> Any:
    return snapshot.use_extension(YamlSnapshotExtension)


@pytest.fixture(scope="session")
def values() -> Values:
    return load_values(HOMELAB_VALUES)


def manifests(chart: Chart) -> list[dict[str, Any]]:
    """The objects a chart renders, as the dicts written to dist/."""
    return list(cdk8s.Testing.synth(chart))


def find(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind} {name}, found {len(matches)}"
    return matches[0]


@pytest.fixture
def new_chart() -> Callable[..., Chart]:
    """A fresh chart in a fresh app, for testing one construct."""

    def make(namespace: str | None = "test") -> Chart:
        return Chart(cdk8s.Testing.app(), "test", namespace=namespace, disable_resource_name_hashes=True)

    return make
