"""Log access in the render (issue 19): with `cluster.logs`, each app's verification asks the log store for
its app's recent lines within the budget of `verify.logs`, its egress reaches the store, the store's
namespace lets exactly the checks in, and the gate proves both with the network model.

The catalog is the library's (tests/catalogs/library.yaml) with a stand-in log store: an app of kind web
named victoria-logs in a namespace monitoring, serving 9428 as VictoriaLogs does.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from conftest import LIBRARY_VALUES, find, parse, render_values, with_keys

from lib.checks import RenderError
from lib.labels import VERIFY_LOG_STORE
from lib.manifests import Units
from lib.network import Network, Pod, rendered_pods
from lib.synth import check, log_store
from lib.values.loader import ValuesError
from lib.values.schema import Values

STORE = "http://victoria-logs.monitoring.svc:9428"
STORE_LABELS = {"app.kubernetes.io/name": "victoria-logs", "app.kubernetes.io/instance": "victoria-logs"}
STANDIN = {
    "namespace": "monitoring",
    "image": {"repository": "docker.io/victoriametrics/victoria-logs", "tag": "v1.52.0"},
    "port": 9428,
    "probePath": "/health",
    "resources": {"requests": {"cpu": "50m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
    "securityContext": {"runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 1000},
}


def library_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LIBRARY_VALUES.read_text())
    return data


def with_store(*changes: Any, data: dict[str, Any] | None = None) -> str:
    """The library catalog with the stand-in store and `cluster.logs` naming it, then `changes`."""
    return with_keys(
        data or library_data(),
        "namespaces.monitoring", {"podSecurity": "restricted"},
        "apps.victoria-logs", STANDIN,
        "cluster.logs", {"url": STORE, "labels": STORE_LABELS},
        "apps.ollama.verify", {"logs": {"withinSeconds": 45, "sinceSeconds": 600}},
        *changes,
    )  # fmt: skip


@pytest.fixture(scope="module")
def logged() -> Values:
    return parse(with_store())


@pytest.fixture(scope="module")
def units(logged: Values) -> Units:
    return render_values(logged)


def everything(units: Units) -> list[dict[str, Any]]:
    return [o for objs in units.values() for o in objs]


def verify_container(units: Units, app: str) -> dict[str, Any]:
    (container,) = find(units[app], "Job", f"{app}-verify")["spec"]["template"]["spec"]["containers"]
    return container


def env_of(units: Units, app: str) -> dict[str, str]:
    return {e["name"]: e["value"] for e in verify_container(units, app)["env"]}


# ---------------------------------------------------------------- the check in the Job


def test_each_check_asks_the_store_for_its_apps_lines_within_the_budget_of_its_values(units: Units) -> None:
    ollama, n8n = env_of(units, "ollama"), env_of(units, "n8n")
    assert ollama["VERIFY_LOGS_QUERY"] == (
        '_time:600s kubernetes.pod_namespace:="ml" kubernetes.container_name:="ollama"'
    ), "verify.logs.sinceSeconds; the app's namespace and container, by exact value"
    assert ollama["VERIFY_LOGS_SECONDS"] == "45", "verify.logs.withinSeconds"
    assert ollama["VERIFY_LOGS_URL"] == (
        f"{STORE}/select/logsql/query?query=_time%3A600s%20kubernetes.pod_namespace%3A%3D%22ml%22%20"
        "kubernetes.container_name%3A%3D%22ollama%22&limit=1"
    ), "VictoriaLogs' query API, the query percent-encoded, the newest line only"
    assert n8n["VERIFY_LOGS_SECONDS"] == "60" and n8n["VERIFY_LOGS_QUERY"].startswith("_time:3600s "), "the defaults"
    annotations = find(units["n8n"], "Job", "n8n-verify")["spec"]["template"]["metadata"]["annotations"]
    assert annotations[VERIFY_LOG_STORE] == STORE


def test_the_jobs_deadline_leaves_room_for_the_log_check(library: Units, units: Units) -> None:
    def deadline(rendered: Units) -> int:
        return int(find(rendered["n8n"], "Job", "n8n-verify")["spec"]["activeDeadlineSeconds"])

    assert deadline(units) == deadline(library) + 2 * (60 + 10), "two tries, each with its budget and 10 s"


def test_with_flux_the_checks_own_unit_asks_the_store_too() -> None:
    flux = render_values(parse(with_store("gitops.engine", "flux")))
    (container,) = find(flux["ollama-verify"], "Job", "ollama-verify")["spec"]["template"]["spec"]["containers"]
    assert {e["name"]: e["value"] for e in container["env"]}["VERIFY_LOGS_SECONDS"] == "45"
    find(flux["namespace-monitoring"], "NetworkPolicy", "victoria-logs-from-ollama-verify")


def test_a_check_with_its_log_check_off_asks_no_store(units: Units) -> None:
    quiet = render_values(parse(with_store("apps.n8n.verify", {"logs": {"enabled": False}})))
    assert "VERIFY_LOGS_URL" not in env_of(quiet, "n8n") and "VERIFY_LOGS_URL" in env_of(quiet, "ollama")
    egress = find(quiet["n8n"], "NetworkPolicy", "n8n-verify-egress")["spec"]["egress"]
    assert "monitoring" not in str(egress)
    admitted = [o["metadata"]["name"] for o in quiet["namespace-monitoring"] if o["kind"] == "NetworkPolicy"]
    assert admitted == ["default-deny-ingress", "victoria-logs-from-ollama-verify"]


def test_without_cluster_logs_no_check_asks_a_store(library: Units) -> None:
    for app in ("ollama", "n8n"):
        assert not any(k.startswith("VERIFY_LOGS") for k in env_of(library, app))
    assert not [o for o in everything(library) if o["metadata"]["name"].endswith(("-from-ollama-verify",
                                                                                 "-from-n8n-verify"))]  # fmt: skip


# ---------------------------------------------------------------- the network


def test_each_check_reaches_the_store_on_its_port_and_the_store_admits_only_the_checks(units: Units) -> None:
    network = Network(everything(units))
    pods = {p.name: p for p in rendered_pods(everything(units))}
    store = pods["victoria-logs"]
    for app in ("ollama", "n8n"):
        assert network.allows(pods[f"{app}-verify"], store, 9428), app
    others = [p for name, p in pods.items() if not name.endswith("-verify") and name != "victoria-logs"]
    assert others and not any(network.allows(p, store, 9428) for p in others), "the apps themselves: no"
    intruder = Pod("intruder", "apps", {"app.kubernetes.io/name": "n8n", "app.kubernetes.io/instance": "n8n-verify"})
    assert network.ingress_allows(intruder, store, 9428), "labelled as n8n's check in its namespace: let in"
    elsewhere = Pod("elsewhere", "default", dict(intruder.labels))
    assert not network.ingress_allows(elsewhere, store, 9428), "the same labels in another namespace: refused"


@pytest.mark.parametrize(("app", "namespace"), [("ollama", "ml"), ("n8n", "apps")])
def test_the_stores_namespace_unit_lets_each_check_in(units: Units, app: str, namespace: str) -> None:
    policy = find(units["namespace-monitoring"], "NetworkPolicy", f"victoria-logs-from-{app}-verify")
    assert policy["metadata"]["namespace"] == "monitoring"
    spec = policy["spec"]
    assert spec["podSelector"] == {"matchLabels": STORE_LABELS} and spec["policyTypes"] == ["Ingress"]
    assert spec["ingress"] == [{
        "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}},
                  "podSelector": {"matchLabels": {"app.kubernetes.io/name": app,
                                                  "app.kubernetes.io/instance": f"{app}-verify"}}}],
        "ports": [{"port": 9428, "protocol": "TCP"}],
    }]  # fmt: skip


def test_the_gate_passes_the_render(units: Units, logged: Values) -> None:
    check(units, logged)


def test_a_store_namespace_that_does_not_let_the_checks_in_fails_the_gate(units: Units, logged: Values) -> None:
    broken = copy.deepcopy(units)
    broken["namespace-monitoring"] = [
        o for o in broken["namespace-monitoring"] if o["metadata"]["name"] != "victoria-logs-from-ollama-verify"
    ]
    with pytest.raises(RenderError) as refused:
        check(broken, logged)
    assert (
        f"Job ml/ollama-verify: asks the log store {STORE} (monitoring/victoria-logs, port 9428), but no "
        "NetworkPolicy in monitoring lets it in"
    ) in str(refused.value)


def test_a_store_an_operator_makes_at_run_time_is_taken_from_the_values(units: Units, logged: Values) -> None:
    """The monitoring chart's VLSingle: no workload of the render runs the store, so the gate places its
    pod from `cluster.logs` (its labels, the URL's port); the checks still have to reach it."""
    unrendered = {name: objs for name, objs in copy.deepcopy(units).items() if name != "victoria-logs"}
    check(unrendered, logged)
    unrendered["namespace-monitoring"] = [
        o for o in unrendered["namespace-monitoring"] if o["metadata"]["name"] != "victoria-logs-from-ollama-verify"
    ]
    with pytest.raises(RenderError, match=r"Job ml/ollama-verify: asks the log store .*, but no NetworkPolicy in "
                                          r"monitoring lets it in"):  # fmt: skip
        check(unrendered, logged)


def test_a_check_whose_egress_cannot_reach_the_store_fails_the_gate(units: Units, logged: Values) -> None:
    broken = copy.deepcopy(units)
    policy = find(broken["n8n"], "NetworkPolicy", "n8n-verify-egress")
    policy["spec"]["egress"] = policy["spec"]["egress"][:2]  # the DNS and the app, not the store
    with pytest.raises(RenderError, match=r"Job apps/n8n-verify: asks the log store .*, but its egress may not "
                                          r"reach it$"):  # fmt: skip
        check(broken, logged)


def test_a_store_in_an_external_namespace_gets_no_policy_there() -> None:
    data = library_data()
    data["cluster"]["externalNamespaces"] = ["monitoring"]
    values = parse(with_keys(data, "cluster.logs", {"url": STORE, "labels": STORE_LABELS}))
    units = render_values(values)
    assert not any(o["metadata"].get("namespace") == "monitoring" for o in everything(units)), (
        "a policy selecting its pods would cut off everyone else there"
    )
    assert "VERIFY_LOGS_URL" in env_of(units, "ollama")
    network = Network(everything(units), external_namespaces=["monitoring"])
    verify = {p.name: p for p in rendered_pods(everything(units))}["ollama-verify"]
    store, port = log_store(values)  # type: ignore[misc]
    assert network.allows(verify, store, port)
    check(units, values)


# ---------------------------------------------------------------- the values


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        (("cluster.logs.url", "http://victoria-logs.monitoring:9428"),
         "cluster.logs.url: expected the http:// URL of a Service of the cluster, "
         "http://<service>.<namespace>.svc:<port> such as http://victoria-logs-single-server.monitoring.svc:9428 "
         "(no path), got 'http://victoria-logs.monitoring:9428'"),
        (("cluster.logs.url", "http://victoria-logs.logging.svc:9428"),
         "cluster.logs.url: namespace 'logging' is neither listed under namespaces nor in cluster.externalNamespaces"),
        (("cluster.logs.labels", {}),
         "cluster.logs.labels: lists no label, which selects every pod of namespace monitoring: name the labels of "
         "the log store's pods"),
        (("cluster.logs", ...),
         "apps.ollama.verify.logs: needs cluster.logs: the log store the check asks"),
        (("apps.ollama.verify", {"logs": {"withinSeconds": 0}}),
         "apps.ollama.verify.logs.withinSeconds: expected a whole number of at least 1, got 0"),
        (("apps.ollama.verify", {"logs": {"sinceSeconds": 2592001}}),
         "apps.ollama.verify.logs.sinceSeconds: expected a whole number of at most 2592000 (30 days), got 2592001"),
    ],
    ids=["not-a-service", "undeclared-namespace", "no-labels", "no-store", "no-budget", "too-long-ago"],
)  # fmt: skip
def test_bad_log_settings_are_refused_in_one_line(changes: tuple[Any, ...], error: str) -> None:
    with pytest.raises(ValuesError) as refused:
        parse(with_store(*changes))
    assert str(refused.value) == f"test-values.yaml: {error}"


def test_the_store_url_gives_its_service_namespace_and_port(logged: Values) -> None:
    logs = logged.cluster.logs
    assert logs is not None
    assert (logs.service, logs.namespace, logs.port) == ("victoria-logs", "monitoring", 9428)
    long = parse(with_store("cluster.logs.url", "http://victoria-logs.monitoring.svc.cluster.local/")).cluster.logs
    assert long is not None and (long.namespace, long.port) == ("monitoring", 80)
