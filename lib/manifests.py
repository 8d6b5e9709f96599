"""Rendered Kubernetes objects as plain dicts, and how one is named.

An object is identified in a cluster by its API group, kind, namespace and
name; that identity is what must never be rendered twice, and what `make diff`
compares by.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

Manifest = dict[str, Any]
"""One rendered object, as written to dist/."""

Units = dict[str, list[Manifest]]
"""The objects of each deploy unit, by unit name (its dist/ folder)."""

ObjectKey = tuple[str, str, str, str]
"""(API group, kind, namespace or "", name)."""


MANIFEST_SUFFIX = ".k8s.yaml"


def file_name(obj: Manifest) -> str:
    """The object's file in its unit's folder of dist/: `<Kind>.<name>.k8s.yaml`."""
    return f"{obj['kind']}.{obj['metadata']['name']}{MANIFEST_SUFFIX}"


def api_group(obj: Manifest) -> str:
    """The API group of an object; "" for the core group, as Argo CD spells it."""
    return str(obj["apiVersion"]).rpartition("/")[0]


def namespace_of(obj: Manifest) -> str:
    """An object's namespace; "" for a cluster-scoped one."""
    return str(obj["metadata"].get("namespace") or "")


def object_key(obj: Manifest) -> ObjectKey:
    return api_group(obj), obj["kind"], namespace_of(obj), obj["metadata"]["name"]


def describe(obj: Manifest) -> str:
    """`Kind namespace/name`, or `Kind name` for a cluster-scoped object."""
    meta = obj.get("metadata", {})
    where = f"{meta['namespace']}/{meta.get('name')}" if meta.get("namespace") else meta.get("name")
    return f"{obj.get('kind')} {where}"


def is_custom_resource(obj: Manifest) -> bool:
    """True for a kind a CRD defines (traefik.io, cert-manager.io, ...), not a built-in one."""
    group = api_group(obj)
    return "." in group and not group.endswith(".k8s.io")


WORKLOADS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"})
"""The kinds that run pods from a template."""
RUN_TO_COMPLETION = frozenset({"Job", "CronJob"})
"""Workloads whose pods end: no probes, no Service."""


def pod_template(obj: Manifest) -> dict[str, Any]:
    """The pod template of a workload (a CronJob's is inside its job template)."""
    spec = obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]
    return dict(spec["template"])


def pod_templates(objects: list[Manifest]) -> Iterator[tuple[Manifest, dict[str, Any]]]:
    """(workload, its pod spec) for every object that runs pods."""
    for obj in objects:
        if obj["kind"] in WORKLOADS:
            yield obj, pod_template(obj)["spec"]


def containers(pod: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The init containers, then the containers, of a pod spec."""
    yield from pod.get("initContainers", [])
    yield from pod.get("containers", [])


def image_parts(reference: str) -> tuple[str, str]:
    """(repository, version) of an image reference: `docker.io/ollama/ollama:0.17.7@sha256:...` is
    (`docker.io/ollama/ollama`, `0.17.7@sha256:...`); a reference without a tag has version ""."""
    name, at, digest = reference.partition("@")
    head, slash, last = name.rpartition("/")
    last, colon, tag = last.partition(":")
    return f"{head}{slash}{last}", f"{tag}{at}{digest}" if colon or at else ""


def images(objects: Iterable[Manifest]) -> dict[str, dict[str, list[str]]]:
    """repository -> version -> the workloads that run it (`Deployment ml/ollama`), sorted."""
    found: dict[str, dict[str, set[str]]] = {}
    for obj, pod in pod_templates(list(objects)):
        for container in containers(pod):
            repository, version = image_parts(container.get("image", ""))
            found.setdefault(repository, {}).setdefault(version, set()).add(describe(obj))
    return {r: {v: sorted(w) for v, w in sorted(vs.items())} for r, vs in sorted(found.items())}
