"""The safety gate: every rendered object is checked before dist/ is replaced.

Three kinds of check, each returning problems as one line per problem:

- schema: core kinds against the Kubernetes OpenAPI schema of the cluster's
  version (kubernetes-validate, strict: unknown fields are errors); custom
  resources against their CRD's openAPIV3Schema (imports/schemas), made strict
  the way the API server prunes: an unknown field is an error;
- references: routes, TLS secrets, middlewares, claims, config maps, service
  accounts and namespaces point at objects that are rendered (or declared external);
- policy: resources, probes, pinned images, no token automount, and the Pod
  Security Standards level each namespace enforces.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource

Manifest = dict[str, Any]

_ROOT = Path(__file__).resolve().parent.parent
CRD_SCHEMAS = _ROOT / "imports" / "schemas"
POD_SECURITY_LABEL = "pod-security.kubernetes.io/enforce"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one rendered object."""

    obj: Manifest
    message: str

    def __str__(self) -> str:
        meta = self.obj.get("metadata", {})
        where = f"{meta['namespace']}/{meta.get('name')}" if meta.get("namespace") else meta.get("name")
        return f"{self.obj.get('kind')} {where}: {self.message}"


class RenderError(Exception):
    """The render is invalid; `problems` says why, one line each."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def validate(
    objects: list[Manifest], *, kubernetes_version: str, external_namespaces: Iterable[str] = ()
) -> list[Problem]:
    """Every problem in a whole render, schema first; empty when it is safe to write."""
    problems = [p for obj in objects for p in schema_problems(obj, kubernetes_version)]
    problems += reference_problems(objects, external_namespaces)
    problems += policy_problems(objects)
    return problems


# ---------------------------------------------------------------- schema


def available_kubernetes_versions() -> list[str]:
    """The minor versions kubernetes-validate ships strict schemas for, e.g. '1.33'."""
    root = resources.files("kubernetes_validate") / "kubernetes-json-schema"
    return sorted(
        {p.name[1:].rsplit(".", 1)[0] for p in root.iterdir() if p.name.endswith("-local-strict")},
        key=lambda v: tuple(int(x) for x in v.split(".")),
    )


@functools.cache
def _core_registry(kubernetes_version: str) -> tuple[Path, Registry]:
    folder = resources.files("kubernetes_validate") / "kubernetes-json-schema" / f"v{kubernetes_version}.0-local-strict"
    definitions = json.loads((folder / "_definitions.json").read_text())
    return Path(str(folder)), Resource.from_contents(definitions) @ Registry()


@functools.cache
def _core_validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema.Validator | None:
    folder, registry = _core_registry(kubernetes_version)
    group, _, version = api_version.rpartition("/")
    suffix = f"{group.split('.')[0]}-{version}" if group else version
    path = folder / f"{kind.lower()}-{suffix}.json"
    if not path.exists():
        return None
    return jsonschema.Draft202012Validator(json.loads(path.read_text()), registry=registry)


def _strict(schema: Any) -> Any:
    """A CRD schema in which an unknown field fails, as the API server would prune it."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _strict(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


_OBJECT_META = "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"


@functools.cache
def _crd_validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema.Validator | None:
    group, _, version = api_version.rpartition("/")
    path = CRD_SCHEMAS / f"{group}_{version}_{kind}.json"
    if not path.exists():
        return None
    schema = _strict(json.loads(path.read_text()))
    # The CRD leaves metadata open; the API server checks it as ObjectMeta.
    schema.setdefault("properties", {})["metadata"] = {"$ref": _OBJECT_META}
    return jsonschema.Draft202012Validator(schema, registry=_core_registry(kubernetes_version)[1])


def _path(error: jsonschema.ValidationError) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".") or "(object)"


