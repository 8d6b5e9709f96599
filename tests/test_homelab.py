"""The user's catalog, values-homelab.yaml, held to what the README's story tables promise, for every
app of a story's kind that it holds. Everything here is read off the values, never written in: adding,
changing or removing an app needs no edit of this file (its snapshots follow with `make snapshots`).

Beside these, the homelab is guarded by the gate (every synth, and test_foundation's fresh synth) and
by its snapshots (test_snapshots.py).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import cdk8s
import pytest
from conftest import HOMELAB_VALUES, find, load, pod_checks
from test_platform import nfs_target

from lib.constructs.verify import job_name
from lib.manifests import Units
from lib.synth import check, render
from lib.units import deploy_units
from lib.values.schema import NAMESPACE_UNIT_PREFIX, App

HOMELAB = load(HOMELAB_VALUES)
NEVER_PRUNED = "Prune=false,Delete=false"


def apps_of(kind: str) -> list[str]:
    return [name for name, app in HOMELAB.apps.items() if app.kind == kind]


def deployment(unit: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return find(unit, "Deployment", name)["spec"]


def namespace_of_app(homelab: Units, app: App) -> dict[str, Any]:
    return find(homelab[f"{NAMESPACE_UNIT_PREFIX}{app.namespace}"], "Namespace", app.namespace)


def assert_volume_kept(unit: list[dict[str, Any]], name: str, app: App, mount_path: str) -> None:
    assert app.storage is not None
    claim = find(unit, "PersistentVolumeClaim", name)
    assert claim["spec"]["storageClassName"] == app.storage.storage_class_name
    assert claim["spec"]["resources"]["requests"]["storage"] == app.storage.size
    assert claim["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == NEVER_PRUNED
    pod = deployment(unit, name)["template"]["spec"]
    (volume,) = [v["name"] for v in pod["volumes"] if v.get("persistentVolumeClaim", {}).get("claimName") == name]
    (container,) = pod["containers"]
    assert {"name": volume, "mountPath": mount_path} in container["volumeMounts"]


def assert_https(homelab: Units, name: str, app: App) -> None:
    """Story AC4 / 6.3: HTTPS at the host, a certificate from the cluster's issuer, plain HTTP redirected."""
    assert app.host is not None and HOMELAB.cluster.ingress is not None
    unit = homelab[name]
    certificate = find(unit, "Certificate", f"{name}-tls")["spec"]
    assert certificate["dnsNames"] == [app.host]
    assert certificate["issuerRef"]["name"] == HOMELAB.cluster.ingress.cluster_issuer
    route = find(unit, "IngressRoute", f"{name}-ingress")["spec"]
    assert route["entryPoints"] == [HOMELAB.cluster.ingress.entry_points.websecure]
    assert route["tls"] == {"secretName": f"{name}-tls"}
    redirect = find(unit, "IngressRoute", f"{name}-ingress-redirect")["spec"]["routes"][0]["middlewares"]
    assert redirect[-1] == {"name": "https-redirect"}


@pytest.mark.parametrize("name", apps_of("ollama"))
def test_story_6_1_ollama_in_its_namespace_with_its_models_on_nfs_over_https(homelab: Units, name: str) -> None:
    app = HOMELAB.apps[name]
    unit = homelab[name]
    labels = namespace_of_app(homelab, app)["metadata"]["labels"]  # AC1
    assert labels["pod-security.kubernetes.io/enforce"] in ("baseline", "privileged")  # root, README: Security
    spec = deployment(unit, name)  # AC2
    assert spec["replicas"] == 1 and spec["strategy"] == {"type": "Recreate"}
    (container,) = spec["template"]["spec"]["containers"]
    assert container["ports"] == [{"containerPort": app.port, "name": "http", "protocol": "TCP"}]
    assert {"name": "OLLAMA_HOST", "value": f"0.0.0.0:{app.port}"} in container["env"]
    assert {"startupProbe", "readinessProbe", "livenessProbe"} <= set(container)
    assert find(unit, "ServiceAccount", name)["automountServiceAccountToken"] is False
    assert find(unit, "Service", name)["spec"]["ports"][0]["port"] == app.port
    assert_volume_kept(unit, name, app, "/root/.ollama")  # AC3
    if app.host is not None:  # AC4
        assert_https(homelab, name, app)
    models = list(getattr(app, "models", ()))  # AC5
    init = spec["template"]["spec"].get("initContainers", [])
    assert [c.get("args", []) for c in init if c["name"] == "pull-models"] == ([models] if models else [])


