"""The platform the apps stand on (issue 18): its charts and the unit kind `platform`, on a catalog of its
own (tests/catalogs/platform.yaml), every expectation read off its values.

- the issuers solve DNS-01 with a reference to a declared secret, and no plaintext anywhere;
- the StorageClass points at the configured NFS server and export, and keeps a deleted claim's data;
- MetalLB's pool and advertisement are typed and valid against the CRDs the render holds;
- the HelmChartConfig keeps the client's address, and routes without a way to keep it are refused;
- each platform unit is applied after the chart unit that brings its controller, in both engines.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Callable
from typing import Any, NamedTuple

import cdk8s
import pytest
import yaml
from cdk8s import Chart
from conftest import CATALOGS, find, load, manifests, parse, with_keys

from lib.checks.schema import Schemas
from lib.constructs.platform import LetsEncryptIssuers
from lib.labels import AppLabels
from lib.manifests import Units
from lib.synth import check, render
from lib.units import Unit, deploy_units
from lib.values.loader import ValuesError
from lib.values.schema import CRDS_UNIT_SUFFIX, ISSUERS, Cloudflare, Issuers, SealedOrExternal, SecretKeyRef, Values

CATALOG = CATALOGS / "platform.yaml"
DATA: dict[str, Any] = yaml.safe_load(CATALOG.read_text())
SEALED = base64.b64encode(b"\x02\x00" + hashlib.sha512(b"a platform seal").digest() * 8 + bytes(20)).decode()


class Platform(NamedTuple):
    values: Values
    units: list[Unit]
    rendered: Units


@pytest.fixture(scope="module")
def platform() -> Platform:
    """The platform catalog rendered once for this module (its four charts through Helm): read-only."""
    values = load(CATALOG)
    units = deploy_units(cdk8s.App(), values)
    return Platform(values, units, render(units, values))


def changed(path: str, value: Any) -> str:
    """The platform catalog with one key set (`...` removes it), as YAML."""
    return with_keys(DATA, path, value)


def error(text: str) -> str:
    with pytest.raises(ValuesError) as caught:
        parse(text, "platform.yaml")
    return str(caught.value)


def nfs_target(rendered: Units, storage_class: str) -> dict[str, str]:
    """What the StorageClass `storage_class` provisions on: the NFS server and export of the provisioner
    whose name it carries (its Deployment's environment), and the export its pod mounts."""
    objects = [o for unit in rendered.values() for o in unit]
    provisioner = find(objects, "StorageClass", storage_class)["provisioner"]
    for obj in objects:
        if obj["kind"] != "Deployment":
            continue
        pod = obj["spec"]["template"]["spec"]
        env = {e["name"]: e.get("value") for c in pod["containers"] for e in c.get("env", [])}
        if env.get("PROVISIONER_NAME") == provisioner:
            (mounted,) = [v["nfs"] for v in pod["volumes"] if "nfs" in v]
            assert mounted == {"server": env["NFS_SERVER"], "path": env["NFS_PATH"]}
            return mounted
    raise AssertionError(f"no provisioner {provisioner} of StorageClass {storage_class} is rendered")


# ---------------------------------------------------------------- the whole render


def test_the_platform_passes_the_gate(platform: Platform) -> None:
    check(platform.rendered, platform.values, platform.units)


def test_the_platform_units_have_names_that_stay(platform: Platform) -> None:
    """Unit names are a contract with the running cluster (an Application or Kustomization each)."""
    assert [u for u in platform.rendered if u.startswith("platform-")] == [
        "platform-issuers", "platform-metallb", "platform-traefik",
    ]  # fmt: skip


# ---------------------------------------------------------------- issuers


def test_the_issuers_solve_dns01_with_a_secret_reference_and_no_plaintext(platform: Platform) -> None:
    settings = platform.values.platform.issuers
    assert settings is not None
    unit = platform.rendered["platform-issuers"]
    ref = settings.cloudflare.api_token_secret_ref
    for name in ISSUERS:
        issuer = find(unit, "ClusterIssuer", name)
        assert "namespace" not in issuer["metadata"], "cluster-scoped"
        acme = issuer["spec"]["acme"]
        assert acme["email"] == settings.email
        assert acme["server"].startswith("https://acme-") and "letsencrypt.org" in acme["server"]
        (solver,) = acme["solvers"]
        assert solver == {"dns01": {"cloudflare": {"apiTokenSecretRef": {"name": ref.name, "key": ref.key}}}}
    assert {i["spec"]["acme"]["server"] for i in unit} == {
        "https://acme-v02.api.letsencrypt.org/directory",
        "https://acme-staging-v02.api.letsencrypt.org/directory",
    }
    secrets = [o for objs in platform.rendered.values() for o in objs if o["kind"] == "Secret"]
    assert [s for s in secrets if {"data", "stringData"} & set(s)] == [], "no secret value in git"
    assert ref.name not in {s["metadata"]["name"] for s in secrets}, "the token's Secret is made by hand"


def test_a_sealed_token_is_a_sealed_secret_where_cert_manager_reads_it(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace=None)
    settings = Issuers(
        email="a@example.org",
        cloudflare=Cloudflare(api_token_secret_ref=SecretKeyRef(name="cf", key="token")),
        secrets={"cf": SealedOrExternal(sealed={"token": SEALED})},
    )
    labels = AppLabels(name="cert-manager", instance="platform-issuers", version="1", part_of="homelab")
    LetsEncryptIssuers(chart, "issuers", settings=settings, secrets_namespace="certificates", labels=labels)
    objects = manifests(chart)
    sealed = find(objects, "SealedSecret", "cf")
    assert sealed["metadata"]["namespace"] == "certificates"
    assert sealed["spec"]["encryptedData"] == {"token": SEALED}, "ciphertext only"
    assert [o["kind"] for o in objects].count("ClusterIssuer") == len(ISSUERS)


def test_the_issuers_secret_is_declared_and_its_key_named(platform: Platform) -> None:
    base = "platform.issuers"
    assert error(changed(f"{base}.cloudflare.apiTokenSecretRef.name", "other")) == (
        f"platform.yaml: {base}.cloudflare.apiTokenSecretRef.name: 'other' is not declared under "
        "platform.issuers.secrets (sealed or external)"
    )
    assert error(changed(f"{base}.cloudflare.apiTokenSecretRef.key", "api-key")) == (
        f"platform.yaml: {base}.cloudflare.apiTokenSecretRef.key: 'api-key' is not a key of secret dns-token (token)"
    )
    assert "unknown key" in error(changed(f"{base}.secrets.dns-token.env", {"TOKEN": "token"}))
    assert "is not kubeseal output" in error(changed(f"{base}.secrets.dns-token", {"sealed": {"token": "hunter2"}}))


# ---------------------------------------------------------------- storage


def test_the_storage_class_points_at_the_configured_server_and_keeps_the_data(platform: Platform) -> None:
    nfs = DATA["charts"]["nfs"]["values"]
    name = nfs["storageClass"]["name"]
    assert nfs_target(platform.rendered, name) == {"server": nfs["nfs"]["server"], "path": nfs["nfs"]["path"]}
    storage_class = find(platform.rendered["nfs"], "StorageClass", name)
    assert storage_class["reclaimPolicy"] == "Retain", "a deleted claim keeps its volume and its folder"
    assert storage_class["parameters"] == {"archiveOnDelete": "true"}, "a deleted volume's folder is archived"
    claims = [o for o in platform.rendered["whoami"] if o["kind"] == "PersistentVolumeClaim"]
    assert [c["spec"]["storageClassName"] for c in claims] == [name]


# ---------------------------------------------------------------- MetalLB


def test_the_pool_and_advertisement_are_typed_and_valid_against_metallbs_crds(platform: Platform) -> None:
    settings = platform.values.platform.metallb
    assert settings is not None
    chart = platform.values.charts[settings.chart]
    unit = platform.rendered["platform-metallb"]
    pool, advertisement = find(unit, "IPAddressPool", "default"), find(unit, "L2Advertisement", "default")
    assert pool["spec"] == {"addresses": list(settings.addresses)}
    assert advertisement["spec"] == {}, "announces every pool"
    assert {o["metadata"]["namespace"] for o in unit} == {chart.namespace}, "where MetalLB reads its configuration"
    crds = platform.rendered[f"{settings.chart}{CRDS_UNIT_SUFFIX}"]
    schemas = Schemas(platform.values.cluster.kubernetes_version, crds)
    assert schemas.problems(pool) == schemas.problems(advertisement) == []
    # The gate judges them by the CRDs the render holds: narrowed there, the same pool is refused.
    narrowed = copy.deepcopy(crds)
    pool_crd = find(narrowed, "CustomResourceDefinition", "ipaddresspools.metallb.io")
    for version in pool_crd["spec"]["versions"]:
        version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]["addresses"]["maxItems"] = 1
    assert [p.message for p in Schemas(platform.values.cluster.kubernetes_version, narrowed).problems(pool)] == [
        f"spec.addresses: {json.dumps(list(settings.addresses), separators=(',', ':'))} has more than 1 item"
    ]


