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
from conftest import ROOT, find, manifests, render_values
from test_foundation import tree

from lib.checks import RenderError
from lib.engines.argocd import ArgoCdBootstrap
from lib.engines.flux import FluxBootstrap
from lib.labels import AppLabels
from lib.manifests import Manifest
from lib.synth import check, synth
from lib.units import DeployUnit, NamespaceUnit
from lib.values.schema import Namespace, Revision, Values

LABELS = AppLabels(name="bootstrap", instance="bootstrap", version="1", part_of="homelab")
REPO = "https://git.example.com/homelab.git"
MAIN = Revision(branch="main")
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclasses.dataclass
class FakeUnit:
    """A deploy unit as the bootstrap sees it, without a chart."""

    unit_name: str
    destination: str
    objects: list[Manifest]
    depends_on: tuple[str, ...] = ()
    replace: bool = False
    timeout: str | None = None

    def manifests(self) -> list[Manifest]:
        return self.objects

    def hooks(self) -> dict[Any, Any]:
        return {}


NS_UNIT = FakeUnit("namespace-ml", "ml", [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "ml"}}])
APP_UNIT = FakeUnit(
    "ollama",
    "ml",
    [
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a", "namespace": "ml"}},
        {"apiVersion": "traefik.io/v1alpha1", "kind": "IngressRoute", "metadata": {"name": "b", "namespace": "ml"}},
    ],
    depends_on=("namespace-ml",),
)


def test_argocd_bootstrap_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="argocd")
    ArgoCdBootstrap(chart, "b", labels=LABELS, units=[APP_UNIT, NS_UNIT], repo_url=REPO, revision=MAIN, path="dist")
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
    # Retried for good (a limit below 0, Argo CD's application.yaml reference): a failed verification hook
    # is run again, never left failed until the next commit.
    assert spec["syncPolicy"]["retry"] == {
        "limit": -1,
        "backoff": {"duration": "10s", "factor": 2, "maxDuration": "10m"},
    }
    waves = {
        o["metadata"]["name"]: int(o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        for o in objects
        if o["kind"] == "Application"
    }
    assert waves == {"namespace-ml": 0, "ollama": 1}, "the namespace syncs before what lives in it"


def test_argocd_bootstrap_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="gitops")
    tag = Revision(tag="v1.2.0")
    ArgoCdBootstrap(
        chart, "b", labels=LABELS, units=[NS_UNIT], repo_url=REPO, revision=tag, path="deploy", project="lab"
    )
    objects = manifests(chart)
    find(objects, "AppProject", "lab")
    spec = find(objects, "Application", "namespace-ml")["spec"]
    assert spec["project"] == "lab"
    assert spec["source"]["path"] == "deploy/namespace-ml"
    assert spec["source"]["targetRevision"] == "v1.2.0"


@pytest.mark.parametrize("construct", [ArgoCdBootstrap, FluxBootstrap])
def test_bootstrap_rejects_no_units_and_cycles(new_chart: Callable[..., Chart], construct: Any) -> None:
    with pytest.raises(ValueError, match="units must not be empty"):
        construct(new_chart(), "b", labels=LABELS, units=[], repo_url=REPO, path="dist", revision=MAIN)
    cycle = [dataclasses.replace(NS_UNIT, depends_on=("ollama",)), APP_UNIT]
    with pytest.raises(ValueError, match="cycle"):
        construct(new_chart(), "c", labels=LABELS, units=cycle, repo_url=REPO, path="dist", revision=MAIN)


def test_flux_bootstrap_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="flux-system")
    FluxBootstrap(chart, "b", labels=LABELS, units=[NS_UNIT, APP_UNIT], repo_url=REPO, revision=MAIN, path="dist")
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
        revision=Revision(branch="prod"),
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


