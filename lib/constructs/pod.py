"""One hardened pod for every workload: an app's Deployment, StatefulSet or CronJob, and the
verification Jobs. The hardening is written here once; what runs in the pod is the caller's.

Every pod: no service-account token; RuntimeDefault seccomp; non-root (unless a kind keeps its
image's root user, a documented exception); every container with all capabilities dropped, no
privilege escalation and a read-only root filesystem, so it writes only where a volume is mounted
(an emptyDir at /tmp at least). Images are pinned, so the node's copy is the right one
(`IfNotPresent`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s_plus_33 import k8s

from lib import rules

TMP = "/tmp"
TMP_VOLUME = "tmp"


@dataclass(frozen=True, kw_only=True)
class RunAs:
    """Who a pod's processes run as. Default: the image's own user, which must not be root."""

    user: int | None = None
    group: int | None = None
    fs_group: int | None = None
    """Owns the volumes' files (re-owned only when a volume's root is not the group's yet)."""
    root: bool = False
    """Keep the image's root user: no runAsNonRoot (a kind's documented exception, e.g. Ollama)."""


def security_context() -> k8s.SecurityContext:
    """What every container gets: nothing a compromised process could escalate with, and nothing it
    could write but its volumes."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        read_only_root_filesystem=True,
    )


def container(
    *,
    name: str,
    image: str,
    resources: k8s.ResourceRequirements,
    mounts: Sequence[k8s.VolumeMount],
    command: Sequence[str] | None = None,
    args: Sequence[str] | None = None,
    env: Sequence[k8s.EnvVar] | None = None,
    ports: Sequence[k8s.ContainerPort] | None = None,
    probes: tuple[k8s.Probe, k8s.Probe, k8s.Probe] | None = None,
) -> k8s.Container:
    """A hardened container. `probes`: (startup, readiness, liveness); none for a Job."""
    startup, readiness, liveness = probes or (None, None, None)
    return k8s.Container(
        name=name,
        image=image,
        image_pull_policy="IfNotPresent",
        command=list(command) if command else None,
        args=list(args) if args else None,
        env=list(env) if env else None,
        ports=list(ports) if ports else None,
        resources=resources,
        security_context=security_context(),
        volume_mounts=list(mounts),
        startup_probe=startup,
        readiness_probe=readiness,
        liveness_probe=liveness,
    )


def pod_spec(
    *,
    containers: Sequence[k8s.Container],
    volumes: Sequence[k8s.Volume],
    run_as: RunAs,
    init_containers: Sequence[k8s.Container] = (),
    service_account_name: str | None = None,
    restart_policy: str | None = None,
    scheduling: Mapping[str, Any] | None = None,
) -> k8s.PodSpec:
    """A hardened pod spec. `scheduling`: runtime_class_name, node_selector, tolerations (a GPU's)."""
    return k8s.PodSpec(
        service_account_name=service_account_name,
        automount_service_account_token=False,  # nothing here talks to the API server
        restart_policy=restart_policy,
        security_context=k8s.PodSecurityContext(
            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
            run_as_non_root=None if run_as.root else True,
            run_as_user=run_as.user,
            run_as_group=run_as.group,
            fs_group=run_as.fs_group,
            # Re-own a volume only when its root is not the group's yet: not every file on every start.
            fs_group_change_policy="OnRootMismatch" if run_as.fs_group is not None else None,
        ),
        init_containers=list(init_containers) or None,
        containers=list(containers),
        volumes=list(volumes),
        **dict(scheduling or {}),
    )


def scratch(paths: Sequence[str] = ()) -> tuple[list[k8s.VolumeMount], list[k8s.Volume]]:
    """An emptyDir at /tmp and at each path: the only places a read-only root filesystem can be written."""
    names = {TMP: TMP_VOLUME} | {p: rules.emptydir_name(p) for p in paths}
    if len(set(names.values())) != len(names):
        raise ValueError(f"writable paths {sorted(names)} give two volumes one name")
    mounts = [k8s.VolumeMount(name=v, mount_path=p) for p, v in names.items()]
    return mounts, [k8s.Volume(name=v, empty_dir=k8s.EmptyDirVolumeSource()) for v in names.values()]
