"""Reference checks: what an object points at is rendered (or declared external).

Routes point at a Service and port, a TLS secret issued by a Certificate and
Middlewares, and no two routes claim one host on one entry point; pods at
their claims, config maps and service account; volume mounts at the pod's
volumes; every namespaced object at a namespace that is rendered or external;
an autoscaler at a rendered workload that leaves its count to it; a
disruption budget at rendered pods.
"""

from __future__ import annotations

from collections.abc import Iterable

from lib.checks.problems import Problem
from lib.manifests import (
    Manifest,
    ObjectKey,
    containers,
    describe,
    namespace_of,
    object_key,
    pod_template,
    pod_templates,
)
from lib.network import HOST_RULE, selects

Index = dict[ObjectKey, Manifest]
TRAEFIK = "traefik.io"


def reference_problems(objects: list[Manifest], external_namespaces: Iterable[str] = ()) -> list[Problem]:
    index: Index = {object_key(o): o for o in objects}
    namespaces = {o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"} | set(external_namespaces)
    certificate_secrets = {(namespace_of(o), o["spec"]["secretName"]) for o in objects if o["kind"] == "Certificate"}
    problems = []

    def missing(obj: Manifest, kind: str, name: str, where: str) -> None:
        if ("", kind, namespace_of(obj), name) not in index:
            problems.append(
                Problem(obj, f"{where}: {kind} {name!r} is not rendered in namespace {namespace_of(obj)!r}")
            )

    problems += _host_conflicts([o for o in objects if o["kind"] == "IngressRoute"])
    pods = _pod_labels(objects)
    for obj in objects:
        ns = obj["metadata"].get("namespace")
        if ns and ns not in namespaces:
            problems.append(
                Problem(obj, f"namespace {ns!r} is neither rendered nor declared in cluster.externalNamespaces")
            )
        if obj["kind"] == "IngressRoute":
            problems += _route_problems(obj, index, certificate_secrets)
        if obj["kind"] == "HorizontalPodAutoscaler":
            problems += _autoscaler_problems(obj, index)
        if obj["kind"] == "PodDisruptionBudget" and not any(
            namespace_of(w) == namespace_of(obj) and selects(obj["spec"].get("selector"), labels) for w, labels in pods
        ):
            problems.append(Problem(obj, "selector: selects no pod rendered in its namespace"))
    for obj, pod in pod_templates(objects):
        if pod.get("serviceAccountName"):
            missing(obj, "ServiceAccount", pod["serviceAccountName"], "serviceAccountName")
        claim_templates = {c["metadata"]["name"] for c in obj["spec"].get("volumeClaimTemplates", [])}
        volumes = {v["name"] for v in pod.get("volumes", [])} | claim_templates
        for volume in pod.get("volumes", []):
            if "persistentVolumeClaim" in volume:
                claim = volume["persistentVolumeClaim"]["claimName"]
                missing(obj, "PersistentVolumeClaim", claim, f"volume {volume['name']}")
            if "configMap" in volume:
                missing(obj, "ConfigMap", volume["configMap"]["name"], f"volume {volume['name']}")
        for container in containers(pod):
            for mount in container.get("volumeMounts", []):
                if mount["name"] not in volumes:
                    problems.append(
                        Problem(obj, f"container {container['name']}: mounts volume {mount['name']!r}, not in volumes")
                    )
    return problems


def _autoscaler_problems(autoscaler: Manifest, index: Index) -> list[Problem]:
    """Its target is rendered, and says no replica count: the autoscaler owns it, and an engine would set a
    count in git back after every scaling (Argo CD's self-heal, Flux's next reconcile)."""
    ref = autoscaler["spec"]["scaleTargetRef"]
    group = str(ref.get("apiVersion", "")).rpartition("/")[0]
    target = index.get((group, ref["kind"], namespace_of(autoscaler), ref["name"]))
    if target is None:
        return [Problem(autoscaler, f"scaleTargetRef: {ref['kind']} {ref['name']!r} is not rendered in namespace "
                                    f"{namespace_of(autoscaler)!r}")]  # fmt: skip
    if "replicas" in target["spec"]:
        return [Problem(autoscaler, f"scaleTargetRef: {describe(target)} sets spec.replicas, which the GitOps engine "
                                    "would set back after every scaling: leave it out")]  # fmt: skip
    return []


def _pod_labels(objects: list[Manifest]) -> list[tuple[Manifest, dict[str, str]]]:
    """(workload, the labels of its pods)."""
    return [(w, dict(pod_template(w).get("metadata", {}).get("labels", {}))) for w, _ in pod_templates(objects)]


def _route_problems(route: Manifest, index: Index, certificate_secrets: set[tuple[str, str]]) -> list[Problem]:
    problems = []
    for i, rule in enumerate(route["spec"].get("routes", [])):
        for service in rule.get("services", []):
            if service.get("kind", "Service") != "Service":
                continue
            target = index.get(("", "Service", service.get("namespace", namespace_of(route)), service["name"]))
            if target is None:
                problems.append(Problem(route, f"routes[{i}]: Service {service['name']!r} is not rendered"))
                continue
            ports = {p.get("name") for p in target["spec"]["ports"]} | {p["port"] for p in target["spec"]["ports"]}
            if service.get("port") not in ports:
                problems.append(
                    Problem(route, f"routes[{i}]: Service {service['name']!r} has no port {service.get('port')!r}")
                )
        for middleware in rule.get("middlewares", []):
            if (
                TRAEFIK,
                "Middleware",
                middleware.get("namespace", namespace_of(route)),
                middleware["name"],
            ) not in index:
                problems.append(Problem(route, f"routes[{i}]: Middleware {middleware['name']!r} is not rendered"))
    secret = route["spec"].get("tls", {}).get("secretName")
    if secret and (namespace_of(route), secret) not in certificate_secrets:
        problems.append(Problem(route, f"tls.secretName {secret!r} is issued by no Certificate in its namespace"))
    return problems


def _host_conflicts(routes: list[Manifest]) -> list[Problem]:
    """Two IngressRoutes matching one host on one entry point: Traefik would serve only one of them."""
    claimed: dict[tuple[str, str], Manifest] = {}
    problems = []
    for route in routes:
        hosts = {h for rule in route["spec"].get("routes", []) for h in HOST_RULE.findall(rule.get("match", ""))}
        for entry_point in route["spec"].get("entryPoints", []):
            for host in sorted(hosts):
                first = claimed.setdefault((entry_point, host), route)
                if first is not route:
                    problems.append(
                        Problem(route, f"host {host} on entry point {entry_point} is also routed by {describe(first)}")
                    )
    return problems
