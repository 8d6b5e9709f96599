"""A small model of Kubernetes NetworkPolicy semantics, over rendered objects.

It answers "can pod A reach pod B on port P": B's namespace must let A in (no policy selects B for
Ingress, or one that does has a rule whose peers match A and whose ports match P), and A's must let
it out (likewise for Egress). Peers are pod selectors (in the policy's namespace), namespace
selectors (optionally with a pod selector), or IP blocks; ports are numbers or container port names
of the destination, with a protocol (TCP unless said). Pods are those the workloads' templates
make, plus pods outside the catalog (Traefik, the cluster DNS) and any address given by IP.
And "whom does each route answer": the hosts of every IngressRoute rule, with the source ranges of
its ipAllowList Middlewares.

The safety gate, `make graph` and the tests all ask this one model.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from lib.labels import NAMESPACE_NAME
from lib.manifests import Manifest, containers, namespace_of, pod_template, pod_templates

HOST_RULE = re.compile(r"Host\(`([^`]*)`\)")
"""The hosts of a Traefik route's `match`."""
K3S_POD_NETWORK = "10.42.0.0/16"
"""K3s' default pod network (its --cluster-cidr)."""
POD_NETWORK = "10.42.0.1"
"""An address in K3s' pod network: what a pod is to an IP block, by default."""
TRAEFIK_HTTPS_PORT = 8443
"""The container port of Traefik's websecure entry point (the Traefik chart's default, K3s' too)."""


def pod_address(network: str) -> str:
    """The address a pod of the cluster has, to an IP block or an allow list: the first of its network."""
    return str(next(ipaddress.ip_network(network).hosts()))


@dataclass(frozen=True, eq=False)
class Pod:
    """A pod as policies see it: where it runs, its labels, its container ports (name -> number)."""

    name: str
    namespace: str
    labels: Mapping[str, str] = field(default_factory=dict)
    ports: Mapping[str, int] = field(default_factory=dict)
    address: str = POD_NETWORK
    owner: Manifest | None = None

    def port_number(self, port: int | str) -> int | None:
        """A port of the pod by number or by its container port's name (None: no such name)."""
        return port if isinstance(port, int) else self.ports.get(port)

    def __str__(self) -> str:
        return f"{self.namespace}/{self.name}" if self.namespace else self.name


def rendered_pods(objects: Iterable[Manifest], address: str = POD_NETWORK) -> list[Pod]:
    """The pods the rendered workloads make, one per workload, at `address` (one of the pod network)."""
    pods = []
    for obj, spec in pod_templates(list(objects)):
        ports = {
            p.get("name", str(p["containerPort"])): p["containerPort"]
            for c in containers(spec)
            for p in c.get("ports", [])
        }
        labels = pod_template(obj).get("metadata", {}).get("labels", {})
        pods.append(Pod(obj["metadata"]["name"], namespace_of(obj), labels, ports, address, owner=obj))
    return pods


class Pods:
    """Pods indexed by namespace and label, so that finding those a selector picks does not scan
    them all: a catalog of N apps asks N selectors, which would otherwise cost N^2."""

    def __init__(self, pods: Iterable[Pod]) -> None:
        self.all = list(pods)
        self._by_namespace: defaultdict[str, list[Pod]] = defaultdict(list)
        self._by_label: defaultdict[tuple[str, str, str], list[Pod]] = defaultdict(list)
        for pod in self.all:
            self._by_namespace[pod.namespace].append(pod)
            for key, value in pod.labels.items():
                self._by_label[pod.namespace, key, value].append(pod)

    def selected(self, namespace: str, selector: Mapping[str, Any] | None) -> list[Pod]:
        """The pods of `namespace` that `selector` matches, in their order."""
        labels = (selector or {}).get("matchLabels", {})
        buckets = [self._by_label.get((namespace, k, v), []) for k, v in labels.items()]
        candidates = min(buckets, key=len) if buckets else self._by_namespace.get(namespace, [])
        return [p for p in candidates if selects(selector, p.labels)]


