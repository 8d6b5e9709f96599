"""Helm charts in the catalog, through the values file alone: the tests' own chart (tests/charts/demo:
CRDs, a custom resource, a pre-install hook, a test pod, a randAlphaNum secret, a values.schema.json)
rendered into its units, ordered by both engines, and held to the gate. Each case runs `main.main()`
in-process, in a folder of its own holding the values file and its charts/ (a repository's layout)."""

from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path
from typing import Any

import cdk8s
import pytest
import yaml
from conftest import CATALOGS, ROOT, load
from test_foundation import tree

import main
from lib import helm
from lib.sync import Hook
from lib.synth import check, render
from lib.units import deploy_units
from lib.units.chart import _hook, _without_nulls, render_chart
from lib.values.schema import ChartRef, HelmChart
from lib.vendor import Locked, tree_digest, write_lock

DEMO = ROOT / "tests" / "charts" / "demo"
sys.path.append(str(ROOT / "tools"))  # tools/crd_imports.py, last: tools/ must shadow nothing
CATALOG: dict[str, Any] = {
    "cluster": {"ingress": {"clusterIssuer": "letsencrypt-prod"}},
    "gitops": {"engine": "both", "repoURL": "https://git.example.com/homelab.git"},
    "namespaces": {"demo": {"podSecurity": "baseline"}},
    "charts": {
        "demo": {
            "namespace": "demo",
            "chart": {"path": "charts/local/demo"},
            "values": {"existingSecret": "demo-credentials"},
        }
    },
}


