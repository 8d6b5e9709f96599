"""GitOps delivery: bootstrap objects, safe-sync annotations, kustomizations, and the empty-unit guard."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cdk8s
import pytest
from cdk8s import Chart
from conftest import find, manifests
from test_foundation import tree

import lib.app
from lib.app import homelab_workloads, render, synth
from lib.config import Values
from lib.gitops import ArgoCdBootstrap, FluxBootstrap, Unit
from lib.labels import AppLabels
from lib.validate import RenderError

LABELS = AppLabels(name="bootstrap", instance="bootstrap", version="1", part_of="homelab")
NS_UNIT = Unit(name="namespace-ml", namespace="ml", cluster_kinds=frozenset({("", "Namespace")}))
APP_UNIT = Unit(
    name="ollama",
    namespace="ml",
    depends_on=("namespace-ml",),
    namespaced_kinds=frozenset({("apps", "Deployment"), ("traefik.io", "IngressRoute")}),
)
REPO = "https://git.example.com/homelab.git"


def test_argocd_bootstrap_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="argocd")
    ArgoCdBootstrap(chart, "b", labels=LABELS, units=[APP_UNIT, NS_UNIT], repo_url=REPO, revision="main", path="dist")
    objects = manifests(chart)
    project = find(objects, "AppProject", "homelab")["spec"]
    assert project["sourceRepos"] == [REPO], "only this repository"
    assert project["destinations"] == [{"namespace": "ml", "server": "https://kubernetes.default.svc"}]
    assert project["clusterResourceWhitelist"] == [{"group": "", "kind": "Namespace"}]
    assert project["namespaceResourceWhitelist"] == [
        {"group": "apps", "kind": "Deployment"},
        {"group": "traefik.io", "kind": "IngressRoute"},
    ]
    app = find(objects, "Application", "ollama")
    spec = app["spec"]
    assert spec["project"] == "homelab"
    assert spec["source"] == {"repoURL": REPO, "targetRevision": "main", "path": "dist/ollama"}
    assert spec["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "ml"}
    assert spec["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True, "allowEmpty": False}
    assert "ServerSideApply=true" in spec["syncPolicy"]["syncOptions"]
    assert spec["syncPolicy"]["retry"]["limit"] > 0
    waves = {
        o["metadata"]["name"]: int(o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        for o in objects
        if o["kind"] == "Application"
    }
    assert waves == {"namespace-ml": 0, "ollama": 1}, "the namespace syncs before what lives in it"


def test_argocd_bootstrap_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="gitops")
    ArgoCdBootstrap(
        chart, "b", labels=LABELS, units=[NS_UNIT], repo_url=REPO, revision="v1.2.0", path="deploy", project="lab"
    )
    objects = manifests(chart)
    find(objects, "AppProject", "lab")
    spec = find(objects, "Application", "namespace-ml")["spec"]
    assert spec["project"] == "lab"
    assert spec["source"]["path"] == "deploy/namespace-ml"
    assert spec["source"]["targetRevision"] == "v1.2.0"


@pytest.mark.parametrize("construct", [ArgoCdBootstrap, FluxBootstrap])
def test_bootstrap_rejects_no_units_and_cycles(new_chart: Callable[..., Chart], construct: Any) -> None:
    revision = {"revision": "main"} if construct is ArgoCdBootstrap else {"branch": "main"}
    with pytest.raises(ValueError, match="units must not be empty"):
        construct(new_chart(), "b", labels=LABELS, units=[], repo_url=REPO, path="dist", **revision)
    cycle = [dataclasses.replace(NS_UNIT, depends_on=("ollama",)), APP_UNIT]
    with pytest.raises(ValueError, match="cycle"):
        construct(new_chart(), "c", labels=LABELS, units=cycle, repo_url=REPO, path="dist", **revision)


def test_flux_bootstrap_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="flux-system")
    FluxBootstrap(chart, "b", labels=LABELS, units=[NS_UNIT, APP_UNIT], repo_url=REPO, branch="main", path="dist")
    objects = manifests(chart)
    source = find(objects, "GitRepository", "homelab")["spec"]
    assert source["url"] == REPO
    assert source["ref"] == {"branch": "main"}
    ns = find(objects, "Kustomization", "namespace-ml")["spec"]
    app = find(objects, "Kustomization", "ollama")["spec"]
    assert app["path"] == "./dist/ollama"
    assert (app["prune"], app["wait"], app["timeout"]) == (True, True, "5m")
    assert app["sourceRef"] == {"kind": "GitRepository", "name": "homelab"}
    assert app["dependsOn"] == [{"name": "namespace-ml"}], "the namespace unit comes first"
    assert "dependsOn" not in ns


def test_flux_bootstrap_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="flux-system")
    FluxBootstrap(
        chart,
        "b",
        labels=LABELS,
        units=[NS_UNIT],
        repo_url=REPO,
        branch="prod",
        path="out",
        source_name="lab",
        interval="1h",
        timeout="10m",
    )
    objects = manifests(chart)
    spec = find(objects, "Kustomization", "namespace-ml")["spec"]
    assert (spec["interval"], spec["timeout"], spec["path"]) == ("1h", "10m", "./out/namespace-ml")
    assert spec["sourceRef"]["name"] == "lab"
    assert find(objects, "GitRepository", "lab")["spec"]["ref"] == {"branch": "prod"}


def render_with(values: Values, engine: str) -> dict[str, list[dict[str, Any]]]:
    chosen = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine=engine))
    app = cdk8s.App()
    return render(app, chosen, homelab_workloads(app, chosen))


@pytest.mark.parametrize(
    ("engine", "bootstrap"),
    [("argocd", ["gitops-argocd"]), ("flux", ["gitops-flux"]), ("both", ["gitops-argocd", "gitops-flux"])],
)
def test_values_choose_the_gitops_engine(values: Values, engine: str, bootstrap: list[str]) -> None:
    units = render_with(values, engine)
    assert sorted(u for u in units if u.startswith("gitops-")) == bootstrap


@pytest.mark.parametrize("engine", ["argocd", "flux", "both"])
def test_pvc_and_namespace_are_never_pruned_or_deleted(values: Values, engine: str) -> None:
    units = render_with(values, engine)
    for kind, name, unit in [("PersistentVolumeClaim", "ollama", "ollama"), ("Namespace", "ml", "namespace-ml")]:
        annotations = find(units[unit], kind, name)["metadata"].get("annotations", {})
        if engine in ("argocd", "both"):
            options = annotations["argocd.argoproj.io/sync-options"].split(",")
            assert {"Prune=false", "Delete=false"} <= set(options), kind
        if engine in ("flux", "both"):
            assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled", kind


def test_custom_resources_skip_argocd_dry_run_while_their_crd_is_missing(values: Values) -> None:
    units = render_with(values, "argocd")
    for obj in units["ollama"]:
        options = obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-options", "")
        custom = obj["kind"] in ("IngressRoute", "Middleware", "Certificate")
        assert ("SkipDryRunOnMissingResource=true" in options) == custom, obj["kind"]


def test_synth_refuses_an_empty_unit_and_leaves_dist_unchanged(
    values: Values, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dist"
    shutil.copytree(Path(lib.app.__file__).parent.parent / "dist", out)
    before = tree(out)

    class EmptyOllamaChart(Chart):
        def __init__(self, scope: Any, id: str, **_: Any) -> None:
            super().__init__(scope, id, namespace="ml")

    monkeypatch.setattr(lib.app, "OllamaChart", EmptyOllamaChart)
    with pytest.raises(RenderError, match="DeployUnit ollama: renders no object"):
        synth(values, out)
    assert tree(out) == before


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not on the PATH")
def test_kubectl_kustomize_builds_every_unit_with_all_its_objects() -> None:
    dist = Path(lib.app.__file__).parent.parent / "dist"
    units = sorted(p for p in dist.iterdir() if p.is_dir())
    assert units
    for unit in units:
        built = subprocess.run(["kubectl", "kustomize", str(unit)], capture_output=True, text=True, check=True).stdout
        count = sum(1 for line in built.splitlines() if line.startswith("kind: "))
        assert count == len(list(unit.glob("*.k8s.yaml"))), unit.name


def test_both_engines_render_valid_bootstrap_units(values: Values, tmp_path: Path) -> None:
    both = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine="both"))
    synth(both, tmp_path / "dist")  # raises RenderError if a bootstrap object fails a check
    units = sorted(p.name for p in (tmp_path / "dist").iterdir())
    assert units == ["gitops-argocd", "gitops-flux", "namespace-ml", "ollama"]
    assert (tmp_path / "dist" / "gitops-flux" / "Kustomization.ollama.k8s.yaml").exists()
