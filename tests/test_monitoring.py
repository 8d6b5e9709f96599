"""Monitoring (issue 19: 1, 2; README, Monitoring): the victoria-metrics-k8s-stack, Grafana at its host, and
what every app reports to it: a scrape where it serves metrics (with the scraper's way in and no other),
its alert rules with their thresholds, its dashboard. On the monitoring catalog (tests/catalogs/monitoring.yaml),
rendered once; the homelab's units are held to the gate at the end."""

from __future__ import annotations

import json
from typing import Any

import cdk8s
import pytest
import yaml
from conftest import CATALOGS, HOMELAB_VALUES, find, load, parse, with_keys

from lib.constructs.monitoring import DASHBOARD_LABEL, POD_HASH, logs_query
from lib.manifests import Manifest, Units
from lib.network import Network, Pod, rendered_pods
from lib.synth import check, render
from lib.units import Unit, deploy_units
from lib.units.chart import _crd_headers, _static_api_versions
from lib.values.loader import ValuesError
from lib.values.schema import Values

CATALOG = CATALOGS / "monitoring.yaml"
DATA = yaml.safe_load(CATALOG.read_text())
APPS = sorted(DATA["apps"])
STACK = DATA["platform"]["monitoring"]["chart"]
STACK_NS = DATA["charts"][STACK]["namespace"]


@pytest.fixture(scope="session")
def catalog() -> Values:
    return load(CATALOG)


@pytest.fixture(scope="session")
def built(catalog: Values) -> list[Unit]:
    return deploy_units(cdk8s.App(), catalog)


@pytest.fixture(scope="session")
def rendered(catalog: Values, built: list[Unit]) -> Units:
    """The catalog's render, shared (its units then carry the order lib/needs.py gives them)."""
    return render(built, catalog)


def objects(units: Units) -> list[Manifest]:
    return [o for unit in units.values() for o in unit]


def scraper() -> Pod:
    """A pod of the VMAgent the operator runs: its labels (the default of platform.monitoring.scraper)."""
    labels = {"app.kubernetes.io/name": "vmagent", "app.kubernetes.io/instance": "obs", "managed-by": "vm-operator"}
    return Pod(name="vmagent-obs-0", namespace=STACK_NS, labels=labels)


# ---------------------------------------------------------------- the stack, and the gate


def test_the_monitoring_catalog_passes_the_gate(catalog: Values, built: list[Unit], rendered: Units) -> None:
    check(rendered, catalog, built)
    assert {STACK, f"{STACK}-crds", "platform-monitoring"} <= set(rendered)


def test_the_stack_s_custom_resources_wait_for_its_crds_and_every_app_for_them(
    built: list[Unit], rendered: Units
) -> None:
    """lib/needs.py orders them: an app's VMRule needs the stack's CRDs, applied first."""
    units = {u.unit_name: u for u in built}
    assert f"{STACK}-crds" in units[STACK].depends_on
    for app in APPS:
        assert f"{STACK}-crds" in units[app].depends_on, app
    assert STACK in units["platform-monitoring"].depends_on


# ---------------------------------------------------------------- metrics: n8n scraped, the scraper let in and no other


