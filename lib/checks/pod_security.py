"""Pod Security checks: the Pod Security Standards level each rendered namespace enforces (its
`pod-security.kubernetes.io/enforce` label), as the admission controller would refuse a pod:
`baseline` (no privileged, host namespaces, hostPath, host ports or extra capabilities) and
`restricted` (also non-root, no privilege escalation, `drop: [ALL]`, seccomp, restricted volume types).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib.checks.problems import Problem
from lib.labels import POD_SECURITY_ENFORCE
from lib.manifests import Manifest, containers, namespace_of, pod_templates

_BASELINE_CAPABILITIES = {
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
    "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}  # fmt: skip
_RESTRICTED_VOLUMES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
}  # fmt: skip


def pod_security_problems(objects: list[Manifest]) -> list[Problem]:
    levels = {
        o["metadata"]["name"]: o["metadata"].get("labels", {}).get(POD_SECURITY_ENFORCE, "privileged")
        for o in objects
        if o["kind"] == "Namespace"
    }
    problems = []
    for obj, pod in pod_templates(objects):
        ns = namespace_of(obj)
        level = levels.get(ns)
        messages = []
        if level in ("baseline", "restricted"):
            messages += [f"{m} (namespace {ns} enforces {level})" for m in _baseline_messages(pod)]
        if level == "restricted":
            messages += [f"{m} (namespace {ns} enforces restricted)" for m in _restricted_messages(pod)]
        problems += [Problem(obj, m) for m in messages]
    return problems


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
