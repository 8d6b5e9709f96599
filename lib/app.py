"""Build the cdk8s App from the values, and write dist/ atomically, validated."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from cdk8s import App, YamlOutputType

from lib.charts import ArgoCdChart, FluxChart, NamespaceChart, OllamaChart
from lib.config import Values
from lib.gitops import annotate_for_gitops, unit_of
from lib.validate import Manifest, Problem, RenderError, validate

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KUSTOMIZATION = "kustomization.yaml"


def build_app(values: Values, outdir: Path) -> App:
    """The App with one chart per deploy unit; chart ids are the dist/ folder names."""
    app = App(outdir=str(outdir), yaml_output_type=YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE)
    ns = values.namespace.name
    namespace_unit = NamespaceChart(app, f"namespace-{ns}", namespace=values.namespace, part_of=values.part_of)
    ollama_unit = OllamaChart(
        app, values.ollama.name, namespace=ns, ollama=values.ollama, ingress=values.ingress, part_of=values.part_of
    )

    engine = values.gitops.engine
    argocd, flux = engine in ("argocd", "both"), engine in ("flux", "both")
    for chart in (namespace_unit, ollama_unit):
        annotate_for_gitops(chart, argocd=argocd, flux=flux)
    units = [unit_of(namespace_unit, ns), unit_of(ollama_unit, ns, depends_on=[namespace_unit.node.id])]
    if argocd:
        ArgoCdChart(app, "gitops-argocd", gitops=values.gitops, units=units, part_of=values.part_of)
    if flux:
        FluxChart(app, "gitops-flux", gitops=values.gitops, units=units, part_of=values.part_of)
    return app


def external_namespaces(values: Values) -> set[str]:
    """Namespaces objects may live in without being rendered: declared, or the GitOps engine's own."""
    engine = values.gitops.engine
    gitops = {values.gitops.argocd_namespace} if engine in ("argocd", "both") else set()
    gitops |= {values.gitops.flux_namespace} if engine in ("flux", "both") else set()
    return set(values.cluster.external_namespaces) | gitops


def synth(values: Values, outdir: Path) -> None:
    """Render into a staging folder beside `outdir`, check it, then swap it in.

    `outdir` is replaced whole (no stale file survives) or, on any error, left
    byte-for-byte as it was. Raises RenderError when the render is invalid.
    """
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-staging-", dir=outdir.parent))
    try:
        app = build_app(values, staging)
        app.synth()
        objects = finish_units(staging, [c.node.id for c in app.charts])
        problems = validate(
            objects,
            kubernetes_version=values.cluster.kubernetes_version,
            external_namespaces=external_namespaces(values),
        )
        if problems:
            raise RenderError(problems)
        _swap_in(staging, outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def finish_units(staging: Path, unit_names: list[str]) -> list[Manifest]:
    """Check each unit rendered something, write its kustomization.yaml, and return every object.

    An empty or missing unit is refused: synced with pruning on, it would
    delete everything that unit owns in the cluster.
    """
    objects: list[Manifest] = []
    problems = []
    for name in unit_names:
        files = sorted(p.name for p in (staging / name).glob("*.yaml")) if (staging / name).is_dir() else []
        if not files:
            unit = {"kind": "DeployUnit", "metadata": {"name": name}}
            problems.append(Problem(unit, "renders no object; refusing to write a dist/ that would prune it"))
            continue
        for file in files:
            objects += [d for d in yaml.load_all((staging / name / file).read_text(), Loader=_LOADER) if d]
        kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": files}
        (staging / name / KUSTOMIZATION).write_text(yaml.safe_dump(kustomization, sort_keys=False))
    if problems:
        raise RenderError(problems)
    return objects


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
