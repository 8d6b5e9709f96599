"""One readable YAML snapshot per deploy unit of the user's catalog (values-homelab.yaml): a change to
it shows here as a diff to review like code. Update them with `make snapshots` after changing the
catalog (README, Adding an app); the library's own snapshots live beside its tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ROOT

from lib.manifests import Units


# The committed units, not a render at collection: every worker would build the homelab's charts first.
# A unit the render has and dist/ lacks fails test_committed_dist_matches_a_fresh_synth.
@pytest.mark.parametrize("unit", sorted(p.name for p in (ROOT / "dist").iterdir() if p.is_dir()))
def test_unit_snapshot(homelab: Units, unit: str, yaml_snapshot: Any) -> None:
    assert homelab[unit] == yaml_snapshot
