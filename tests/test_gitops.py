"""GitOps delivery: bootstrap objects, safe-sync annotations, kustomizations, and the empty-unit guard."""

from __future__ import annotations

import dataclasses
import functools
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import cdk8s
import pytest
import yaml
from cdk8s import Chart
from conftest import CATALOGS, ROOT, SHARED_CRDS, find, load, manifests, render_values
from test_foundation import tree

from lib.checks import RenderError
from lib.engines.argocd import ArgoCdBootstrap
from lib.engines.flux import FluxBootstrap
from lib.labels import AppLabels
from lib.manifests import Manifest, Units, api_group
from lib.synth import check, render, synth
from lib.units import DeployUnit, NamespaceUnit, Unit, deploy_units
from lib.units.access import WRITE, resource
from lib.values.schema import Namespace, Revision, Values

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LABELS = AppLabels(name="bootstrap", instance="bootstrap", version="1", part_of="homelab")
REPO = "https://git.example.com/homelab.git"
MAIN = Revision(branch="main")
COMMIT = "0123456789abcdef0123456789abcdef01234567"
ROOT_UNIT = "gitops-test"


@dataclasses.dataclass
class FakeUnit:
    """A deploy unit as the bootstrap sees it, without a chart."""

    unit_name: str
    destination: str
    objects: list[Manifest]
    depends_on: tuple[str, ...] = ()
    replace: bool = False
    timeout: str | None = None
    installs: str | None = None
    account: str | None = None

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
    ArgoCdBootstrap(
        chart, "b", labels=LABELS, units=[APP_UNIT, NS_UNIT], repo_url=REPO, revision=MAIN, path="dist", root=ROOT_UNIT
    )
    objects = manifests(chart)
    project = find(objects, "AppProject", "homelab")["spec"]
    assert project["sourceRepos"] == [REPO], "only this repository"
    assert project["destinations"] == [{"namespace": "ml", "server": "https://kubernetes.default.svc"}]
    assert project["clusterResourceWhitelist"] == [{"group": "", "kind": "Namespace", "name": "ml"}], "by name"
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
    assert waves == {ROOT_UNIT: -1, "namespace-ml": 0, "ollama": 1}, "the namespace syncs before what lives in it"


def test_argocd_bootstrap_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="gitops")
    tag = Revision(tag="v1.2.0")
    ArgoCdBootstrap(
        chart,
        "b",
        labels=LABELS,
        units=[NS_UNIT],
        repo_url=REPO,
        revision=tag,
        path="deploy",
        root=ROOT_UNIT,
        project="lab",
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
        construct(new_chart(), "b", labels=LABELS, units=[], repo_url=REPO, path="dist", revision=MAIN, root=ROOT_UNIT)
    cycle = [dataclasses.replace(NS_UNIT, depends_on=("ollama",)), APP_UNIT]
    with pytest.raises(ValueError, match="cycle"):
        construct(
            new_chart(), "c", labels=LABELS, units=cycle, repo_url=REPO, path="dist", revision=MAIN, root=ROOT_UNIT
        )


def test_flux_bootstrap_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace="flux-system")
    FluxBootstrap(
        chart, "b", labels=LABELS, units=[NS_UNIT, APP_UNIT], repo_url=REPO, revision=MAIN, path="dist", root=ROOT_UNIT
    )
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
        root=ROOT_UNIT,
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
    kwargs: dict[str, Any] = {"labels": LABELS, "units": [NS_UNIT], "repo_url": REPO, "path": "dist", "root": ROOT_UNIT}
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

    def build(unit: Path) -> str:
        return subprocess.run(["kubectl", "kustomize", str(unit)], capture_output=True, text=True, check=True).stdout

    with ThreadPoolExecutor(max_workers=4) as pool:  # a kubectl each: they wait on one another's cores only
        for unit, built in zip(units, pool.map(build, units), strict=True):
            count = sum(1 for line in built.splitlines() if line.startswith("kind: "))
            assert count == len(list(unit.glob("*.k8s.yaml"))), unit.name


def test_both_engines_render_valid_bootstrap_units(values: Values, tmp_path: Path) -> None:
    both = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine="both"))
    units = render_values(both)
    check(units, both)  # raises RenderError if a bootstrap object fails a check
    assert sorted(units) == sorted([*render_with(values, "argocd"), "gitops-flux"])
    find(units["gitops-flux"], "Kustomization", "ollama")
    assert find(units["gitops-flux"], "Kustomization", "ollama")["spec"]["dependsOn"] == [{"name": "namespace-ml"}]


# ---------------------------------------------------------------- the engines' own units, the roots, least privilege

ENGINES = CATALOGS / "engines.yaml"
ENGINE_UNITS = {"argocd": {"argocd", "argocd-crds"}, "flux": {"flux", "flux-crds"}}
FINALIZER = "resources-finalizer.argocd.argoproj.io"


