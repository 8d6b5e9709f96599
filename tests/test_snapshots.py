"""One readable YAML snapshot per chart of the homelab render: review updates like code.

Update deliberately with `.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import App

from lib.app import homelab_workloads, render
from lib.config import Values

UNITS = ["gitops-argocd", "namespace-ml", "ollama"]


@pytest.fixture(scope="module")
def units(values: Values) -> dict[str, Any]:
    app = App()
    return render(app, values, homelab_workloads(app, values))


def test_the_homelab_render_has_these_units(units: dict[str, Any]) -> None:
    assert sorted(units) == UNITS


@pytest.mark.parametrize("unit", UNITS)
def test_unit_snapshot(units: dict[str, Any], unit: str, yaml_snapshot: Any) -> None:
    assert units[unit] == yaml_snapshot
