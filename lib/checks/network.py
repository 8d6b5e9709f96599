"""Network checks: every route answers only allowed sources, every policy means something, and
every exposed app can be reached by Traefik.

- an IngressRoute whose route has no ipAllowList Middleware answers anyone who reaches Traefik;
- a NetworkPolicy that selects no rendered pod (or allows a port none of them has) protects
  nothing: a typo in a label, silently;
- an exposed app Traefik cannot reach (default deny, no policy letting it in) is down for everyone;
- a verification that calls its app's public route (`verify/public-host`) from a pod whose address
  the route refuses, or that may not reach Traefik, fails on every sync;
- so does one that asks the log store for its app's lines (`verify/log-store`) when its egress may not
  reach the store, or the store's namespace does not let it in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from lib.checks.problems import Problem
from lib.labels import VERIFY_LOG_STORE, VERIFY_PUBLIC_HOST
from lib.manifests import Manifest, namespace_of, pod_template
from lib.network import TRAEFIK_HTTPS_PORT, Network, Pod, Pods, Route, pod_address, rendered_pods, routes


def network_problems(
    objects: list[Manifest],
    *,
    traefik: Pod | None,
    external_namespaces: list[str],
    pod_network: str,
    logs: tuple[Pod, int] | None = None,
) -> list[Problem]:
    """`logs`: the log store's pod and port, which every check that asks it must reach; a pod the values
    declare, which an operator may make at run time (the monitoring chart's VLSingle), so it joins the
    rendered ones. Default: not checked."""
    network = Network(objects, external_namespaces=external_namespaces)
    declared = [] if logs is None else [dataclasses.replace(logs[0], ports={str(logs[1]): logs[1]})]
    pods = Pods([*rendered_pods(objects, pod_address(pod_network)), *declared])
    found = routes(objects)
    problems = _route_problems(found)
    problems += _policy_problems(network, pods)
    if traefik is not None:
        problems += _traefik_problems(objects, network, pods, traefik)
    problems += _public_check_problems(found, network, pods, traefik, pod_network)
    if logs is not None:
        problems += _log_check_problems(network, pods, *logs)
    return problems


def _route_problems(found: list[Route]) -> list[Problem]:
    return [
        Problem(
            route.obj, f"routes[{route.index}] has no ipAllowList Middleware: anyone who reaches Traefik reaches it"
        )
        for route in found
        if route.allow_lists is None
    ]


def _policy_problems(network: Network, pods: Pods) -> list[Problem]:
    problems = []
    for policy in network.policies:
        selector = policy["spec"].get("podSelector", {})
        selected = pods.selected(namespace_of(policy), selector)
        if not selector:
            continue  # every pod of the namespace, deliberately (a default deny), even before there is one
        if not selected:
            problems.append(Problem(policy, f"selects no rendered pod (podSelector {selector})"))
            continue
        for rule in policy["spec"].get("ingress", []):
            for entry in rule.get("ports", []):
                if "port" in entry and all(p.port_number(entry["port"]) not in p.ports.values() for p in selected):
                    problems.append(Problem(policy, f"allows port {entry['port']!r}, which no pod it selects has"))
    return problems


def _traefik_problems(objects: list[Manifest], network: Network, pods: Pods, traefik: Pod) -> list[Problem]:
    services = {(namespace_of(o), o["metadata"]["name"]): o for o in objects if o["kind"] == "Service"}
    problems = []
    for route in (o for o in objects if o["kind"] == "IngressRoute"):
        for backend in (s for rule in route["spec"].get("routes", []) for s in rule.get("services", [])):
            service = services.get((backend.get("namespace", namespace_of(route)), backend["name"]))
            if service is None:
                continue  # the reference checks say so
            ports = [p for p in service["spec"]["ports"] if backend.get("port") in (p["port"], p.get("name"))]
            selected = pods.selected(namespace_of(service), {"matchLabels": service["spec"].get("selector", {})})
            for port in ports:
                target = port.get("targetPort", port["port"])
                reachable = [
                    p for p in selected if (n := p.port_number(target)) is not None and network.allows(traefik, p, n)
                ]
                if selected and not reachable:
                    problems.append(
                        Problem(
                            route,
                            f"Traefik ({traefik}) cannot reach Service {backend['name']}'s pods on port {target!r}: "
                            f"no NetworkPolicy in {namespace_of(service)} lets it in",
                        )
                    )
    return problems


def _public_check_problems(
    found: list[Route], network: Network, pods: Pods, traefik: Pod | None, pod_network: str
) -> list[Problem]:
    """A pod that calls a public route (a verification with viaIngress) connects from the pod network,
    through Traefik: the route's allow lists must admit it, and its egress must reach Traefik."""
    problems = []
    for pod, owner, host in _annotated(pods, VERIFY_PUBLIC_HOST):
        served = [r for r in found if host in r.hosts and r.tls]
        if not served:
            problems.append(Problem(owner, f"calls https://{host}, which no IngressRoute with TLS serves"))
        for route in (r for r in served if not r.admits(pod.address)):
            problems.append(
                Problem(
                    route.obj,
                    f"routes[{route.index}] answers only {', '.join(route.source_ranges or ())}: "
                    f"{owner['kind']} {pod} calls https://{host} from the pod network ({pod_network}) "
                    "and would get 403",
                )
            )
        if traefik is not None and not network.egress_allows(pod, traefik, TRAEFIK_HTTPS_PORT):
            problems.append(Problem(owner, f"calls https://{host}, but its egress may not reach Traefik ({traefik})"))
    return problems


def _log_check_problems(network: Network, pods: Pods, store: Pod, port: int) -> list[Problem]:
    """A check that asks the log store for its app's lines must get through both policies: its own
    egress, and the ingress of the store's namespace."""
    problems = []
    for pod, owner, url in _annotated(pods, VERIFY_LOG_STORE):
        refused = [
            why
            for allowed, why in (
                (network.egress_allows(pod, store, port), "its egress may not reach it"),
                (network.ingress_allows(pod, store, port), f"no NetworkPolicy in {store.namespace} lets it in"),
            )
            if not allowed
        ]
        if refused:
            problems.append(
                Problem(owner, f"asks the log store {url} ({store}, port {port}), but {' and '.join(refused)}")
            )
    return problems


def _annotated(pods: Pods, annotation: str) -> Iterator[tuple[Pod, Manifest, str]]:
    """Each rendered pod whose template carries `annotation`, with its workload and the annotation's value."""
    for pod in pods.all:
        if pod.owner is None:
            continue  # a declared pod (the log store): no template of ours
        value = pod_template(pod.owner).get("metadata", {}).get("annotations", {}).get(annotation)
        if value is not None:
            yield pod, pod.owner, value