@functools.cache
def engines_catalog(engine: str) -> tuple[Values, list[Unit], Units]:
    """The engines catalog with `gitops.engine` set, its units and their render, made once a session."""
    values = load(ENGINES)
    values = dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine=engine))
    units = deploy_units(cdk8s.App(), values, repository=CATALOGS)
    return values, units, render(units, values)


def objects_of(rendered: Units, unit: str, kind: str) -> dict[str, Manifest]:
    return {o["metadata"]["name"]: o for o in rendered[unit] if o["kind"] == kind}


def synced(rendered: Units) -> set[str]:
    return {u for u in rendered if not u.startswith("gitops-")}


def test_the_engines_catalog_passes_the_gate_with_both_engines() -> None:
    values, units, rendered = engines_catalog("both")
    check(rendered, values, units)


@pytest.mark.parametrize("engine", ["argocd", "flux", "both"])
def test_an_engine_s_own_chart_renders_only_while_gitops_engine_names_it(engine: str) -> None:
    rendered = engines_catalog(engine)[2]
    expected = set().union(*(ENGINE_UNITS[e] for e in ENGINE_UNITS if engine in (e, "both")))
    assert (
        synced(rendered) - {"namespace-tools", "whoami", "widgets", "widgets-crds", "gadgets", "sprockets"} == expected
    )


