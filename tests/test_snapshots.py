"""One readable YAML snapshot per deploy unit of the homelab render: review updates like code.

Update deliberately with `.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from conftest import load, render_values

from lib.manifests import Units
from lib.values.schema import NAMESPACE_UNIT_PREFIX, Gpu, Values

_VALUES = load()
UNITS = sorted(
    [f"{NAMESPACE_UNIT_PREFIX}{ns}" for ns in _VALUES.namespaces]
    + list(_VALUES.apps)
    + [f"gitops-{engine}" for engine in _VALUES.gitops.engines]
)


def test_the_homelab_render_has_a_unit_per_namespace_app_and_engine(homelab: Units) -> None:
    assert sorted(homelab) == UNITS


@pytest.mark.parametrize("unit", UNITS)
def test_unit_snapshot(homelab: Units, unit: str, yaml_snapshot: Any) -> None:
    assert homelab[unit] == yaml_snapshot


def test_ollama_with_the_gpu_profile_on_snapshot(values: Values, yaml_snapshot: Any) -> None:
    """Phase 2 of story 6.1 is one values switch: this is what it renders."""
    gpu = Gpu(count=1, runtime_class_name="nvidia", node_selector={"nvidia.com/gpu.present": "true"})
    ollama = dataclasses.replace(values.apps["ollama"], gpu=gpu)
    units = render_values(dataclasses.replace(values, apps={**values.apps, "ollama": ollama}))
    assert [o for o in units["ollama"] if o["kind"] == "Deployment"] == yaml_snapshot