def test_the_pool_s_ranges_are_checked() -> None:
    assert error(changed("platform.metallb.addresses", ["10.10.6.20-10.10.6.10"])).startswith(
        "platform.yaml: platform.metallb.addresses[0]: expected a network such as 192.168.2.240/28 or a range"
    )
    assert error(changed("platform.metallb.chart", "metallb")) == (
        "platform.yaml: platform.metallb.chart: 'metallb' is not an entry of charts (nfs, lb, certs, sealed-secrets)"
    )


# ---------------------------------------------------------------- Traefik and the allow lists


def test_the_helm_chart_config_keeps_the_client_address(platform: Platform) -> None:
    ingress, traefik = platform.values.cluster.ingress, platform.values.platform.traefik
    assert ingress is not None and traefik is not None
    (config,) = platform.rendered["platform-traefik"]
    assert (config["apiVersion"], config["kind"]) == ("helm.cattle.io/v1", "HelmChartConfig")
    assert config["metadata"]["name"] == "traefik", "K3s merges it into its HelmChart traefik"
    assert config["metadata"]["namespace"] == ingress.traefik.namespace
    service = yaml.safe_load(config["spec"]["valuesContent"])["service"]
    assert service["spec"] == {"externalTrafficPolicy": "Local"}
    assert service["annotations"] == {"metallb.io/loadBalancerIPs": traefik.load_balancer_ip}
    assert Schemas(platform.values.cluster.kubernetes_version).problems(config) == [], "valid against K3s' CRD"