@pytest.mark.parametrize("name", apps_of("n8n"))
def test_story_6_3_n8n_non_root_with_its_key_from_a_secret_over_https(homelab: Units, name: str) -> None:
    app = HOMELAB.apps[name]
    unit = homelab[name]
    namespace = namespace_of_app(homelab, app)
    assert pod_checks([namespace, *unit]) == [], "passes its namespace's Pod Security level"
    pod = deployment(unit, name)["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    (container,) = pod["containers"]
    key = [e for e in container["env"] if e["name"] == "N8N_ENCRYPTION_KEY"]
    assert [list(e) for e in key] == [["name", "valueFrom"]], "the key comes from a Secret, never a value"
    assert_volume_kept(unit, name, app, "/home/node/.n8n")
    assert_https(homelab, name, app)
    assert {"name": "N8N_HOST", "value": app.host} in container["env"]


VERIFIED = [name for name, app in HOMELAB.apps.items() if getattr(getattr(app, "verify", None), "enabled", False)]


@pytest.mark.parametrize("name", VERIFIED)
def test_story_6_2_every_sync_proves_the_app_works(homelab: Units, name: str) -> None:
    app = HOMELAB.apps[name]
    if app.kind == "ollama" and not getattr(app, "models", ()):
        pytest.skip("an Ollama without models has nothing to generate with, and no check (README, story 6.2)")
    unit = homelab.get(job_name(name), homelab[name])  # Flux alone: a unit of its own
    job = find(unit, "Job", job_name(name))
    assert job["spec"]["backoffLimit"] == 1 and job["spec"]["activeDeadlineSeconds"] > 0
    if "argocd" in HOMELAB.gitops.engines:
        assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "PostSync"


NFS = {
    chart.values["storageClass"]["name"]: chart.values["nfs"]
    for chart in HOMELAB.charts.values()
    if chart.chart.name == "nfs-subdir-external-provisioner"
}


@pytest.mark.parametrize("storage_class", sorted(NFS))
def test_epic_2_the_storage_class_is_on_the_nas_the_values_name_and_keeps_the_data(
    homelab: Units, storage_class: str
) -> None:
    assert nfs_target(homelab, storage_class) == {"server": NFS[storage_class]["server"],
                                                  "path": NFS[storage_class]["path"]}  # fmt: skip
    objects = [o for unit in homelab.values() for o in unit]
    assert find(objects, "StorageClass", storage_class)["reclaimPolicy"] == "Retain"


ENGINE_CHARTS = sorted(name for name, chart in HOMELAB.charts.items() if chart.gitops_engine)


@pytest.mark.skipif(not ENGINE_CHARTS, reason="the homelab installs no GitOps engine from its catalog")
def test_the_homelab_s_engine_charts_pass_the_gate_whichever_engine_it_chooses() -> None:
    """Only the chosen engine's chart is rendered (and so checked by every synth): both at once here, so a
    chart kept for the other engine is known to work before `gitops.engine` names it."""
    both = dataclasses.replace(HOMELAB, gitops=dataclasses.replace(HOMELAB.gitops, engine="both"))
    units = deploy_units(cdk8s.App(), both)
    check(render(units, both), both, units)
    assert {u.unit_name for u in units} >= set(ENGINE_CHARTS)