def test_n8n_is_scraped_through_a_vmservicescrape_of_its_service_and_metrics_path(rendered: Units) -> None:
    scrape = find(rendered["automation"], "VMServiceScrape", "automation")
    service = find(rendered["automation"], "Service", "automation")
    assert scrape["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    [endpoint] = scrape["spec"]["endpoints"]
    assert endpoint == {"port": "http", "path": "/metrics"}
    assert next(p["port"] for p in service["spec"]["ports"] if p["name"] == "http") == 5678
    deployment = find(rendered["automation"], "Deployment", "automation")
    env = {e["name"]: e.get("value") for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["N8N_METRICS"] == "true"


def test_the_scraper_reaches_n8n_on_its_metrics_port_only_and_no_app_without_metrics(rendered: Units) -> None:
    everything = objects(rendered)
    network = Network(everything, external_namespaces=["kube-system"])
    pods = {p.name: p for p in rendered_pods(everything) if p.namespace == "web"}
    n8n = next(p for name, p in pods.items() if name.startswith("automation") and "verify" not in name)
    assert network.ingress_allows(scraper(), n8n, 5678)
    assert not network.ingress_allows(scraper(), n8n, 5679)
    others = [p for name, p in pods.items() if not name.startswith("automation")]
    assert others and not any(network.ingress_allows(scraper(), p, port) for p in others for port in p.ports.values())
    # and the scraper's policy lets in nothing but the scraper, on that port
    policy = find(rendered["automation"], "NetworkPolicy", "automation-from-scraper")
    [rule] = policy["spec"]["ingress"]
    assert rule["ports"] == [{"port": 5678, "protocol": "TCP"}]
    impostor = Pod(name="x", namespace="web", labels=scraper().labels)
    assert not network.ingress_allows(impostor, n8n, 5678)


def test_an_app_without_metrics_has_no_scrape_and_no_scraper_policy(rendered: Units) -> None:
    for app in APPS:
        kinds = {(o["kind"], o["metadata"]["name"]) for o in rendered[app]}
        scraped = "metrics" in DATA["apps"][app]
        assert (("VMServiceScrape", app) in kinds) == scraped, app
        assert (("NetworkPolicy", f"{app}-from-scraper") in kinds) == scraped, app


def test_cert_manager_is_scraped_with_its_own_labels_kept(rendered: Units) -> None:
    scrape = find(rendered["platform-monitoring"], "VMServiceScrape", "cert-manager")
    assert scrape["metadata"]["namespace"] == "certificates"
    assert scrape["spec"]["endpoints"] == [{"port": "http-metrics", "path": "/metrics", "honorLabels": True}]
    policy = find(rendered["platform-monitoring"], "NetworkPolicy", "cert-manager-from-scraper")
    assert policy["metadata"]["namespace"] == "certificates"
    assert policy["spec"]["ingress"][0]["ports"] == [{"port": 9402, "protocol": "TCP"}]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (("apps.automation.metrics.port", 9999),
         "apps.automation.metrics.port: 9999 is not a port the app listens on (5678)"),
        (("platform.monitoring", ...),
         "apps.automation.metrics: needs platform.monitoring (the scraper that reads them)"),
    ],
)  # fmt: skip
def test_metrics_are_refused_in_one_line_where_they_cannot_be_scraped(change: tuple[str, Any], error: str) -> None:
    with pytest.raises(ValuesError) as caught:
        parse(with_keys(DATA, *change))
    assert str(caught.value) == f"test-values.yaml: {error}"


# ---------------------------------------------------------------- alert rules, with their thresholds


def rules(rendered: Units, app: str) -> dict[str, dict[str, Any]]:
    [group] = find(rendered[app], "VMRule", app)["spec"]["groups"]
    assert group["name"] == app
    return {r["alert"]: r for r in group["rules"]}


def test_every_app_has_its_alert_rules_with_their_thresholds(rendered: Units) -> None:
    for app in APPS:
        found = rules(rendered, app)
        crash = found["AppCrashLooping"]
        assert crash["for"] == "15m" and f'container="{app}"' in crash["expr"] and "CrashLoopBackOff" in crash["expr"]
        if DATA["apps"][app].get("workload") != "cronjob":
            ready = found["AppPodNotReady"]
            assert ready["for"] == "10m" and 'condition="true"' in ready["expr"] and ready["expr"].endswith("== 0")
        else:
            assert "AppPodNotReady" not in found  # a CronJob's finished pod is never ready
        if "storage" in DATA["apps"][app]:
            assert found["AppVolumeFull"]["expr"].endswith("> 0.85"), app
        if "host" in DATA["apps"][app]:
            expiry = found["AppCertificateExpiring"]["expr"]
            assert f'name="{app}-tls"' in expiry and expiry.endswith("< 14 * 86400")
        else:
            assert "AppCertificateExpiring" not in found
        for rule in found.values():
            assert 'namespace="web"' in rule["expr"] and rule["labels"] == {"severity": "warning", "app": app}


def test_the_verification_job_failing_is_an_alert_where_the_app_has_one(rendered: Units) -> None:
    found = rules(rendered, "automation")
    assert (
        found["AppVerificationFailed"]["expr"]
        == 'kube_job_status_failed{namespace="web", job_name="automation-verify"} > 0'
    )
    find(rendered["automation"], "Job", "automation-verify")  # the Job the rule names
    assert "AppVerificationFailed" not in rules(rendered, "whoami")  # kind web has nothing to verify


