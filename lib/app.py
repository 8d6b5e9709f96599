"""Render the values into deploy units, check them, and write dist/ atomically.

    values -> charts (cdk8s constructs) -> objects per unit -> checks -> dist/<unit>/<Kind>.<name>.k8s.yaml

Each chart is rendered with one `Chart.to_json()` call, and the YAML is
written here: validation works on the same objects in memory, with no
re-read, and the files appear in dist/ only once every check has passed.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from cdk8s import App, Chart

from lib.charts import GitOpsChart, NamespaceChart, OllamaChart
from lib.config import Values
from lib.gitops import annotate_for_gitops, unit_of
from lib.validate import Manifest, Problem, RenderError, validate

KUSTOMIZATION = "kustomization.yaml"
Units = dict[str, list[Manifest]]


@dataclass(frozen=True)
class Workload:
    """A chart to deploy: its objects land in dist/<chart id>, synced into `namespace`."""

    chart: Chart
    namespace: str
    depends_on: tuple[str, ...] = ()


def homelab_workloads(app: App, values: Values) -> list[Workload]:
    """The deploy units the values describe: the namespace first, then Ollama in it."""
    ns = values.namespace.name
    namespace = NamespaceChart(app, f"namespace-{ns}", namespace=values.namespace, part_of=values.part_of)
    ollama = OllamaChart(
        app, values.ollama.name, namespace=ns, ollama=values.ollama, ingress=values.ingress, part_of=values.part_of
    )
    return [Workload(namespace, ns), Workload(ollama, ns, depends_on=(namespace.node.id,))]


def render(app: App, values: Values, workloads: Sequence[Workload]) -> Units:
    """The objects of every unit: the workloads, marked for safe syncs, then the GitOps bootstrap for them."""
    engines = values.gitops.engines
    argocd, flux = "argocd" in engines, "flux" in engines
    units = {w.chart.node.id: annotate_for_gitops(w.chart.to_json(), argocd=argocd, flux=flux) for w in workloads}
    described = [unit_of(w.chart.node.id, w.namespace, units[w.chart.node.id], w.depends_on) for w in workloads]
    bootstrap = [
        GitOpsChart(app, f"gitops-{e}", engine=e, gitops=values.gitops, units=described, part_of=values.part_of)
        for e in engines
    ]
    return units | {chart.node.id: chart.to_json() for chart in bootstrap}


def external_namespaces(values: Values) -> set[str]:
    """Namespaces objects may live in without being rendered: declared, or the GitOps engine's own."""
    return set(values.cluster.external_namespaces) | set(values.gitops.engines.values())


def synth(values: Values, outdir: Path) -> None:
    """Render the values and write them to `outdir` (see `write`)."""
    app = App()
    units = render(app, values, homelab_workloads(app, values))
    write(units, outdir, kubernetes_version=values.cluster.kubernetes_version, external=external_namespaces(values))


def write(units: Units, outdir: Path, *, kubernetes_version: str, external: Iterable[str] = ()) -> None:
    """Check the units, then replace `outdir` by them whole.

    On any error `outdir` stays byte-for-byte as it was: RenderError for an
    empty unit or a failed check, the exception itself otherwise.
    """
    refusal = "renders no object; refusing to write a dist/ that would prune it"
    empty = [Problem({"kind": "DeployUnit", "metadata": {"name": n}}, refusal) for n, objs in units.items() if not objs]
    if empty:
        raise RenderError(empty)
    problems = validate(
        [obj for objs in units.values() for obj in objs],
        kubernetes_version=kubernetes_version,
        external_namespaces=external,
    )
    if problems:
        raise RenderError(problems)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-staging-", dir=outdir.parent))
    try:
        for name, objs in units.items():
            _write_unit(staging / name, objs)
        _swap_in(staging, outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class _Dumper(yaml.CSafeDumper if hasattr(yaml, "CSafeDumper") else yaml.SafeDumper):  # type: ignore[misc]
    """Block YAML, keys in the order cdk8s renders them, multi-line strings as `|` blocks."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _represent_str)


def dump(obj: Any) -> str:
    """One object as dist/ holds it."""
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, width=1_000_000, allow_unicode=True)


def _write_unit(folder: Path, objects: list[Manifest]) -> None:
    """One file per object, `<Kind>.<name>.k8s.yaml`, and a kustomization.yaml listing them."""
    folder.mkdir()
    files = []
    for obj in objects:
        file = f"{obj['kind']}.{obj['metadata']['name']}.k8s.yaml"
        if file in files:
            raise ValueError(f"{folder.name}: two objects would be written to {file}")
        (folder / file).write_text(dump(obj))
        files.append(file)
    kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization"}
    (folder / KUSTOMIZATION).write_text(dump({**kustomization, "resources": sorted(files)}))


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
