"""Reachable only by whom it should be: allow lists on every route, NetworkPolicies from the catalog,
the model that evaluates them, the gate's refusals, and the committed picture."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
import yaml
from conftest import ROOT, find, homelab_units, parse, render_values, tool
from test_values import LIBRARY

from lib import network as network_model
from lib.checks.network import network_problems
from lib.manifests import Manifest, Units
from lib.network import K3S_POD_NETWORK, Network, Pod, Pods, rendered_pods, selects
from lib.values.loader import ValuesError
from lib.values.schema import Values

TRAEFIK = Pod(
    "traefik", "kube-system", {"app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": "traefik-kube-system"}
)
STRANGER = Pod("attacker", "default", {"app.kubernetes.io/name": "ollama", "app.kubernetes.io/instance": "ollama"})


@pytest.fixture(scope="module")
def dist(library: Units) -> list[Manifest]:
    """Every object of the library catalog's render, as dist/ would hold it."""
    return [obj for objects in library.values() for obj in objects]


def pod(objects: list[Manifest], name: str) -> Pod:
    (found,) = [p for p in rendered_pods(objects) if p.name == name]
    return found


# ---------------------------------------------------------------- the four answers, against the render


def test_traefik_reaches_ollama(dist: list[Manifest]) -> None:
    assert Network(dist).allows(TRAEFIK, pod(dist, "ollama"), 11434)


def test_n8n_reaches_ollama(dist: list[Manifest]) -> None:
    assert Network(dist).allows(pod(dist, "n8n"), pod(dist, "ollama"), 11434)


def test_a_pod_in_another_namespace_does_not_reach_ollama_even_dressed_as_it(dist: list[Manifest]) -> None:
    network = Network(dist)
    assert not network.allows(STRANGER, pod(dist, "ollama"), 11434), "the labels match, the namespace does not"
    assert not network.allows(Pod("x", "apps", {}), pod(dist, "ollama"), 11434), "not any pod of apps: n8n's"


def test_ollama_does_not_reach_n8n(dist: list[Manifest]) -> None:
    assert not Network(dist).allows(pod(dist, "ollama"), pod(dist, "n8n"), 5678)


def test_n8n_reaches_ollama_on_its_port_only_and_the_internet_but_not_the_lan(dist: list[Manifest]) -> None:
    network, n8n, ollama = Network(dist), pod(dist, "n8n"), pod(dist, "ollama")
    assert not network.allows(n8n, ollama, 22)
    assert network.allows(n8n, Pod("internet", "", address="1.1.1.1"), 443)
    assert not network.allows(n8n, Pod("lan", "", address="192.168.2.10"), 443), "egress: internet, not the LAN"
    assert not network.allows(n8n, Pod("tailnet", "", address="100.100.1.1"), 443)
    assert network.allows(n8n, Pod("coredns", "kube-system", {"k8s-app": "kube-dns"}, {"dns": 53}), 53, "UDP")


def test_every_route_in_dist_has_the_allow_list_and_every_namespace_its_default_deny(dist: list[Manifest]) -> None:
    allow = {o["metadata"]["name"] for o in dist if o["kind"] == "Middleware" and "ipAllowList" in o["spec"]}
    routes = [o for o in dist if o["kind"] == "IngressRoute"]
    assert routes
    for route in routes:
        for rule in route["spec"]["routes"]:
            assert {m["name"] for m in rule["middlewares"]} & allow, route["metadata"]["name"]
    namespaces = {o["metadata"]["name"] for o in dist if o["kind"] == "Namespace"}
    denied = {
        o["metadata"]["namespace"]
        for o in dist
        if o["kind"] == "NetworkPolicy" and o["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}
    }
    assert namespaces and denied == namespaces


def test_https_routes_send_hsts(library: Units) -> None:
    headers = find(library["namespace-ml"], "Middleware", "secure-headers")["spec"]["headers"]
    assert headers["stsSeconds"] >= 31536000
    route = find(library["ollama"], "IngressRoute", "ollama-ingress")["spec"]["routes"][0]
    assert route["middlewares"] == [{"name": "allow-sources"}, {"name": "secure-headers"}]


# ---------------------------------------------------------------- the model's semantics


def policy(namespace: str, selector: dict[str, Any], **spec: Any) -> Manifest:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "p", "namespace": namespace},
        "spec": {"podSelector": selector, **spec},
    }


WEB = Pod("web", "a", {"app": "web", "tier": "front"}, {"http": 8080})
DB = Pod("db", "b", {"app": "db"}, {"postgres": 5432})


def test_no_policy_means_open_and_a_selecting_policy_means_closed() -> None:
    assert Network([]).allows(WEB, DB, 5432)
    closed = Network([policy("b", {}, policyTypes=["Ingress"])])
    assert not closed.allows(WEB, DB, 5432)
    assert closed.allows(DB, WEB, 8080), "a policy in b says nothing of a"