def test_the_rules_name_pods_and_claims_as_kubernetes_names_them(rendered: Units) -> None:
    deployment, statefulset = rules(rendered, "whoami"), rules(rendered, "store")
    assert f'pod=~"whoami-{POD_HASH}+-{POD_HASH}{{5}}"' in deployment["AppPodNotReady"]["expr"]
    assert 'pod=~"store-[0-9]+"' in statefulset["AppPodNotReady"]["expr"]
    assert 'persistentvolumeclaim=~"whoami"' in deployment["AppVolumeFull"]["expr"]
    claim = find(rendered["store"], "StatefulSet", "store")["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]
    assert f'persistentvolumeclaim=~"{claim}-store-[0-9]+"' in statefulset["AppVolumeFull"]["expr"]


# ---------------------------------------------------------------- a dashboard per app


@pytest.mark.parametrize("app", APPS)
def test_every_app_has_a_dashboard_the_sidecar_loads(rendered: Units, app: str) -> None:
    config = find(rendered[app], "ConfigMap", f"{app}-dashboard")
    assert config["metadata"]["labels"][DASHBOARD_LABEL[0]] == DASHBOARD_LABEL[1]
    [(file, text)] = config["data"].items()
    assert file == f"{app}.json"
    board = json.loads(text)
    assert text == json.dumps(board, indent=2, sort_keys=True) + "\n"  # deterministic bytes
    panels = {p["title"]: p for p in board["panels"]}
    logs = panels["Logs"]
    assert logs["datasource"] == {"type": "victoriametrics-logs-datasource", "uid": "VictoriaLogs"}
    assert (
        logs["targets"][0]["expr"]
        == logs_query("web", app)
        == (f'{{kubernetes.pod_namespace="web", kubernetes.container_name="{app}"}}')
    )
    assert "kube_pod_container_status_restarts_total" in panels["Restarts"]["targets"][0]["expr"]
    for title, resource in (("CPU (cores)", "cpu"), ("Memory (bytes)", "memory")):
        legends = {t["legendFormat"]: t["expr"] for t in panels[title]["targets"]}
        assert set(legends) >= {"requested", "limit"}, title
        assert f'resource="{resource}"' in legends["requested"] and "resource_limits" in legends["limit"]
    assert ("Its metrics: scrape" in panels) == ("metrics" in DATA["apps"][app])


# ---------------------------------------------------------------- Grafana: HTTPS, the allow list, a secret


def test_grafana_is_served_over_https_behind_the_allow_list(rendered: Units) -> None:
    unit = rendered["platform-monitoring"]
    certificate = find(unit, "Certificate", "grafana-tls")
    assert certificate["spec"]["dnsNames"] == ["grafana.lab.example.org"]
    route = find(unit, "IngressRoute", "grafana-ingress")
    assert route["metadata"]["namespace"] == STACK_NS
    assert route["spec"]["tls"] == {"secretName": "grafana-tls"}
    [rule] = route["spec"]["routes"]
    assert [m["name"] for m in rule["middlewares"]] == ["allow-sources", "secure-headers"]
    assert rule["services"] == [{"name": "obs-grafana", "kind": "Service", "port": 80}]
    find(rendered[f"namespace-{STACK_NS}"], "Middleware", "allow-sources")
    redirect = find(unit, "IngressRoute", "grafana-ingress-redirect")
    assert [m["name"] for m in redirect["spec"]["routes"][0]["middlewares"]] == ["allow-sources", "https-redirect"]
    everything = objects(rendered)
    network = Network(everything, external_namespaces=["kube-system"])
    grafana = next(p for p in rendered_pods(everything) if p.name.startswith("obs-grafana"))
    traefik = Pod(
        name="traefik",
        namespace="kube-system",
        labels={"app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": "traefik-kube-system"},
    )
    assert network.ingress_allows(traefik, grafana, 3000)
    assert not network.ingress_allows(Pod(name="x", namespace="web", labels={}), grafana, 3000)


def test_grafana_s_login_comes_from_a_sealed_secret_and_no_plaintext(rendered: Units) -> None:
    stack = rendered[STACK]
    sealed = find(stack, "SealedSecret", "grafana-login")
    assert sealed["metadata"]["namespace"] == STACK_NS
    assert sorted(sealed["spec"]["encryptedData"]) == ["admin-password", "admin-user"]
    deployment = find(stack, "Deployment", "obs-grafana")
    env = {e["name"]: e for c in deployment["spec"]["template"]["spec"]["containers"] for e in c.get("env", [])}
    for variable, key in (("GF_SECURITY_ADMIN_USER", "admin-user"), ("GF_SECURITY_ADMIN_PASSWORD", "admin-password")):
        assert env[variable]["valueFrom"]["secretKeyRef"] == {"name": "grafana-login", "key": key}
        assert "value" not in env[variable]
    assert not [o for o in stack if o["kind"] == "Secret"]  # the chart's own admin Secret is not rendered


def test_an_external_chart_secret_is_rendered_as_nothing_and_admitted_by_the_gate() -> None:
    """The stack alone, its login external: no SealedSecret, and the gate lets Grafana name the Secret."""
    login = {"grafana-login": {"external": ["admin-user", "admin-password"]}}
    alone = parse(with_keys(DATA, "apps", {}, "platform", {}, "charts", {STACK: DATA["charts"][STACK]},
                            f"charts.{STACK}.secrets", login))  # fmt: skip
    assert alone.external_secrets[(STACK_NS, "grafana-login")] == ("admin-user", "admin-password")
    units = deploy_units(cdk8s.App(), alone)
    rendered = render(units, alone)
    assert not [o for o in rendered[STACK] if o["kind"] == "SealedSecret"]
    check(rendered, alone, units)


# ---------------------------------------------------------------- the homelab's monitoring units pass the gate


def test_the_homelab_renders_its_monitoring_units_and_every_app_s_rules_and_dashboard(
    homelab_values: Values, homelab: Units
) -> None:
    """Their gate is the whole homelab's (test_homelab.py checks every unit, both engines' charts included)."""
    monitoring = homelab_values.platform.monitoring
    if monitoring is None:
        pytest.skip(f"{HOMELAB_VALUES.name} has no platform.monitoring")
    namespace = homelab_values.charts[monitoring.chart].namespace
    assert {monitoring.chart, f"{monitoring.chart}-crds", "platform-monitoring", f"namespace-{namespace}"} <= set(
        homelab
    )
    for app in homelab_values.apps:
        find(homelab[app], "VMRule", app)
        find(homelab[app], "ConfigMap", f"{app}-dashboard")


# ---------------------------------------------------------------- the charts' static CRDs, read fast


def test_a_crd_file_is_read_without_its_schemas_and_gives_what_it_serves() -> None:
    text = """apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.org}
spec:
  group: example.org
  names: {kind: Widget, plural: widgets}
  versions:
  - name: v1
    schema:
      openAPIV3Schema:
        type: object
        description: |
          schema: a line that looks like a key
    served: true
  - schema:
      openAPIV3Schema: {type: object}
    name: v2
    served: false
"""
    [crd] = _crd_headers(text)
    assert [v["name"] for v in crd["spec"]["versions"]] == ["v1", "v2"]
    assert all("schema" not in v for v in crd["spec"]["versions"])
    assert _crd_headers("kind: [unclosed") == []


def test_the_stack_s_static_crds_serve_the_kinds_the_catalog_renders() -> None:
    """The operator's 3 MB crds/ file, read without its schemas, still says what it serves."""
    served = {
        v for f in (CATALOGS.parent.parent / "charts" / "vendor" / "victoria-metrics-k8s-stack").iterdir()
        for v in _static_api_versions(f)
    }  # fmt: skip
    for kind in ("VMServiceScrape", "VMRule", "VMAgent", "VLSingle"):
        assert any(v.endswith(f"/{kind}") for v in served), kind


def test_the_stack_s_pods_reach_one_another_and_no_other_namespace_reaches_them(rendered: Units) -> None:
    """VMAgent writes to VMSingle, Grafana reads VMSingle and VLSingle, VMAlert calls Alertmanager: pods the
    operator makes at run time, let in by `monitoring-within`; an app's pod is still refused."""
    everything = objects(rendered)
    network = Network(everything, external_namespaces=["kube-system"])
    grafana = next(p for p in rendered_pods(everything) if p.name.startswith("obs-grafana"))
    vmsingle = Pod(name="vmsingle-obs", namespace=STACK_NS, labels={"app.kubernetes.io/name": "vmsingle"},
                   ports={"http": 8428})  # fmt: skip
    assert network.ingress_allows(scraper(), vmsingle, 8428)
    assert network.ingress_allows(grafana, vmsingle, 8428)
    app = next(p for p in rendered_pods(everything) if p.namespace == "web")
    assert not network.ingress_allows(app, vmsingle, 8428)
    assert not network.ingress_allows(app, grafana, 3000)