def test_argocd_s_root_application_syncs_the_bootstrap_folder_which_holds_every_unit() -> None:
    rendered = engines_catalog("argocd")[2]
    applications = objects_of(rendered, "gitops-argocd", "Application")
    root = applications["gitops-argocd"]["spec"]
    assert root["source"]["path"] == "dist/gitops-argocd", "the folder applied by hand once"
    assert root["destination"]["namespace"] == "argocd" and root["project"] == "gitops"
    assert root["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True, "allowEmpty": False}
    assert set(applications) == synced(rendered) | {"gitops-argocd"}, "a new unit's Application syncs with no re-apply"


def test_flux_s_root_kustomization_applies_the_bootstrap_folder_which_holds_every_unit() -> None:
    rendered = engines_catalog("flux")[2]
    kustomizations = objects_of(rendered, "gitops-flux", "Kustomization")
    root = kustomizations["gitops-flux"]["spec"]
    assert (root["path"], root["prune"], root["sourceRef"]) == (
        "./dist/gitops-flux", True, {"kind": "GitRepository", "name": "homelab"}
    )  # fmt: skip
    assert set(kustomizations) == synced(rendered) | {"gitops-flux"}


def test_argocd_s_root_never_prunes_the_engines_and_deleting_either_deletes_nothing_else() -> None:
    applications = objects_of(engines_catalog("both")[2], "gitops-argocd", "Application")
    kept = ENGINE_UNITS["argocd"] | ENGINE_UNITS["flux"] | {"gitops-argocd"}
    for name, app in applications.items():
        meta = app["metadata"]
        if name in kept:
            assert meta["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false", name
            assert "finalizers" not in meta, f"{name}: deleting it would delete the engine"
        else:
            assert "argocd.argoproj.io/sync-options" not in meta["annotations"], name
            assert meta["finalizers"] == [FINALIZER], f"{name}: pruned by the root, its objects go with it"


def test_flux_s_root_never_prunes_the_engines_nor_the_source_and_deleting_either_orphans() -> None:
    rendered = engines_catalog("both")[2]
    kustomizations = objects_of(rendered, "gitops-flux", "Kustomization")
    kept = ENGINE_UNITS["argocd"] | ENGINE_UNITS["flux"] | {"gitops-flux"}
    for name, kustomization in kustomizations.items():
        annotations = kustomization["metadata"].get("annotations", {})
        if name in kept:
            assert annotations == {"kustomize.toolkit.fluxcd.io/prune": "disabled"}, name
            assert kustomization["spec"]["deletionPolicy"] == "Orphan", f"{name}: deleting it deletes nothing"
        else:
            assert annotations == {} and "deletionPolicy" not in kustomization["spec"], name
    source = objects_of(rendered, "gitops-flux", "GitRepository")["homelab"]
    assert source["metadata"]["annotations"] == {"kustomize.toolkit.fluxcd.io/prune": "disabled"}


def test_each_app_project_allows_exactly_what_its_units_render() -> None:
    rendered = engines_catalog("both")[2]
    projects = {name: p["spec"] for name, p in objects_of(rendered, "gitops-argocd", "AppProject").items()}
    needs: dict[str, dict[str, set[Any]]] = {p: {"ns": set(), "cluster": set(), "kinds": set()} for p in projects}
    needs["gitops"] |= {"ns": {"argocd"}, "kinds": {("argoproj.io", "AppProject"), ("argoproj.io", "Application")}}
    for name, app in objects_of(rendered, "gitops-argocd", "Application").items():
        if name == "gitops-argocd":
            continue
        need = needs[app["spec"]["project"]]
        need["ns"].add(app["spec"]["destination"]["namespace"])
        for obj in rendered[name]:
            group, namespace = api_group(obj), obj["metadata"].get("namespace")
            if namespace:
                need["ns"].add(namespace)
                need["kinds"].add((group, obj["kind"]))
            else:
                need["cluster"].add((group, obj["kind"], obj["metadata"]["name"]))
    for name, spec in projects.items():
        assert spec["sourceRepos"] == ["https://git.example.com/homelab.git"]
        assert {d["namespace"] for d in spec["destinations"]} == needs[name]["ns"], name
        assert {(c["group"], c["kind"], c["name"]) for c in spec["clusterResourceWhitelist"]} == needs[name]["cluster"]
        assert {(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]} == needs[name]["kinds"], name
    assert projects["homelab"]["clusterResourceWhitelist"] == [{"group": "", "kind": "Namespace", "name": "tools"}]
    assert projects["platform"]["clusterResourceWhitelist"] == [
        {"group": "apiextensions.k8s.io", "kind": "CustomResourceDefinition", "name": "things.widgets.example.com"},
        {"group": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "widgets-controller"},
    ], "a chart's cluster-scoped objects, each by name, in a project of their own"
    assert {d["namespace"] for d in projects["gitops"]["destinations"]} == {"argocd", "flux-system"}
    assert {d["namespace"] for d in projects["homelab"]["destinations"]} == {"tools"}, "the catalog's own only"
    assert {d["namespace"] for d in projects["platform"]["destinations"]} == {"shared", "tools"}, (
        "a namespace the catalog does not render (kube-system, say) is the platform's to write"
    )


def test_flux_applies_each_confined_unit_as_its_namespace_s_reconciler_and_the_rest_as_itself() -> None:
    rendered = engines_catalog("flux")[2]
    accounts = {
        n: k["spec"].get("serviceAccountName") for n, k in objects_of(rendered, "gitops-flux", "Kustomization").items()
    }
    assert {n for n, a in accounts.items() if a} == {"whoami", "gadgets"}, "all their objects live in tools"
    assert set(accounts.values()) == {None, "tools-reconciler"}
    account = objects_of(rendered, "gitops-flux", "ServiceAccount")["tools-reconciler"]
    assert (account["metadata"]["namespace"], account["automountServiceAccountToken"]) == ("flux-system", False)
    binding = objects_of(rendered, "namespace-tools", "RoleBinding")["gitops-reconciler"]
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "tools-reconciler", "namespace": "flux-system"}]
    assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "gitops-reconciler"}
    rules = {
        (r["apiGroups"][0], resource, tuple(r["verbs"]))
        for r in objects_of(rendered, "namespace-tools", "Role")["gitops-reconciler"]["rules"]
        for resource in r["resources"]
    }
    write, read = tuple(sorted(WRITE)), ("get", "list", "watch")
    assert rules == {
        ("", "configmaps", write), ("", "serviceaccounts", write), ("", "services", write), ("", "pods", read),
        ("apps", "deployments", write), ("apps", "replicasets", read), ("cert-manager.io", "certificates", write),
        ("networking.k8s.io", "networkpolicies", write), ("traefik.io", "ingressroutes", write),
    }, "exactly what whoami and gadgets render, and what Flux's health check reads of a Deployment"  # fmt: skip


def test_no_reconciler_is_rendered_where_no_engine_impersonates() -> None:
    rendered = engines_catalog("argocd")[2]
    assert {o["kind"] for o in rendered["namespace-tools"]} == {"Namespace", "NetworkPolicy", "Middleware"}


@pytest.mark.parametrize(
    ("kind", "resource_name"),
    [("NetworkPolicy", "networkpolicies"), ("Ingress", "ingresses"), ("Endpoints", "endpoints"),
     ("ConfigMap", "configmaps"), ("PersistentVolumeClaim", "persistentvolumeclaims")],
)  # fmt: skip
def test_a_kind_s_resource_is_guessed_as_kubernetes_guesses_it(kind: str, resource_name: str) -> None:
    assert resource(kind) == resource_name


@pytest.mark.skipif(not SHARED_CRDS.is_dir(), reason="../shared/crds is not beside this checkout")
def test_the_guess_is_the_plural_every_crd_the_catalog_relies_on_declares() -> None:
    crds = [d for f in sorted(SHARED_CRDS.glob("*.yaml")) for d in yaml.load_all(f.read_text(), Loader=LOADER) if d]
    assert len(crds) > 10
    assert [c["spec"]["names"]["plural"] for c in crds] == [resource(c["spec"]["names"]["kind"]) for c in crds]
