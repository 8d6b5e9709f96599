"""Policy checks: what every workload must have, and the Pod Security level of its namespace.

Every pod: no service-account token, every container with requests and limits
and a pinned image, a GPU only with a runtime class; every server container
(not a Job's) with readiness and liveness probes.
Then the Pod Security Standards level its namespace enforces (`baseline`,
`restricted`), as the admission controller would refuse the pod.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib import rules
from lib.checks.problems import Problem
from lib.manifests import RUN_TO_COMPLETION, Manifest, containers, namespace_of, pod_templates

POD_SECURITY_LABEL = "pod-security.kubernetes.io/enforce"
GPU = "nvidia.com/gpu"

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
    for obj, pod in pod_templates(objects):
        ns = namespace_of(obj)
        messages = list(_workload_messages(obj, pod))
        level = levels.get(ns)
        if level in ("baseline", "restricted"):
            messages += [f"{m} (namespace {ns} enforces {level})" for m in _baseline_messages(pod)]
        if level == "restricted":
            messages += [f"{m} (namespace {ns} enforces restricted)" for m in _restricted_messages(pod)]
        problems += [Problem(obj, m) for m in messages]
    return problems


def _workload_messages(obj: Manifest, pod: dict[str, Any]) -> Iterator[str]:
    if pod.get("automountServiceAccountToken") is not False:
        yield "automountServiceAccountToken must be false (no workload here talks to the API server)"
    for c in containers(pod):
        name = f"container {c['name']}"
        try:
            rules.pinned_image(c.get("image", ""))
        except rules.InvalidValue as err:
            yield f"{name}: {err.message}"
        for kind in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if resource not in c.get("resources", {}).get(kind, {}):
                    yield f"{name}: resources.{kind}.{resource} must be set"
        if GPU in c.get("resources", {}).get("limits", {}) and not pod.get("runtimeClassName"):
            yield f"{name}: asks for {GPU} but the pod has no runtimeClassName (the NVIDIA runtime, README: GPUs)"
    if obj["kind"] in RUN_TO_COMPLETION:
        return  # it runs to completion: no probes
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
    for c in containers(pod):
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
    for c in containers(pod):
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
