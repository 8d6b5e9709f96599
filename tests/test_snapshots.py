"""One readable YAML snapshot per deploy unit of the homelab render: review updates like code.

Update deliberately with `.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load

from lib.manifests import Units
from lib.values.schema import NAMESPACE_UNIT_PREFIX

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
