"""Network checks: every route answers only allowed sources, every policy means something, and
every exposed app can be reached by Traefik.

- an IngressRoute whose route has no ipAllowList Middleware answers anyone who reaches Traefik;
- a NetworkPolicy that selects no rendered pod (or allows a port none of them has) protects
  nothing: a typo in a label, silently;
- an exposed app Traefik cannot reach (default deny, no policy letting it in) is down for everyone.
"""

from __future__ import annotations

from lib.checks.problems import Problem
from lib.manifests import Manifest, namespace_of
from lib.network import Network, Pod, Pods, rendered_pods, routes


def network_problems(objects: list[Manifest], *, traefik: Pod | None, external_namespaces: list[str]) -> list[Problem]:
    network = Network(objects, external_namespaces=external_namespaces)
    pods = Pods(rendered_pods(objects))
    problems = _route_problems(objects)
    problems += _policy_problems(network, pods)
    if traefik is not None:
        problems += _traefik_problems(objects, network, pods, traefik)
    return problems


def _route_problems(objects: list[Manifest]) -> list[Problem]:
    return [
        Problem(
            route.obj, f"routes[{route.index}] has no ipAllowList Middleware: anyone who reaches Traefik reaches it"
        )
        for route in routes(objects)
        if route.source_ranges is None
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
