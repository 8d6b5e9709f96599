"""The catalog: an app is added through the values file alone, and the synth refuses what would clash.

Each case runs `main.main()` in-process on a values file written here: the library catalog's, plus a
namespace `web` (enforcing `restricted`) holding `whoami` (kind web, with a host and a volume)
and `echo` (kind web, with a host only), with both GitOps engines.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import LIBRARY_VALUES, render_values
from test_foundation import tree

import lib.kinds
import main
from lib.constructs.https import NamespaceIngress
from lib.constructs.workload import Workload
from lib.labels import AppLabels
from lib.manifests import file_name
from lib.values.schema import Ingress, Values

LIBRARY: dict[str, Any] = yaml.safe_load(LIBRARY_VALUES.read_text())
RESOURCES = {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}}


def catalog() -> dict[str, Any]:
    data = copy.deepcopy(LIBRARY)
    data["gitops"]["engine"] = "both"
    data["namespaces"]["web"] = {"podSecurity": "restricted"}
    data["apps"]["whoami"] = {
        "namespace": "web",
        "image": {"repository": "docker.io/traefik/whoami", "tag": "v1.10.1"},
        "port": 8080,
        "resources": RESOURCES,
        "host": "whoami.home.example.com",
        "storage": {"storageClassName": "nfs-client", "size": "1Gi", "mountPath": "/data"},
        "securityContext": {"runAsUser": 65532, "runAsGroup": 65532, "fsGroup": 65532},
    }
    data["apps"]["echo"] = {
        "namespace": "web",
        "image": {"repository": "docker.io/ealen/echo-server", "tag": "0.9.2"},
        "port": 80,
        "resources": RESOURCES,
        "host": "echo.home.example.com",
        "securityContext": {"runAsUser": 65532},
    }
    return data


def run(tmp_path: Path, data: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Path]:
    values, out = tmp_path / "values.yaml", tmp_path / "dist"
    values.write_text(yaml.safe_dump(data, sort_keys=False))
    status = main.main(["--values", str(values), "--outdir", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err, out


def objects(unit: Path) -> dict[str, dict[str, Any]]:
    return {p.name: yaml.safe_load(p.read_text()) for p in sorted(unit.glob("*.k8s.yaml"))}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    values, out = tmp_path_factory.mktemp("catalog") / "values.yaml", tmp_path_factory.mktemp("catalog") / "dist"
    values.write_text(yaml.safe_dump(catalog(), sort_keys=False))
    assert main.main(["--values", str(values), "--outdir", str(out)]) == 0, "renders and passes the gate"
    return out


def test_apps_added_through_values_alone_get_their_units_and_objects(rendered: Path) -> None:
    units = sorted(p.name for p in rendered.iterdir())
    library = ["gitops-argocd", "n8n", "namespace-apps", "namespace-ml", "ollama"]
    assert units == sorted({*library, "gitops-flux", "namespace-web", "whoami", "echo"})
    assert sorted(objects(rendered / "whoami")) == [
        "Certificate.whoami-tls.k8s.yaml",
        "Deployment.whoami.k8s.yaml",
        "IngressRoute.whoami-ingress-redirect.k8s.yaml",
        "IngressRoute.whoami-ingress.k8s.yaml",
        "NetworkPolicy.whoami-egress.k8s.yaml",  # egress restricted: the default
        "NetworkPolicy.whoami-from-traefik.k8s.yaml",
        "PersistentVolumeClaim.whoami.k8s.yaml",
        "Service.whoami.k8s.yaml",
        "ServiceAccount.whoami.k8s.yaml",
    ]
    assert sorted(objects(rendered / "echo")) == [
        "Certificate.echo-tls.k8s.yaml",
        "Deployment.echo.k8s.yaml",
        "IngressRoute.echo-ingress-redirect.k8s.yaml",
        "IngressRoute.echo-ingress.k8s.yaml",
        "NetworkPolicy.echo-egress.k8s.yaml",  # egress restricted: the default
        "NetworkPolicy.echo-from-traefik.k8s.yaml",
        "Service.echo.k8s.yaml",
        "ServiceAccount.echo.k8s.yaml",
    ]


def test_apps_in_one_namespace_share_one_redirect_owned_by_the_namespace_unit(rendered: Path) -> None:
    namespace = objects(rendered / "namespace-web")
    shared = ["allow-sources", "https-redirect", "secure-headers"]
    assert sorted(namespace) == [
        *(f"Middleware.{m}.k8s.yaml" for m in shared),
        "Namespace.web.k8s.yaml",
        "NetworkPolicy.default-deny-ingress.k8s.yaml",
        "Role.gitops-reconciler.k8s.yaml",  # what Flux applies the namespace's apps as (both engines here)
        "RoleBinding.gitops-reconciler.k8s.yaml",
    ]
    assert namespace["Middleware.https-redirect.k8s.yaml"]["metadata"]["namespace"] == "web"
    middlewares = sorted(str(p.relative_to(rendered)) for p in rendered.rglob("Middleware.*.k8s.yaml"))
    namespaces = sorted(p.name for p in rendered.glob("namespace-*"))
    assert middlewares == [f"{ns}/Middleware.{m}.k8s.yaml" for ns in namespaces for m in shared], (
        "one set per namespace with exposed apps, in no app's unit"
    )
    for app in ("whoami", "echo"):
        route = objects(rendered / app)[f"IngressRoute.{app}-ingress-redirect.k8s.yaml"]
        assert route["spec"]["routes"][0]["middlewares"] == [{"name": "allow-sources"}, {"name": "https-redirect"}]


def test_every_app_is_hardened_by_the_same_code_as_ollama(rendered: Path) -> None:
    ollama = objects(rendered / "ollama")["Deployment.ollama.k8s.yaml"]["spec"]
    whoami = objects(rendered / "whoami")["Deployment.whoami.k8s.yaml"]["spec"]
    echo = objects(rendered / "echo")["Deployment.echo.k8s.yaml"]["spec"]
    assert (whoami["strategy"], echo["strategy"]) == ({"type": "Recreate"}, {"type": "RollingUpdate"})
    (o,), (w,) = ollama["template"]["spec"]["containers"], whoami["template"]["spec"]["containers"]
    assert w["securityContext"] == o["securityContext"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert {**w[probe], "httpGet": None} == {**o[probe], "httpGet": None}, probe
        assert w[probe]["httpGet"] == {"path": "/", "port": "http"}
    assert whoami["template"]["spec"]["securityContext"] == {
        "fsGroup": 65532,
        "fsGroupChangePolicy": "OnRootMismatch",
        "runAsGroup": 65532,
        "runAsNonRoot": True,
        "runAsUser": 65532,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    labels = whoami["template"]["metadata"]["labels"]
    assert (labels["app.kubernetes.io/name"], labels["app.kubernetes.io/version"]) == ("whoami", "v1.10.1")
    pvc = objects(rendered / "whoami")["PersistentVolumeClaim.whoami.k8s.yaml"]["metadata"]["annotations"]
    assert pvc == {
        "argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
        "kustomize.toolkit.fluxcd.io/prune": "disabled",
    }


def test_the_new_units_are_in_the_argocd_and_flux_bootstrap(rendered: Path) -> None:
    argocd, flux = objects(rendered / "gitops-argocd"), objects(rendered / "gitops-flux")
    for unit, wave in (("namespace-web", "0"), ("whoami", "1"), ("echo", "1")):
        application = argocd[f"Application.{unit}.k8s.yaml"]
        assert application["spec"]["source"]["path"] == f"dist/{unit}"
        assert application["spec"]["destination"]["namespace"] == "web"
        assert application["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": wave}
        kustomization = flux[f"Kustomization.{unit}.k8s.yaml"]["spec"]
        assert kustomization["path"] == f"./dist/{unit}"
        assert kustomization.get("dependsOn") == (None if unit == "namespace-web" else [{"name": "namespace-web"}])
    project = argocd["AppProject.homelab.k8s.yaml"]["spec"]
    assert "web" in [d["namespace"] for d in project["destinations"]]


def test_adding_apps_changes_nothing_of_the_existing_units(rendered: Path, values: Values) -> None:
    before = render_values(dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine="both")))
    for unit in ("namespace-ml", "ollama"):
        assert objects(rendered / unit) == {file_name(o): o for o in before[unit]}, unit


# ---------------------------------------------------------------- refusals


def with_change(path: str, value: Any) -> dict[str, Any]:
    data = catalog()
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    node[last] = value
    return data


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (
            with_change("apps.echo.host", "whoami.home.example.com"),
            "apps.echo.host: 'whoami.home.example.com' is already the host of apps.whoami",
        ),
        (
            with_change("apps.echo.namespace", "nowhere"),
            "apps.echo.namespace: 'nowhere' is neither listed under namespaces nor in cluster.externalNamespaces",
        ),
        (
            with_change("apps.whoami.storage.size", "1GB"),
            "apps.whoami.storage.size: expected a Kubernetes quantity such as 500m, 2, 50Gi, got '1GB'",
        ),
        (
            with_change("apps.echo.port", "80"),
            "apps.echo.port: expected a whole number, got str '80'",
        ),
        (
            with_change("apps.echo.models", ["llama3.2:1b"]),
            "apps.echo.models: is a key of kind ollama, and this app is kind web",
        ),
        (
            {
                **with_change("apps.echo.namespace", "kube-system"),
                "cluster": {**catalog()["cluster"], "externalNamespaces": ["kube-system"]},
            },
            "apps.echo.host: an app with a host must live in a namespace listed under namespaces",
        ),
    ],
    ids=["same host", "undeclared namespace", "bad size", "port as text", "key of another kind", "external host"],
)
def test_a_catalog_error_names_the_app_in_one_line_exit_2_and_dist_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict[str, Any], line: str
) -> None:
    out = tmp_path / "dist"
    (out / "ollama").mkdir(parents=True)
    (out / "ollama" / "Service.ollama.k8s.yaml").write_text("kept: true\n")
    before = tree(out)
    status, err, _ = run(tmp_path, data, capsys)
    assert status == 2
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"error: {tmp_path / 'values.yaml'}: {line}"), err
    assert tree(out) == before


INGRESS = Ingress(cluster_issuer="letsencrypt-prod")


class GreedyApp(Workload):
    """A kind that brings its own redirect Middleware, as an app copied from a chart might."""

    def __init__(self, scope: Any, id: str, *, name: str, app: Any, labels: AppLabels, talks_to: Any = None) -> None:
        super().__init__(scope, id, name=name, app=app, labels=labels)
        NamespaceIngress(self, "OwnRedirect", namespace=app.namespace, labels=labels, ingress=INGRESS)


def test_an_object_two_units_render_is_refused_by_the_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(lib.kinds.KINDS, "greedy", GreedyApp)
    monkeypatch.setitem(main.SETTINGS, "greedy", Workload.Settings)
    status, err, out = run(tmp_path, with_change("apps.echo.kind", "greedy"), capsys)
    assert status == 1
    assert "the render is invalid; " in err
    assert (
        "  Middleware web/https-redirect: is rendered by deploy units namespace-web and echo; "
        "every object needs exactly one owner\n"
    ) in err
    assert not out.exists()


def test_an_output_folder_that_cannot_be_written_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main.main(["--values", str(LIBRARY_VALUES), "--outdir", "/proc/x"])
    err = capsys.readouterr().err
    assert (status, err) == (2, "error: --outdir: cannot write /proc/x: No such file or directory\n")