def selects(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """Whether a label selector matches labels (an empty selector matches everything)."""
    if selector is None:
        return True
    if any(labels.get(k) != v for k, v in selector.get("matchLabels", {}).items()):
        return False
    for expression in selector.get("matchExpressions", []):
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True


class Network:
    """The policies of a render, with the namespaces' labels, to ask who reaches whom."""

    def __init__(self, objects: Iterable[Manifest], *, external_namespaces: Iterable[str] = ()) -> None:
        objects = list(objects)
        self.policies = [o for o in objects if o["kind"] == "NetworkPolicy"]
        # Each policy is filed under the pair of its podSelector's matchLabels that fewest policies
        # share (a pod it selects carries them all), or its namespace alone without matchLabels:
        # a pod then looks at a handful of policies, not all of them.
        required = [_match_pairs(p) for p in self.policies]
        shared = Counter(pair for pairs in required for pair in pairs)
        self._unlabelled: defaultdict[str, list[int]] = defaultdict(list)
        self._by_label: defaultdict[tuple[str, str, str], list[int]] = defaultdict(list)
        for i, (policy, pairs) in enumerate(zip(self.policies, required, strict=True)):
            if pairs:
                self._by_label[min(pairs, key=lambda pair: (shared[pair], pair))].append(i)
            else:
                self._unlabelled[namespace_of(policy)].append(i)
        self.namespaces: dict[str, dict[str, str]] = {ns: {NAMESPACE_NAME: ns} for ns in external_namespaces}
        for obj in objects:
            if obj["kind"] == "Namespace":
                name = obj["metadata"]["name"]
                self.namespaces[name] = {**obj["metadata"].get("labels", {}), NAMESPACE_NAME: name}

    def namespace_labels(self, namespace: str) -> dict[str, str]:
        return self.namespaces.get(namespace, {NAMESPACE_NAME: namespace})

    def policies_for(self, pod: Pod, direction: str) -> list[Manifest]:
        """The policies of `direction` (Ingress or Egress) that select `pod`, in render order."""
        filed = [i for k, v in pod.labels.items() for i in self._by_label.get((pod.namespace, k, v), [])]
        candidates = sorted({*self._unlabelled.get(pod.namespace, []), *filed})
        return [
            p
            for p in map(self.policies.__getitem__, candidates)
            if selects(p["spec"].get("podSelector", {}), pod.labels) and direction in _types(p)
        ]

    def _peer_matches(self, peer: Mapping[str, Any], policy: Manifest, other: Pod) -> bool:
        if "ipBlock" in peer:
            block = peer["ipBlock"]
            address = ipaddress.ip_address(other.address)
            if address not in ipaddress.ip_network(block["cidr"]):
                return False
            return not any(address in ipaddress.ip_network(e) for e in block.get("except", []))
        if not other.namespace:
            return False  # an address outside the cluster: no pod or namespace selector matches it
        if "namespaceSelector" in peer:
            if not selects(peer["namespaceSelector"], self.namespace_labels(other.namespace)):
                return False
        elif other.namespace != namespace_of(policy):
            return False
        return selects(peer.get("podSelector"), other.labels)

    def _rule_allows(self, rule: Mapping[str, Any], peers_key: str, policy: Manifest, other: Pod, dst: Pod, port: int,
                     protocol: str) -> bool:  # fmt: skip
        peers = rule.get(peers_key)
        if peers and not any(self._peer_matches(peer, policy, other) for peer in peers):
            return False
        ports = rule.get("ports")
        if not ports:
            return True
        for entry in ports:
            if entry.get("protocol", "TCP") != protocol:
                continue
            if "port" not in entry:
                return True
            number = dst.port_number(entry["port"])
            if number is not None and number <= port <= entry.get("endPort", number):
                return True
        return False

    def ingress_allows(self, src: Pod, dst: Pod, port: int, protocol: str = "TCP") -> bool:
        policies = self.policies_for(dst, "Ingress")
        return not policies or any(
            self._rule_allows(rule, "from", p, src, dst, port, protocol)
            for p in policies
            for rule in p["spec"].get("ingress", [])
        )

    def egress_allows(self, src: Pod, dst: Pod, port: int, protocol: str = "TCP") -> bool:
        if not src.namespace:
            return True  # outside the cluster: no policy of ours applies
        policies = self.policies_for(src, "Egress")
        return not policies or any(
            self._rule_allows(rule, "to", p, dst, dst, port, protocol)
            for p in policies
            for rule in p["spec"].get("egress", [])
        )

    def allows(self, src: Pod, dst: Pod, port: int, protocol: str = "TCP") -> bool:
        """Whether `src` reaches `dst` on `port`: dst's namespace lets it in, and src's lets it out."""
        inbound = not dst.namespace or self.ingress_allows(src, dst, port, protocol)
        return inbound and self.egress_allows(src, dst, port, protocol)


def _match_pairs(policy: Manifest) -> tuple[tuple[str, str, str], ...]:
    """The (namespace, key, value) pairs a policy's podSelector requires by matchLabels."""
    namespace = namespace_of(policy)
    labels = policy["spec"].get("podSelector", {}).get("matchLabels", {})
    return tuple((namespace, k, v) for k, v in sorted(labels.items()))


def _types(policy: Manifest) -> list[str]:
    spec = policy["spec"]
    return spec.get("policyTypes") or ["Ingress", *(["Egress"] if "egress" in spec else [])]


def flows(network: Network, sources: Iterable[Pod], targets: Iterable[Pod]) -> Iterator[tuple[Pod, Pod, int]]:
    """Every (source, target, port) allowed, over the targets' container ports."""
    for target in targets:
        for port in sorted(set(target.ports.values())):
            for source in sources:
                if source is not target and network.allows(source, target, port):
                    yield source, target, port


@dataclass(frozen=True, eq=False)
class Route:
    """One rule of an IngressRoute: the hosts it matches on its entry points, and whom it answers."""

    obj: Manifest
    index: int
    """Its place in the IngressRoute's `routes`."""
    hosts: tuple[str, ...]
    entry_points: tuple[str, ...]
    allow_lists: tuple[tuple[str, ...], ...] | None
    """The ranges of each of its ipAllowList Middlewares, in order; None when it has none, and
    answers anyone."""
    forwarded: bool = False
    """An allow list takes the client from X-Forwarded-For (an ipStrategy): a client that connects
    to Traefik directly, sending none, is refused."""

    @property
    def tls(self) -> bool:
        """Whether it serves HTTPS (its IngressRoute has a `tls` section)."""
        return "tls" in self.obj["spec"]

    @property
    def source_ranges(self) -> tuple[str, ...] | None:
        """Every range its allow lists name; None when it has none."""
        return None if self.allow_lists is None else tuple(r for ranges in self.allow_lists for r in ranges)

    def admits(self, address: str) -> bool:
        """Whether a client at `address`, connecting to Traefik directly, gets past every allow list of
        the route (each Middleware answers 403 to an address outside its own ranges)."""
        if self.forwarded:
            return False
        ip = ipaddress.ip_address(address)
        return all(any(ip in ipaddress.ip_network(r) for r in ranges) for ranges in self.allow_lists or ())


def routes(objects: Iterable[Manifest]) -> list[Route]:
    """Every rule of every IngressRoute, with the allow lists its Middlewares give it."""
    objects = list(objects)
    allow_lists = {
        (namespace_of(o), o["metadata"]["name"]): o["spec"]["ipAllowList"]
        for o in objects
        if o["kind"] == "Middleware" and "ipAllowList" in o["spec"]
    }
    found = []
    for route in (o for o in objects if o["kind"] == "IngressRoute"):
        for i, rule in enumerate(route["spec"].get("routes", [])):
            names = [(m.get("namespace", namespace_of(route)), m["name"]) for m in rule.get("middlewares", [])]
            lists = [allow_lists[n] for n in names if n in allow_lists]
            found.append(
                Route(
                    route,
                    i,
                    hosts=tuple(HOST_RULE.findall(rule.get("match", ""))),
                    entry_points=tuple(route["spec"].get("entryPoints", [])),
                    allow_lists=tuple(tuple(a.get("sourceRange", [])) for a in lists) if lists else None,
                    forwarded=any(a.get("ipStrategy") for a in lists),
                )
            )
    return found
