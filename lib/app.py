"""Build the cdk8s App from the values, and write dist/ atomically."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from cdk8s import App, YamlOutputType

from lib.charts import NamespaceChart, OllamaChart
from lib.config import Values


def build_app(values: Values, outdir: Path) -> App:
    """The App with one chart per deploy unit; chart ids are the dist/ folder names."""
    app = App(outdir=str(outdir), yaml_output_type=YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE)
    NamespaceChart(app, f"namespace-{values.namespace.name}", namespace=values.namespace, part_of=values.part_of)
    OllamaChart(
        app,
        values.ollama.name,
        namespace=values.namespace.name,
        ollama=values.ollama,
        ingress=values.ingress,
        part_of=values.part_of,
    )
    return app


def synth(values: Values, outdir: Path) -> None:
    """Render into a staging folder beside `outdir`, then swap it in.

    `outdir` is replaced whole (no stale file survives) or, on any error, left
    byte-for-byte as it was.
    """
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-staging-", dir=outdir.parent))
    try:
        build_app(values, staging).synth()
        _swap_in(staging, outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, outdir: Path) -> None:
    """Replace `outdir` by `staging` with two renames on one filesystem."""
    if not outdir.exists():
        staging.rename(outdir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-old-", dir=outdir.parent))
    old.rmdir()
    outdir.rename(old)
    try:
        staging.rename(outdir)
    except OSError:
        old.rename(outdir)
        raise
    shutil.rmtree(old)
