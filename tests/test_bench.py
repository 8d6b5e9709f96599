"""`make bench`'s two helper programs still render what they claim (the timings stay in `make bench`)."""

from __future__ import annotations

from pathlib import Path

from conftest import parse, synth_values, tool

from lib.values.schema import Values


def test_the_scaling_catalog_is_n_ollama_units_that_pass_every_check(tmp_path: Path) -> None:
    values = parse(tool("bench_units").catalog(3), "bench-catalog.yaml")
    assert sorted(values.apps) == ["ollama-000", "ollama-001", "ollama-002"]

    synth_values(values, tmp_path / "dist")  # raises if a check refuses the catalog

    units = sorted(p.name for p in (tmp_path / "dist").iterdir() if p.is_dir())
    assert [u for u in units if u.startswith("ollama-")] == ["ollama-000", "ollama-001", "ollama-002"]
    sizes = {len(list((tmp_path / "dist" / u).glob("*.k8s.yaml"))) for u in units if u.startswith("ollama-")}
    assert len(sizes) == 1 and sizes.pop() > 5  # every copy renders the same set of objects


def test_the_baseline_rebuilds_every_object_of_a_synth_unchanged(values: Values, tmp_path: Path) -> None:
    """On the library's catalog (core kinds and custom resources): make bench compares the
    homelab's dist/ the same way, and fails when they differ."""
    synth_values(values, tmp_path / "dist")
    tool("bench_baseline").baseline(tmp_path / "dist", str(tmp_path / "baseline"))

    objects = tool("bench").objects
    assert objects(tmp_path / "baseline") == objects(tmp_path / "dist")


def test_the_parts_time_what_they_claim() -> None:
    """The charts' case builds the chart units of its catalog and the engine's renders the same charts;
    the gate's counts the objects it checks (the figures themselves are make bench's)."""
    parts = tool("bench_parts")
    charts = parts.charts(copies=2, runs=1)
    assert charts["charts"] == 2 and charts["ours_s"] > 0 and charts["engine_s"] > 0
    gate = parts.gate(copies=2, runs=1)
    assert gate["objects"] > 20 and gate["objects_per_second"] > 0
