"""One readable YAML snapshot per chart of the homelab render: review updates like code.

Update deliberately with `.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import manifests

from lib.app import build_app
from lib.config import Values

UNITS = ["gitops-argocd", "namespace-ml", "ollama"]


@pytest.fixture(scope="module")
def charts(values: Values, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    app = build_app(values, Path(tmp_path_factory.mktemp("app")))
    return {chart.node.id: chart for chart in app.charts}


def test_the_homelab_render_has_these_units(charts: dict[str, Any]) -> None:
    assert sorted(charts) == UNITS


@pytest.mark.parametrize("unit", UNITS)
def test_unit_snapshot(charts: dict[str, Any], unit: str, yaml_snapshot: Any) -> None:
    assert manifests(charts[unit]) == yaml_snapshot
