"""Units ordered by what their objects need (lib/needs.py): a claim after the unit that renders its
StorageClass, a Certificate after its ClusterIssuer's, a custom resource after its CRD's, in both
engines; a need no unit renders orders nothing; a cycle of needs is refused, naming the objects."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CATALOGS, ROOT, find

import main
from lib.checks import RenderError
from lib.manifests import Manifest
from lib.needs import needs, order, provides
from lib.units import RenderedUnit

STORAGE_CHART = ROOT / "tests" / "charts" / "storage"


def obj(kind: str, name: str, namespace: str | None = None, api: str = "v1", **spec: Any) -> Manifest:
    metadata = {"name": name, **({"namespace": namespace} if namespace else {})}
    return {"apiVersion": api, "kind": kind, "metadata": metadata, "spec": spec}


def unit(name: str, *objects: Manifest, depends_on: tuple[str, ...] = ()) -> RenderedUnit:
    return RenderedUnit(name, destination="default", objects=list(objects), depends_on=depends_on)


ISSUER = obj("ClusterIssuer", "letsencrypt-prod", api="cert-manager.io/v1")
CERTIFICATE = obj(
    "Certificate",
    "app-tls",
    "web",
    api="cert-manager.io/v1",
    issuerRef={"kind": "ClusterIssuer", "name": "letsencrypt-prod"},
)
CRD = {
    "apiVersion": "apiextensions.k8s.io/v1",
    "kind": "CustomResourceDefinition",
    "metadata": {"name": "clusterissuers.cert-manager.io"},
    "spec": {"group": "cert-manager.io", "names": {"kind": "ClusterIssuer"}},
}


def test_each_kind_of_need_is_read_off_the_object() -> None:
    claim = obj("PersistentVolumeClaim", "data", "web", storageClassName="nfs-client")
    stateful = obj("StatefulSet", "db", "web", api="apps/v1",
                   volumeClaimTemplates=[{"spec": {"storageClassName": "fast"}}])  # fmt: skip
    ingress = obj("Ingress", "site", "web", api="networking.k8s.io/v1")
    ingress["metadata"]["annotations"] = {"cert-manager.io/cluster-issuer": "letsencrypt-staging"}
    assert list(needs(claim)) == [("Namespace", "web"), ("StorageClass", "nfs-client")]
    assert list(needs(stateful)) == [("Namespace", "web"), ("StorageClass", "fast")]
    assert list(needs(CERTIFICATE)) == [
        ("Namespace", "web"),
        ("CustomResourceDefinition", "cert-manager.io/Certificate"),
        ("ClusterIssuer", "letsencrypt-prod"),
    ]
    assert ("ClusterIssuer", "letsencrypt-staging") in list(needs(ingress))
    assert provides(CRD) == ("CustomResourceDefinition", "cert-manager.io/ClusterIssuer")
    assert provides(ISSUER) == ("ClusterIssuer", "letsencrypt-prod")
    assert provides(obj("Service", "web", "web")) is None


def test_a_unit_waits_for_the_units_that_render_what_it_needs_after_those_it_declares() -> None:
    crds, issuers = unit("cert-manager-crds", CRD), unit("issuers", ISSUER)
    storage = unit("storage", obj("StorageClass", "nfs-client", api="storage.k8s.io/v1"))
    app = unit(
        "web",
        CERTIFICATE,
        obj("PersistentVolumeClaim", "web", "web", storageClassName="nfs-client"),
        obj("PersistentVolumeClaim", "cache", "web", storageClassName="local-path"),  # K3s' own: no unit
        depends_on=("namespace-web",),
    )
    namespace = unit("namespace-web", obj("Namespace", "web"))
    order([crds, issuers, storage, namespace, app])
    assert app.depends_on == ("namespace-web", "issuers", "storage")
    assert issuers.depends_on == ("cert-manager-crds",), "a custom resource after its CRD"
    assert storage.depends_on == () and crds.depends_on == ()


def test_a_cycle_of_needs_is_refused_naming_the_objects_that_close_it() -> None:
    first = unit("first", obj("StorageClass", "a", api="storage.k8s.io/v1"),
                 obj("PersistentVolumeClaim", "x", "ns", storageClassName="b"))  # fmt: skip
    second = unit("second", obj("StorageClass", "b", api="storage.k8s.io/v1"),
                  obj("PersistentVolumeClaim", "y", "ns", storageClassName="a"))  # fmt: skip
    with pytest.raises(RenderError) as refused:
        order([first, second])
    assert [str(p) for p in refused.value.problems] == [
        "PersistentVolumeClaim ns/x: needs what unit second renders, in a cycle: first -> second -> first",
        "PersistentVolumeClaim ns/y: needs what unit first renders, in a cycle: first -> second -> first",
    ]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The library catalog with both engines, and a chart of its own that renders the StorageClass
    `nfs-client` its apps' claims name."""
    folder = tmp_path_factory.mktemp("needs")
    shutil.copytree(STORAGE_CHART, folder / "charts" / "local" / "storage")
    data = yaml.safe_load((CATALOGS / "library.yaml").read_text())
    data["gitops"]["engine"] = "both"
    data["namespaces"]["storage"] = {"podSecurity": "restricted"}
    data["charts"] = {"storage": {"namespace": "storage", "chart": {"path": "charts/local/storage"}}}
    (folder / "values.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    assert main.main(["--values", str(folder / "values.yaml"), "--outdir", str(folder / "dist")]) == 0
    return folder / "dist"


def bootstrap(dist: Path, engine: str) -> list[Manifest]:
    return [yaml.safe_load(p.read_text()) for p in sorted((dist / f"gitops-{engine}").glob("*.k8s.yaml"))]


def after(kustomizations: list[Manifest], name: str) -> set[str]:
    """Every Kustomization `name` waits for, directly or through another."""
    direct = {k["metadata"]["name"]: [d["name"] for d in k["spec"].get("dependsOn", [])] for k in kustomizations}
    found: set[str] = set()
    todo = list(direct[name])
    while todo:
        if (unit := todo.pop()) not in found:
            found.add(unit)
            todo += direct[unit]
    return found


@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_an_app_with_a_claim_syncs_after_the_unit_of_its_storage_class_in_both_engines(dist: Path, app: str) -> None:
    kustomizations = [o for o in bootstrap(dist, "flux") if o["kind"] == "Kustomization"]
    assert "storage" in after(kustomizations, app)
    wave = {
        o["metadata"]["name"]: int(o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        for o in bootstrap(dist, "argocd")
        if o["kind"] == "Application"
    }
    assert wave[app] > wave["storage"] > wave["namespace-storage"]


def test_a_need_met_through_another_unit_is_not_listed_again(dist: Path) -> None:
    """n8n talks to ollama, which waits for the storage: n8n's Kustomization lists ollama alone (and with
    Flux alone, a verification waits for its app, not its namespace again: tests/test_verification.py)."""
    n8n = find(bootstrap(dist, "flux"), "Kustomization", "n8n")
    assert n8n["spec"]["dependsOn"] == [{"name": "namespace-apps"}, {"name": "ollama"}]