def schema_problems(obj: Manifest, kubernetes_version: str) -> list[Problem]:
    api_version, kind = obj.get("apiVersion", ""), obj.get("kind", "")
    custom = "." in api_version.split("/")[0]
    validator = _crd_validator(kubernetes_version, api_version, kind) if custom else None
    if validator is None:
        validator = _core_validator(kubernetes_version, api_version, kind)
    if validator is None:
        return [
            Problem(obj, f"no schema for {api_version} {kind} (Kubernetes {kubernetes_version} or imports/schemas)")
        ]
    return [
        Problem(obj, f"{_path(e)}: {e.message}")
        for e in sorted(validator.iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    ]


# ---------------------------------------------------------------- references


def _key(obj: Manifest) -> tuple[str, str, str]:
    meta = obj["metadata"]
    return obj["kind"], meta.get("namespace", ""), meta["name"]


def _pod_templates(objects: list[Manifest]) -> Iterator[tuple[Manifest, dict[str, Any]]]:
    for obj in objects:
        if obj["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
            yield obj, obj["spec"]["template"]["spec"]


def _containers(pod: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from pod.get("initContainers", [])
    yield from pod.get("containers", [])


def reference_problems(objects: list[Manifest], external_namespaces: Iterable[str] = ()) -> list[Problem]:
    index = {_key(o): o for o in objects}
    namespaces = {o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"} | set(external_namespaces)
    certificate_secrets = {
        (o["metadata"].get("namespace", ""), o["spec"]["secretName"]) for o in objects if o["kind"] == "Certificate"
    }
    problems = []

    def missing(obj: Manifest, kind: str, name: str, where: str) -> None:
        if (kind, obj["metadata"].get("namespace", ""), name) not in index:
            problems.append(Problem(obj, f"{where}: {kind} {name!r} is not rendered in namespace {_ns(obj)!r}"))

    for obj in objects:
        ns = obj["metadata"].get("namespace")
        if ns and ns not in namespaces:
            problems.append(
                Problem(obj, f"namespace {ns!r} is neither rendered nor declared in cluster.externalNamespaces")
            )
        if obj["kind"] == "IngressRoute":
            problems += _route_problems(obj, index, certificate_secrets)
    for obj, pod in _pod_templates(objects):
        if pod.get("serviceAccountName"):
            missing(obj, "ServiceAccount", pod["serviceAccountName"], "serviceAccountName")
        volumes = {v["name"] for v in pod.get("volumes", [])}
        for volume in pod.get("volumes", []):
            if "persistentVolumeClaim" in volume:
                claim = volume["persistentVolumeClaim"]["claimName"]
                missing(obj, "PersistentVolumeClaim", claim, f"volume {volume['name']}")
            if "configMap" in volume:
                missing(obj, "ConfigMap", volume["configMap"]["name"], f"volume {volume['name']}")
        for container in _containers(pod):
            for mount in container.get("volumeMounts", []):
                if mount["name"] not in volumes:
                    problems.append(
                        Problem(obj, f"container {container['name']}: mounts volume {mount['name']!r}, not in volumes")
                    )
    return problems


def _ns(obj: Manifest) -> str:
    return str(obj["metadata"].get("namespace", ""))


def _route_problems(
    route: Manifest, index: dict[tuple[str, str, str], Manifest], certificate_secrets: set[tuple[str, str]]
) -> list[Problem]:
    problems = []
    for i, rule in enumerate(route["spec"].get("routes", [])):
        for service in rule.get("services", []):
            if service.get("kind", "Service") != "Service":
                continue
            target = index.get(("Service", service.get("namespace", _ns(route)), service["name"]))
            if target is None:
                problems.append(Problem(route, f"routes[{i}]: Service {service['name']!r} is not rendered"))
                continue
            ports = {p.get("name") for p in target["spec"]["ports"]} | {p["port"] for p in target["spec"]["ports"]}
            if service.get("port") not in ports:
                problems.append(
                    Problem(route, f"routes[{i}]: Service {service['name']!r} has no port {service.get('port')!r}")
                )
        for middleware in rule.get("middlewares", []):
            if ("Middleware", middleware.get("namespace", _ns(route)), middleware["name"]) not in index:
                problems.append(Problem(route, f"routes[{i}]: Middleware {middleware['name']!r} is not rendered"))
    secret = route["spec"].get("tls", {}).get("secretName")
    if secret and (_ns(route), secret) not in certificate_secrets:
        problems.append(Problem(route, f"tls.secretName {secret!r} is issued by no Certificate in its namespace"))
    return problems


# ---------------------------------------------------------------- policy

_BASELINE_CAPABILITIES = {
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
    "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}  # fmt: skip
_RESTRICTED_VOLUMES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
}  # fmt: skip


def policy_problems(objects: list[Manifest]) -> list[Problem]:
    levels = {
        o["metadata"]["name"]: o["metadata"].get("labels", {}).get(POD_SECURITY_LABEL, "privileged")
        for o in objects
        if o["kind"] == "Namespace"
    }
    problems = []
    for obj, pod in _pod_templates(objects):
        messages = list(_workload_messages(pod))
        level = levels.get(_ns(obj))
        if level in ("baseline", "restricted"):
            messages += [f"{m} (namespace {_ns(obj)} enforces {level})" for m in _baseline_messages(pod)]
        if level == "restricted":
            messages += [f"{m} (namespace {_ns(obj)} enforces restricted)" for m in _restricted_messages(pod)]
        problems += [Problem(obj, m) for m in messages]
    return problems


def _workload_messages(pod: dict[str, Any]) -> Iterator[str]:
    if pod.get("automountServiceAccountToken") is not False:
        yield "automountServiceAccountToken must be false (no workload here talks to the API server)"
    for c in _containers(pod):
        name = f"container {c['name']}"
        image = c.get("image", "")
        tag = image.split("@")[0].rsplit("/", 1)[-1].partition(":")[2]
        if not tag or tag == "latest":
            yield f"{name}: image {image!r} must have a pinned tag, not latest"
        for kind in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if resource not in c.get("resources", {}).get(kind, {}):
                    yield f"{name}: resources.{kind}.{resource} must be set"
    for c in pod.get("containers", []):
        for probe in ("readinessProbe", "livenessProbe"):
            if probe not in c:
                yield f"container {c['name']}: {probe} must be set"


def _baseline_messages(pod: dict[str, Any]) -> Iterator[str]:
    for field in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(field):
            yield f"{field} is not allowed"
    for volume in pod.get("volumes", []):
        if "hostPath" in volume:
            yield f"volume {volume['name']}: hostPath is not allowed"
    for c in _containers(pod):
        security = c.get("securityContext", {})
        if security.get("privileged"):
            yield f"container {c['name']}: privileged is not allowed"
        added = set(security.get("capabilities", {}).get("add", [])) - _BASELINE_CAPABILITIES
        if added:
            yield f"container {c['name']}: capabilities {sorted(added)} may not be added"
        if any(p.get("hostPort") for p in c.get("ports", [])):
            yield f"container {c['name']}: hostPort is not allowed"


def _restricted_messages(pod: dict[str, Any]) -> Iterator[str]:
    pod_security = pod.get("securityContext", {})
    for volume in pod.get("volumes", []):
        kinds = set(volume) - {"name"}
        if not kinds <= _RESTRICTED_VOLUMES:
            yield f"volume {volume['name']}: type {sorted(kinds)} is not allowed"
    pod_seccomp = pod_security.get("seccompProfile", {}).get("type")
    for c in _containers(pod):
        security = c.get("securityContext", {})
        name = f"container {c['name']}"
        if not security.get("runAsNonRoot", pod_security.get("runAsNonRoot")):
            yield f"{name}: runAsNonRoot must be true"
        if 0 in (security.get("runAsUser"), pod_security.get("runAsUser")):
            yield f"{name}: runAsUser must not be 0"
        if security.get("allowPrivilegeEscalation") is not False:
            yield f"{name}: allowPrivilegeEscalation must be false"
        capabilities = security.get("capabilities", {})
        if "ALL" not in capabilities.get("drop", []):
            yield f"{name}: capabilities.drop must include ALL"
        if set(capabilities.get("add", [])) - {"NET_BIND_SERVICE"}:
            yield f"{name}: only NET_BIND_SERVICE may be added"
        if security.get("seccompProfile", {}).get("type", pod_seccomp) not in ("RuntimeDefault", "Localhost"):
            yield f"{name}: seccompProfile.type must be RuntimeDefault or Localhost"