REFUSAL = (
    "platform.yaml: cluster.ingress.sourceRanges: every route's allow list judges the address Traefik sees, and "
    "K3s' Traefik Service replaces it with a node's (externalTrafficPolicy: Cluster), which the LAN range admits: "
    "add platform.traefik (its HelmChartConfig sets externalTrafficPolicy: Local), set cluster.ingress.ipStrategy "
    "behind a proxy you trust, or cluster.ingress.clientAddress: preserved-elsewhere if Traefik keeps it by other "
    "means"
)


def test_routes_without_a_way_to_keep_the_client_address_are_refused() -> None:
    without = yaml.safe_load(changed("platform.traefik", ...))
    assert error(yaml.safe_dump(without)) == REFUSAL
    for key, value in {"ipStrategy": {"depth": 1}, "clientAddress": "preserved-elsewhere"}.items():
        parse(yaml.safe_dump({**without, "cluster": {**without["cluster"], "ingress": {
            **without["cluster"]["ingress"], key: value}}}))  # fmt: skip
    without["apps"]["whoami"].pop("host")
    parse(yaml.safe_dump(without))  # no route: no allow list to judge
    assert error(changed("cluster.ingress.clientAddress", "preserved-elsewhere")) == (
        "platform.yaml: cluster.ingress.clientAddress: says Traefik is configured outside this catalog, but "
        "platform.traefik renders its HelmChartConfig: remove one"
    )


def test_the_helm_chart_config_lives_beside_k3s_traefik_and_its_address_in_the_pool() -> None:
    elsewhere = changed("cluster.ingress.traefik", {"namespace": "ingress", "labels": {"app": "traefik"}})
    assert error(elsewhere) == (
        "platform.yaml: platform.traefik: its HelmChartConfig lives in ingress (cluster.ingress.traefik.namespace, "
        "beside K3s' HelmChart traefik): list it in cluster.externalNamespaces"
    )
    assert error(changed("platform.traefik.loadBalancerIP", "10.10.7.1")) == (
        "platform.yaml: platform.traefik.loadBalancerIP: 10.10.7.1 is in none of platform.metallb.addresses "
        "(10.10.5.0/28, 10.10.6.10-10.10.6.20)"
    )


# ---------------------------------------------------------------- order


def test_each_platform_unit_follows_its_chart_unit_in_both_engines(platform: Platform) -> None:
    settings = platform.values.platform
    assert settings.issuers is not None and settings.metallb is not None
    follows = {"platform-issuers": settings.issuers.chart, "platform-metallb": settings.metallb.chart}
    argocd, flux = platform.rendered["gitops-argocd"], platform.rendered["gitops-flux"]

    def wave(unit: str) -> int:
        return int(find(argocd, "Application", unit)["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])

    for unit, chart in follows.items():
        assert wave(f"{chart}{CRDS_UNIT_SUFFIX}") < wave(chart) < wave(unit), "CRDs, then controller, then resources"
        assert {"name": chart} in find(flux, "Kustomization", unit)["spec"]["dependsOn"]


def test_a_platform_section_names_a_chart_of_the_catalog() -> None:
    assert error(changed("platform.issuers.chart", "cert-manager")) == (
        "platform.yaml: platform.issuers.chart: 'cert-manager' is not an entry of charts (nfs, lb, certs, "
        "sealed-secrets)"
    )


def test_an_app_with_a_host_and_a_claim_syncs_after_the_issuer_and_the_storage_in_both_engines(
    platform: Platform,
) -> None:
    """Derived, not declared (lib/needs.py): whoami's Certificate names the ClusterIssuer that
    platform-issuers renders, its claim the StorageClass the chart `nfs` renders."""
    app = platform.values.apps["whoami"]
    assert app.host is not None and app.storage is not None and app.storage.storage_class_name == "nas"
    argocd, flux = platform.rendered["gitops-argocd"], platform.rendered["gitops-flux"]
    waits = {k["metadata"]["name"]: [d["name"] for d in k["spec"].get("dependsOn", [])] for k in flux
             if k["kind"] == "Kustomization"}  # fmt: skip
    assert {"platform-issuers", "nfs"} <= set(waits["whoami"])

    def wave(unit: str) -> int:
        return int(find(argocd, "Application", unit)["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])

    assert wave("whoami") > max(wave("platform-issuers"), wave("nfs"))