def repository(folder: Path, data: dict[str, Any]) -> Path:
    """A folder laid out as a repository: the values file, and the demo chart in charts/local/."""
    shutil.copytree(DEMO, folder / "charts" / "local" / "demo", dirs_exist_ok=True)
    (folder / "values.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder / "values.yaml"


def run(folder: Path, data: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Path]:
    values, out = repository(folder, data), folder / "dist"
    status = main.main(["--values", str(values), "--outdir", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err, out


def objects(unit: Path) -> dict[str, dict[str, Any]]:
    return {p.name.removesuffix(".k8s.yaml"): yaml.safe_load(p.read_text()) for p in sorted(unit.glob("*.k8s.yaml"))}


def changed(**values: Any) -> dict[str, Any]:
    data = copy.deepcopy(CATALOG)
    data["charts"]["demo"]["values"].update(values)
    return data


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("charts")
    values = repository(folder, CATALOG)
    assert main.main(["--values", str(values), "--outdir", str(folder / "dist")]) == 0, "renders and passes the gate"
    return folder / "dist"


def test_a_chart_s_objects_land_in_its_unit_and_its_crds_in_a_unit_of_their_own(dist: Path) -> None:
    assert sorted(objects(dist / "demo")) == [
        "ConfigMap.demo-capabilities",
        "Gadget.demo-gadget",
        "Job.demo-migrate",
        "Widget.demo-widget",
    ], "the test pod is gone; no random Secret once existingSecret is given"
    assert sorted(objects(dist / "demo-crds")) == [
        "CustomResourceDefinition.gadgets.demo.example.com",
        "CustomResourceDefinition.widgets.demo.example.com",
    ]
    for name, obj in {**objects(dist / "demo"), **objects(dist / "demo-crds")}.items():
        labels = obj["metadata"]["labels"]
        assert labels["app.kubernetes.io/part-of"] == "homelab", name
    widget = objects(dist / "demo")["Widget.demo-widget"]["metadata"]
    assert widget["labels"]["app.kubernetes.io/name"] == "demo", "the chart's own labels are kept"
    capabilities = objects(dist / "demo")["ConfigMap.demo-capabilities"]["data"]
    assert capabilities["kubeVersion"] == "v1.33.0" and capabilities["traefikIngressRoute"] == "true", (
        "the cluster's version, and the API versions the catalog's CRDs serve"
    )


def test_the_crds_are_applied_first_and_never_pruned_in_both_engines(dist: Path) -> None:
    argocd, flux = objects(dist / "gitops-argocd"), objects(dist / "gitops-flux")
    wave = {u: int(argocd[f"Application.{u}"]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
            for u in ("demo-crds", "demo")}  # fmt: skip
    assert wave["demo-crds"] < wave["demo"]
    assert flux["Kustomization.demo"]["spec"]["dependsOn"] == [{"name": "namespace-demo"}, {"name": "demo-crds"}]
    for crd in objects(dist / "demo-crds").values():
        annotations = crd["metadata"]["annotations"]
        assert annotations["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
        assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled"
    sync = argocd["Application.demo-crds"]["spec"]["syncPolicy"]["syncOptions"]
    assert "ServerSideApply=true" in sync, "CRDs too large for client-side apply's annotation"


def test_a_pre_install_hook_becomes_the_engines_own(dist: Path) -> None:
    annotations = objects(dist / "demo")["Job.demo-migrate"]["metadata"]["annotations"]
    assert annotations == {
        "argocd.argoproj.io/hook": "PreSync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation,HookSucceeded",
        "argocd.argoproj.io/sync-wave": "-5",
        "kustomize.toolkit.fluxcd.io/force": "enabled",
    }, "Helm's annotations gone; Flux, which runs no hooks, may replace the Job when it changes"


def test_a_random_value_is_refused_and_accepted_once_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = changed()
    del data["charts"]["demo"]["values"]["existingSecret"]
    status, err, out = run(tmp_path, data, capsys)
    assert status == 1 and not out.exists()
    assert (
        "  Secret demo/demo-random: data.password differs between two renders (a random or time-based value, such "
        "as randAlphaNum): set it through charts.demo.values (the chart's values.yaml names the key), or declare an "
        "exception {check: deterministic} to leave the object out\n"
    ) in err
    assert "hunter" not in err and "password:" not in err, "never a value"


def test_an_exception_leaves_a_random_object_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = changed()
    del data["charts"]["demo"]["values"]["existingSecret"]
    data["charts"]["demo"]["exceptions"] = [
        {"check": "deterministic", "object": "Secret/demo/demo-random", "reason": "made by hand: README, Secrets"}
    ]
    status, err, out = run(tmp_path, data, capsys)
    assert (status, err) == (0, "")
    assert "Secret.demo-random" not in objects(out / "demo")


def test_a_custom_resource_that_breaks_its_crd_s_schema_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err, _ = run(tmp_path, changed(gadget={"color": "purple"}), capsys)
    assert status == 1
    assert '  Gadget demo/demo-gadget: spec.color: "purple" is not one of "blue", "green" or "red"\n' in err


def test_a_value_that_breaks_values_schema_json_is_one_line_with_its_key_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(tmp_path)
    status, err, _ = run(tmp_path, changed(widget={"size": "huge"}), capsys)
    assert (status, err) == (
        2,
        f"error: {tmp_path / 'values.yaml'}: charts.demo.values.widget.size: value must be one of 'small', 'large' "
        "(chart demo 0.1.0)\n",
    )
    assert not (tmp_path / "dist").exists() and before == {}


def test_an_exception_that_waives_nothing_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = changed()
    data["charts"]["demo"]["exceptions"] = [
        {"check": "secrets", "object": "Secret/demo/nothing", "reason": "a copy-paste left over"},
        {"check": "hooks", "object": "Job/demo/demo-migrate", "reason": "it maps fine"},
    ]
    status, err, _ = run(tmp_path, data, capsys)
    assert status == 1
    assert (
        "  Chart demo: the exception {check: hooks, object: Job/demo/demo-migrate} waives nothing: no such problem; "
        "remove it\n"
    ) in err
    assert (
        "  Chart demo: the exception {check: secrets, object: Secret/demo/nothing} waives nothing: no such problem; "
        "remove it\n"
    ) in err


def test_a_vendored_chart_with_a_wrong_digest_is_refused_and_dist_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendored = tmp_path / "charts" / "vendor" / "demo" / "0.1.0"
    shutil.copytree(DEMO, vendored)
    lock = Locked(name="demo", version="0.1.0", repository="https://charts.example.com/",
                  path="charts/vendor/demo/0.1.0", digest=tree_digest(vendored))  # fmt: skip
    write_lock({("demo", "0.1.0"): lock}, tmp_path)
    (vendored / "values.yaml").write_text((vendored / "values.yaml").read_text() + "# changed by hand\n")
    data = copy.deepcopy(CATALOG)
    data["charts"]["demo"]["chart"] = {"repository": "https://charts.example.com/", "name": "demo", "version": "0.1.0"}
    (tmp_path / "dist" / "demo").mkdir(parents=True)
    (tmp_path / "dist" / "demo" / "ConfigMap.kept.k8s.yaml").write_text("kept: true\n")
    before = tree(tmp_path / "dist")
    values = tmp_path / "values.yaml"
    values.write_text(yaml.safe_dump(data))
    status = main.main(["--values", str(values), "--outdir", str(tmp_path / "dist")])
    err = capsys.readouterr().err
    assert status == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(
        f"error: {values}: charts.demo.chart: charts/vendor/demo/0.1.0 does not match its digest in "
        "charts/charts.lock.yaml ("
    ), err
    assert tree(tmp_path / "dist") == before


@pytest.mark.parametrize(
    ("events", "runs_hooks_everywhere", "expected"),
    [
        (["post-install", "post-upgrade"], True, Hook(phases=("post",))),
        (["pre-delete"], True, Hook(phases=("pre-delete",))),
        (["pre-delete"], False, "a delete hook: Flux runs no hooks and would apply it at every sync"),
        (["pre-rollback"], True, "helm.sh/hook pre-rollback has no equivalent in a GitOps sync"),
    ],
)
def test_each_helm_hook_becomes_a_hook_or_a_reason(
    events: list[str], runs_hooks_everywhere: bool, expected: Hook | str
) -> None:
    obj = {"kind": "Job", "metadata": {"name": "x", "annotations": {"helm.sh/hook": ",".join(events)}}}
    found = _hook(obj, events, runs_hooks_everywhere)
    assert found == expected if isinstance(expected, Hook) else str(found).startswith(expected)


# ---------------------------------------------------------------- the seed's route


def test_the_seeds_chart_renders_what_helm_template_renders_and_passes_the_gate() -> None:
    """otwld/ollama-helm 1.36.0 with story 6.1's values: the objects Helm's own `helm template` printed
    (tests/charts/parity/ollama.helm-template.yaml), changed only as the README says (null fields left
    out, the part-of label, the engines' annotations, the test pod gone), and the gate passes them
    with no exception."""
    values = load(CATALOGS / "ollama-chart.yaml")
    built = deploy_units(cdk8s.App(), values, repository=CATALOGS)
    units = render(built, values)
    check(units, values, built)
    helm = [d for d in yaml.safe_load_all((ROOT / "tests/charts/parity/ollama.helm-template.yaml").read_text()) if d]
    expected = {}
    for obj in helm:
        if obj["metadata"].get("annotations", {}).get("helm.sh/hook") == "test":
            continue
        obj = _without_nulls(obj)
        obj["metadata"]["labels"]["app.kubernetes.io/part-of"] = "homelab"
        expected[(obj["kind"], obj["metadata"]["name"])] = obj
    rendered = {(o["kind"], o["metadata"]["name"]): o for o in units["ollama"]}
    kinds = ["Deployment", "PersistentVolumeClaim", "Service", "ServiceAccount"]
    assert sorted(rendered) == sorted(expected) == [(kind, "ollama") for kind in kinds]
    for key, obj in rendered.items():
        annotations = obj["metadata"].pop("annotations", {})
        engines = {k: v for k, v in annotations.items() if "argoproj.io" in k or "fluxcd.io" in k}
        kept = {
            "argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
            "kustomize.toolkit.fluxcd.io/prune": "disabled",
        }
        assert engines == (kept if key[0] == "PersistentVolumeClaim" else {}), key
        if annotations != engines:
            obj["metadata"]["annotations"] = {k: v for k, v in annotations.items() if k not in engines}
        assert obj == expected[key], key


def test_make_imports_takes_a_crd_from_a_chart_of_the_repository() -> None:
    """`alias:=<chart folder>#<Kind>` in cdk8s.yaml: the CRD the vendored chart holds, for a typed import."""
    import crd_imports

    specs = [("demo_widget", "tests/charts/demo#Widget"), ("demo_gadget", "tests/charts/demo#Gadget")]
    documents = crd_imports.chart_documents(specs)
    widget = yaml.safe_load(documents["tests/charts/demo#Widget"])
    assert (widget["kind"], widget["spec"]["names"]["kind"]) == ("CustomResourceDefinition", "Widget")
    assert yaml.safe_load(documents["tests/charts/demo#Gadget"])["spec"]["group"] == "demo.example.com"
    with pytest.raises(SystemExit, match=r"tests/charts/demo has no CRD of kind Sprocket .*it has Gadget, Widget"):
        crd_imports.chart_documents([("demo_sprocket", "tests/charts/demo#Sprocket")])


@pytest.mark.parametrize(("values", "parses"), [({"existingSecret": "demo-credentials"}, 1), ({}, 2)])
def test_two_equal_renders_of_a_chart_are_parsed_once(
    monkeypatch: pytest.MonkeyPatch, values: dict[str, Any], parses: int
) -> None:
    calls: list[helm.RenderedText] = []
    real = helm._parse
    monkeypatch.setattr(helm, "_parse", lambda text: calls.append(text) or real(text))
    chart = HelmChart(namespace="demo", chart=ChartRef(path="charts/local/demo"), values=values)
    render_chart("demo", chart, folder=DEMO, kube_version="1.33", api_versions=(), part_of="homelab",
                 runs_hooks_everywhere=True)  # fmt: skip
    assert len(calls) == parses, "a deterministic chart's second render is compared as text, not parsed again"