@pytest.mark.parametrize(
    ("peer", "ports", "allowed"),
    [
        ({"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "a"}}}, None, True),
        ({"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "c"}}}, None, False),
        ({"podSelector": {"matchLabels": {"app": "web"}}}, None, False),  # no namespace selector: b's pods only
        (
            {
                "namespaceSelector": {},
                "podSelector": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]},
            },
            None,
            True,
        ),
        (
            {
                "namespaceSelector": {},
                "podSelector": {"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]},
            },
            None,
            False,
        ),
        ({"namespaceSelector": {}}, [{"port": "postgres"}], True),  # a port by the destination's name
        ({"namespaceSelector": {}}, [{"port": 5432, "protocol": "UDP"}], False),
        ({"namespaceSelector": {}}, [{"port": 5400, "endPort": 5500}], True),
        ({"ipBlock": {"cidr": "10.0.0.0/8"}}, None, True),  # a pod's address is in the pod network
        ({"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}, None, False),
    ],
)
def test_ingress_peers_and_ports(peer: dict[str, Any], ports: Any, allowed: bool) -> None:
    rule = {"from": [peer], **({"ports": ports} if ports else {})}
    network = Network([policy("b", {"matchLabels": {"app": "db"}}, policyTypes=["Ingress"], ingress=[rule])])
    assert network.allows(WEB, DB, 5432) is allowed


def test_egress_is_judged_at_the_source() -> None:
    network = Network([policy("a", {}, policyTypes=["Egress"], egress=[{"to": [{"ipBlock": {"cidr": "1.0.0.0/8"}}]}])])
    assert network.allows(WEB, Pod("one", "", address="1.1.1.1"), 443)
    assert not network.allows(WEB, DB, 5432)
    assert selects(None, {}) and selects({}, {"x": "y"})


def test_policies_and_pods_are_found_through_their_labels_not_by_scanning_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # A catalog of N apps: N pods and N policies in one namespace. Scanning them all for each pod made
    # the gate's network checks N^2 (9 s at 500 apps); each lookup now looks at a handful.
    apps = [Pod(f"app-{i}", "ml", {"part-of": "homelab", "instance": f"app-{i}"}, {"http": 80}) for i in range(200)]
    own = [policy("ml", {"matchLabels": {"part-of": "homelab", "instance": p.name}}, ingress=[{}]) for p in apps]
    deny_all = policy("ml", {}, policyTypes=["Ingress"])
    by_expression = policy("ml", {"matchExpressions": [{"key": "instance", "operator": "In", "values": ["app-7"]}]})
    network, pods = Network([deny_all, *own, by_expression]), Pods(apps)
    calls = 0
    real = network_model.selects

    def counted(selector: Any, labels: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(selector, labels)

    monkeypatch.setattr(network_model, "selects", counted)
    assert network.policies_for(apps[7], "Ingress") == [deny_all, own[7], by_expression]
    assert network.policies_for(apps[8], "Ingress") == [deny_all, own[8]]
    assert pods.selected("ml", {"matchLabels": {"part-of": "homelab", "instance": "app-9"}}) == [apps[9]]
    assert pods.selected("other", {"matchLabels": {"instance": "app-9"}}) == []
    assert calls <= 10, f"{calls} selector evaluations for four lookups among 200"
    assert pods.selected("ml", {"matchExpressions": [{"key": "instance", "operator": "Exists"}]}) == apps


# ---------------------------------------------------------------- the gate's refusals


def problems(objects: list[Manifest]) -> list[str]:
    found = network_problems(objects, traefik=TRAEFIK, external_namespaces=[], pod_network=K3S_POD_NETWORK)
    return [str(p) for p in found]


def without(objects: list[Manifest], kind: str, name: str) -> list[Manifest]:
    return [copy.deepcopy(o) for o in objects if not (o["kind"] == kind and o["metadata"]["name"] == name)]


def test_the_library_catalog_passes(dist: list[Manifest]) -> None:
    assert problems(dist) == []


def test_the_gate_refuses_a_route_without_an_allow_list(dist: list[Manifest]) -> None:
    objects = copy.deepcopy(dist)
    route = find(objects, "IngressRoute", "ollama-ingress")
    route["spec"]["routes"][0]["middlewares"] = [{"name": "secure-headers"}]
    assert problems(objects) == [
        "IngressRoute ml/ollama-ingress: routes[0] has no ipAllowList Middleware: anyone who reaches Traefik reaches it"
    ]


def test_the_gate_refuses_a_policy_that_selects_no_pod(dist: list[Manifest]) -> None:
    objects = copy.deepcopy(dist)
    find(objects, "NetworkPolicy", "ollama-from-n8n")["spec"]["podSelector"]["matchLabels"][
        "app.kubernetes.io/name"
    ] = "olama"
    assert problems(objects) == [
        "NetworkPolicy ml/ollama-from-n8n: selects no rendered pod (podSelector {'matchLabels': "
        "{'app.kubernetes.io/instance': 'ollama', 'app.kubernetes.io/name': 'olama'}})"
    ]


def test_the_gate_refuses_a_port_the_pods_do_not_have(dist: list[Manifest]) -> None:
    objects = copy.deepcopy(dist)
    find(objects, "NetworkPolicy", "ollama-from-n8n")["spec"]["ingress"][0]["ports"][0]["port"] = 8080
    assert problems(objects) == ["NetworkPolicy ml/ollama-from-n8n: allows port 8080, which no pod it selects has"]


def test_the_gate_refuses_an_exposed_app_traefik_cannot_reach(dist: list[Manifest]) -> None:
    assert sorted(problems(without(dist, "NetworkPolicy", "n8n-from-traefik"))) == [
        "IngressRoute apps/n8n-ingress-redirect: Traefik (kube-system/traefik) cannot reach Service n8n's pods on "
        "port 'http': no NetworkPolicy in apps lets it in",
        "IngressRoute apps/n8n-ingress: Traefik (kube-system/traefik) cannot reach Service n8n's pods on port "
        "'http': no NetworkPolicy in apps lets it in",
    ]


# ---------------------------------------------------------------- values


def with_apps(**changes: dict[str, Any]) -> str:
    data = copy.deepcopy(LIBRARY)
    for app, change in changes.items():
        data["apps"][app].update(change)
    return yaml.safe_dump(data)


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        (
            {"ollama": {"sourceRanges": ["10.0.0.0/8"]}},
            "apps.ollama.sourceRanges[0]: 10.0.0.0/8 is not within cluster.ingress.sourceRanges",
        ),
        ({"ollama": {"sourceRanges": ["192.168.2.1/24"]}}, "apps.ollama.sourceRanges[0]: expected a network"),
        ({"n8n": {"talksTo": ["olama"]}}, "apps.n8n.talksTo[0]: 'olama' is not another app of the catalog (ollama)"),
        ({"n8n": {"talksTo": ["n8n"]}}, "apps.n8n.talksTo[0]: 'n8n' is not another app"),
        ({"n8n": {"egress": "closed"}}, "apps.n8n.egress: expected one of open, restricted, internet"),
    ],
)
def test_network_value_errors(changes: dict[str, Any], line: str) -> None:
    with pytest.raises(ValuesError) as caught:
        parse(with_apps(**changes))
    assert str(caught.value).startswith(f"test-values.yaml: {line}"), str(caught.value)


def test_an_app_may_narrow_its_sources_with_an_allow_list_of_its_own(values: Values) -> None:
    ollama = dataclasses.replace(values.apps["ollama"], source_ranges=("100.64.0.0/10",))
    units = render_values(dataclasses.replace(values, apps={**values.apps, "ollama": ollama}))
    own = find(units["ollama"], "Middleware", "ollama-allow-sources")["spec"]["ipAllowList"]
    assert own == {"sourceRange": ["100.64.0.0/10"]}
    for route in ("ollama-ingress", "ollama-ingress-redirect"):
        names = [m["name"] for m in find(units["ollama"], "IngressRoute", route)["spec"]["routes"][0]["middlewares"]]
        assert names[0] == "ollama-allow-sources"


def test_an_ip_strategy_reaches_every_allow_list(values: Values) -> None:
    text = yaml.safe_dump(
        {
            **LIBRARY,
            "cluster": {**LIBRARY["cluster"], "ingress": {**LIBRARY["cluster"]["ingress"], "ipStrategy": {"depth": 1}}},
        }
    )
    units = render_values(parse(text))
    assert find(units["namespace-ml"], "Middleware", "allow-sources")["spec"]["ipAllowList"]["ipStrategy"] == {
        "depth": 1
    }


# ---------------------------------------------------------------- the picture


def test_the_committed_picture_is_current() -> None:
    """What `make graph` writes (`tools/graph.py`), from dist/ and the homelab's units built once."""
    graph = tool("graph")
    text = (ROOT / "docs" / "network.md").read_text()
    assert text == graph.document(graph.load(ROOT / "dist")), "docs/network.md is stale: run `make graph`"
    units = (ROOT / "docs" / "units.md").read_text()
    assert units == graph.units_document(list(homelab_units())), "docs/units.md is stale: run `make graph`"
    assert "```mermaid" in text and "| kube-system/traefik | ml/ollama | 11434 |" in text
    assert "```mermaid" in units and "| wave | unit | waits for |" in units
