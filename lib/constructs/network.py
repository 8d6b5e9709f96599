"""NetworkPolicies: who may reach an app's pods, and where they may go. K3s enforces them (its
embedded network-policy controller), so the render states the cluster's traffic, not a wish.

- `DefaultDenyIngress`: nothing reaches a pod of the namespace unless a policy lets it in;
- `AllowIngress`: the pods of one app accept given peers on given ports;
- `RestrictEgress`: the pods of one app reach the cluster DNS, given peers, and with
  `internet` public addresses (never the LAN, the tailnet or the cluster), and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.labels import NAMESPACE_NAME, AppLabels

PRIVATE_RANGES = ("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")
"""Not the internet: private networks (the cluster's pods and Services, the LAN), the tailnet's
CGNAT range, link-local."""


PolicyPort = tuple[int | str, str]
"""A port (number or container port name) and its protocol (TCP or UDP)."""


@dataclass(frozen=True, kw_only=True)
class Peer:
    """Pods in `namespace` with `labels` (all pods there when empty), reached on `ports` (all when empty)."""

    namespace: str
    labels: Mapping[str, str] = field(default_factory=dict)
    ports: Sequence[PolicyPort] = ()

    def peer(self) -> k8s.NetworkPolicyPeer:
        return k8s.NetworkPolicyPeer(
            namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME: self.namespace}),
            pod_selector=k8s.LabelSelector(match_labels=dict(self.labels)),
        )

    def policy_ports(self) -> list[k8s.NetworkPolicyPort] | None:
        ports = [
            k8s.NetworkPolicyPort(
                port=k8s.IntOrString.from_number(p) if isinstance(p, int) else k8s.IntOrString.from_string(p),
                protocol=protocol,
            )
            for p, protocol in self.ports
        ]
        return ports or None


def _policy(
    scope: Construct, id: str, name: str, labels: AppLabels, spec: k8s.NetworkPolicySpec, namespace: str | None = None
) -> None:
    metadata = k8s.ObjectMeta(name=name, namespace=namespace, labels=labels.component("network"))
    k8s.KubeNetworkPolicy(scope, id, metadata=metadata, spec=spec)


class DefaultDenyIngress(Construct):
    """Renders the NetworkPolicy `default-deny-ingress`: it selects every pod of its namespace and lets
    nothing in, so only what another policy allows reaches a pod."""

    name = "default-deny-ingress"

    def __init__(self, scope: Construct, id: str, *, namespace: str, labels: AppLabels) -> None:
        super().__init__(scope, id)
        k8s.KubeNetworkPolicy(
            self,
            "Policy",
            metadata=k8s.ObjectMeta(name=self.name, namespace=namespace, labels=labels.component("network")),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress"]),
        )


class AllowIngress(Construct):
    """Renders the NetworkPolicy `name`: the pods with `selector` accept `sources` on `ports`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        labels: AppLabels,
        selector: Mapping[str, str],
        sources: Sequence[Peer],
        ports: Sequence[PolicyPort],
        namespace: str | None = None,
    ) -> None:
        """
        :param name: the policy's name, `<app>-from-<source>`.
        :param labels: identity of the app; the policy adds component "network".
        :param selector: the app's selector labels: the pods it protects.
        :param sources: who may connect (pods, by namespace and labels).
        :param ports: the container ports they may connect to (numbers or names), with their protocols.
        :param namespace: the namespace of the pods it protects. Default: the chart's.
        """
        super().__init__(scope, id)
        if not sources or not ports:
            raise ValueError(f"AllowIngress {id}: sources and ports must not be empty")
        ingress = k8s.NetworkPolicyIngressRule(
            from_=[source.peer() for source in sources],
            ports=Peer(namespace="", ports=ports).policy_ports(),
        )
        spec = k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=dict(selector)), policy_types=["Ingress"], ingress=[ingress]
        )
        _policy(self, "Policy", name, labels, spec, namespace)


class AllowWithinNamespace(Construct):
    """Renders the NetworkPolicy `name`: the pods of its namespace accept one another, on any port, past
    its `default-deny-ingress`. For a stack whose pods an operator makes at run time (the catalog cannot
    name them one by one) and that talk among themselves: scraper, stores, Grafana, alerting."""

    def __init__(self, scope: Construct, id: str, *, name: str, labels: AppLabels, namespace: str) -> None:
        super().__init__(scope, id)
        same = k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector())
        spec = k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(),
            policy_types=["Ingress"],
            ingress=[k8s.NetworkPolicyIngressRule(from_=[same])],
        )
        _policy(self, "Policy", name, labels, spec, namespace)


class RestrictEgress(Construct):
    """Renders the NetworkPolicy `<name>-egress`: the pods with `selector` reach the cluster DNS,
    `peers`, and with `internet` any public address; nothing else."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        labels: AppLabels,
        selector: Mapping[str, str],
        dns: Peer,
        peers: Sequence[Peer] = (),
        internet: bool = False,
    ) -> None:
        """
        :param name: the app's name; the policy is `<name>-egress`.
        :param labels: identity of the app; the policy adds component "network".
        :param selector: the app's selector labels.
        :param dns: the cluster's DNS pods, and their port.
        :param peers: the pods the app connects to, and their ports. Default: none.
        :param internet: reach public addresses too. Default: False.
        """
        super().__init__(scope, id)
        rules = [k8s.NetworkPolicyEgressRule(to=[peer.peer()], ports=peer.policy_ports()) for peer in (dns, *peers)]
        if internet:
            everywhere = k8s.IpBlock(cidr="0.0.0.0/0", except_=list(PRIVATE_RANGES))
            rules.append(k8s.NetworkPolicyEgressRule(to=[k8s.NetworkPolicyPeer(ip_block=everywhere)]))
        spec = k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=dict(selector)), policy_types=["Egress"], egress=rules
        )
        _policy(self, "Policy", f"{name}-egress", labels, spec)
