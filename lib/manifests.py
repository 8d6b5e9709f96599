"""Rendered Kubernetes objects as plain dicts, and how one is named.

An object is identified in a cluster by its API group, kind, namespace and
name; that identity is what must never be rendered twice, and what `make diff`
compares by.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from lib import rules

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
    """True for a kind a CRD defines (traefik.io, cert-manager.io, gateway.networking.k8s.io, ...), false
    for one Kubernetes itself serves: the one place this is decided."""
    group, _, version = str(obj.get("apiVersion", "")).rpartition("/")
    return not is_builtin(group, version, str(obj.get("kind", "")))


def is_builtin(group: str, version: str, kind: str) -> bool:
    """Whether Kubernetes serves this kind itself: its own group (core, `apps`, `*.k8s.io`) and a schema in
    kubernetes-validate's newest strict set, which names files `<kind>-<group's first label>-<version>.json`."""
    if "." in group and not group.endswith(".k8s.io"):
        return False
    prefix = f"{group.split('.')[0]}-" if group else ""
    return f"{kind.lower()}-{prefix}{version}.json" in _builtin_files()


@functools.cache
def _builtin_files() -> frozenset[str]:
    folders = sorted(rules.kubernetes_schemas().glob("v*-local-strict"), key=lambda p: rules.version_key(p.name))
    return frozenset(p.name for p in folders[-1].iterdir())


CLUSTER_SCOPED = frozenset(
    {
        ("", "Namespace"), ("", "Node"), ("", "PersistentVolume"), ("", "ComponentStatus"),
        ("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService"),
        ("storage.k8s.io", "StorageClass"), ("storage.k8s.io", "CSIDriver"), ("storage.k8s.io", "CSINode"),
        ("storage.k8s.io", "VolumeAttachment"), ("scheduling.k8s.io", "PriorityClass"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
        ("networking.k8s.io", "IngressClass"), ("node.k8s.io", "RuntimeClass"),
        ("certificates.k8s.io", "CertificateSigningRequest"), ("flowcontrol.apiserver.k8s.io", "FlowSchema"),
        ("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"), ("cert-manager.io", "ClusterIssuer"),
    }
)  # fmt: skip
"""The kinds that live in no namespace: Kubernetes' own (its API reference), and the cluster-scoped kinds
of the CRDs the catalog relies on."""


def is_namespaced(kind: str, group: str, crd_scopes: Mapping[str, Any] | None = None) -> bool:
    """Whether objects of a kind live in a namespace: not for the cluster-scoped kinds above, nor for a
    kind whose CRD (in `crd_scopes`, `group/Kind` -> spec.scope) says `Cluster`."""
    if (group, kind) in CLUSTER_SCOPED:
        return False
    return (crd_scopes or {}).get(f"{group}/{kind}") != "Cluster"


def object_ref(obj: Manifest) -> str:
    """`Kind/namespace/name`, or `Kind/name` for a cluster-scoped object: how an exception names it."""
    meta = obj.get("metadata", {})
    return "/".join(p for p in (obj.get("kind", ""), meta.get("namespace") or "", meta.get("name", "")) if p)


WORKLOADS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"})
"""The kinds that run pods from a template."""
RUN_TO_COMPLETION = frozenset({"Job", "CronJob"})
"""Workloads whose pods end: no probes, no Service."""
GPU_RESOURCE = "nvidia.com/gpu"
"""The extended resource of an NVIDIA GPU (the device plugin advertises it)."""


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
