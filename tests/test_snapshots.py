"""One readable YAML snapshot per deploy unit of the user's catalog (values-homelab.yaml): a change to
it shows here as a diff to review like code. Update them with `make snapshots` after changing the
catalog (README, Adding an app); the library's own snapshots live beside its tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import homelab_render

from lib.manifests import Units


@pytest.mark.parametrize("unit", sorted(homelab_render()))
def test_unit_snapshot(homelab: Units, unit: str, yaml_snapshot: Any) -> None:
    assert homelab[unit] == yaml_snapshot