@pytest.mark.parametrize(
    ("revision", "ref"),
    [
        (Revision(branch="release/1.x"), {"branch": "release/1.x"}),
        (Revision(tag="v1.2.0"), {"tag": "v1.2.0"}),
        (Revision(commit=COMMIT), {"commit": COMMIT}),
    ],
)
def test_each_kind_of_revision_reaches_both_engines(
    new_chart: Callable[..., Chart], revision: Revision, ref: dict[str, str]
) -> None:
    chart = new_chart(namespace="gitops")
    kwargs: dict[str, Any] = {"labels": LABELS, "units": [NS_UNIT], "repo_url": REPO, "path": "dist"}
    FluxBootstrap(chart, "flux", revision=revision, **kwargs)
    ArgoCdBootstrap(chart, "argocd", revision=revision, **kwargs)
    objects = manifests(chart)
    assert find(objects, "GitRepository", "homelab")["spec"]["ref"] == ref, "Flux: ref.branch, ref.tag or ref.commit"
    source = find(objects, "Application", "namespace-ml")["spec"]["source"]
    assert source["targetRevision"] == next(iter(ref.values())), "Argo CD: targetRevision takes each"


def render_with(values: Values, engine: str) -> dict[str, list[dict[str, Any]]]:
    return render_values(dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine=engine)))


@pytest.mark.parametrize(
    ("engine", "bootstrap"),
    [("argocd", ["gitops-argocd"]), ("flux", ["gitops-flux"]), ("both", ["gitops-argocd", "gitops-flux"])],
)
def test_values_choose_the_gitops_engine(values: Values, engine: str, bootstrap: list[str]) -> None:
    units = render_with(values, engine)
    assert sorted(u for u in units if u.startswith("gitops-")) == bootstrap


@pytest.mark.parametrize("engine", ["argocd", "flux", "both"])
def test_volume_claims_and_namespaces_are_never_pruned_or_deleted(values: Values, engine: str) -> None:
    units = render_with(values, engine)
    kept = [
        (unit, o) for unit, objs in units.items() for o in objs if o["kind"] in ("PersistentVolumeClaim", "Namespace")
    ]
    assert {o["kind"] for _, o in kept} == {"PersistentVolumeClaim", "Namespace"}
    for unit, obj in kept:
        annotations = obj["metadata"].get("annotations", {})
        if engine in ("argocd", "both"):
            options = annotations["argocd.argoproj.io/sync-options"].split(",")
            assert {"Prune=false", "Delete=false"} <= set(options), (unit, obj["kind"])
        if engine in ("flux", "both"):
            assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled", (unit, obj["kind"])


def test_custom_resources_skip_argocd_dry_run_while_their_crd_is_missing(library: dict[str, Any]) -> None:
    synced = [o for unit, objs in library.items() if not unit.startswith("gitops-") for o in objs]
    assert {o["kind"] for o in synced} >= {"IngressRoute", "Middleware", "Certificate"}
    for obj in synced:
        options = obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-options", "")
        custom = obj["kind"] in ("IngressRoute", "Middleware", "Certificate")
        assert ("SkipDryRunOnMissingResource=true" in options) == custom, obj["kind"]


def test_synth_refuses_an_empty_unit_and_leaves_dist_unchanged(values: Values, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", out)
    before = tree(out)
    app = cdk8s.App()
    namespace = NamespaceUnit(app, "ml", settings=Namespace(), part_of="homelab")
    empty = DeployUnit(app, "ollama", destination="ml", labels=LABELS, namespace="ml", depends_on=[namespace.unit_name])
    with pytest.raises(RenderError, match="DeployUnit ollama: renders no object"):
        synth([namespace, empty], values, out)
    assert tree(out) == before


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not on the PATH")
def test_kubectl_kustomize_builds_every_unit_with_all_its_objects() -> None:
    units = sorted(p for p in (ROOT / "dist").iterdir() if p.is_dir())
    assert units
    for unit in units:
        built = subprocess.run(["kubectl", "kustomize", str(unit)], capture_output=True, text=True, check=True).stdout
        count = sum(1 for line in built.splitlines() if line.startswith("kind: "))
        assert count == len(list(unit.glob("*.k8s.yaml"))), unit.name


def test_both_engines_render_valid_bootstrap_units(values: Values, tmp_path: Path) -> None:
    both = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine="both"))
    units = render_values(both)
    check(units, both)  # raises RenderError if a bootstrap object fails a check
    assert sorted(units) == sorted([*render_with(values, "argocd"), "gitops-flux"])
    find(units["gitops-flux"], "Kustomization", "ollama")
    assert find(units["gitops-flux"], "Kustomization", "ollama")["spec"]["dependsOn"] == [{"name": "namespace-ml"}]
