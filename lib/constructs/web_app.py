"""What every app of the catalog has: the generic, hardened path (kind `web`).

A kind that needs more (Ollama's model provisioning) composes a `WebApp` and
hands it `PodAdditions`; it never copies it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib import rules
from lib.constructs.secrets import SealedSecret
from lib.constructs.verify import Check
from lib.labels import AppLabels
from lib.values.schema import App

PORT_NAME = "http"
GPU_RESOURCE = "nvidia.com/gpu"
TMP_VOLUME = "tmp"


@dataclass(frozen=True, kw_only=True)
class InitContainer:
    """A step run before the app starts, in the app's image, with its resources, security context,
    volumes and environment (its own `env` first)."""

    name: str
    command: Sequence[str]
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    read_only_mounts: Mapping[str, str] = field(default_factory=dict)
    """Volume name -> mount path, for volumes of `PodAdditions.volumes`."""


@dataclass(frozen=True, kw_only=True)
class PodAdditions:
    """What a kind adds to the generic pod. Default: nothing."""

    env: Mapping[str, str] = field(default_factory=dict)
    """The app container's own variables, set before the values' `env`."""
    secret_env: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """The app container's own variables from a declared secret: name -> (Secret, key)."""
    init_containers: Sequence[InitContainer] = ()
    writable_paths: Sequence[str] = ()
    """Folders the kind's app writes, besides /tmp and its volume: an emptyDir each, before the values' own."""
    volumes: Sequence[k8s.Volume] = ()
    annotations: Mapping[str, str] = field(default_factory=dict)
    """Pod template annotations: a change rolls the pod."""


class WebApp(Construct):
    """Renders one app: ServiceAccount, Deployment and ClusterIP Service named `name`; with
    `app.storage` a PersistentVolumeClaim `name` mounted at its `mountPath`; a SealedSecret for each
    sealed secret, whose keys reach the app container through secretKeyRefs (so do external ones).

    Hardened the same way for every app: no service-account token; all
    capabilities dropped, no privilege escalation, a read-only root filesystem
    (an emptyDir at /tmp), RuntimeDefault seccomp; non-root unless the kind
    says otherwise. Startup, readiness and liveness probes on `app.probe_path`.
    One replica; `Recreate` when it has a volume (ReadWriteOnce: the old pod
    lets go of it first), `RollingUpdate` otherwise. With `app.gpu`, the
    `nvidia.com/gpu` limit, the runtime class, node selector and tolerations.
    """

    Settings: type[App] = App
    software: str | None = None
    """The `app.kubernetes.io/name` label: None means the app's own name (a web app is its own software)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        app: App,
        labels: AppLabels,
        additions: PodAdditions = PodAdditions(),
        run_as_root: bool = False,
        volume_name: str = "data",
        storage_component: str = "storage",
    ) -> None:
        """
        :param name: the name of every object, and of the container.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        :param additions: what a kind adds to the pod. Default: nothing.
        :param run_as_root: keep the image's root user (a kind's documented exception). Default:
            False, so `runAsNonRoot: true` and the values' securityContext.
        :param volume_name: the storage volume's name in the pod. Default: "data".
        :param storage_component: the PVC's component label. Default: "storage".
        """
        super().__init__(scope, id)
        rules.check_prop(f"WebApp {id}", "name", rules.app_name, name)
        kind_env = {*additions.env, *additions.secret_env, *(k for step in additions.init_containers for k in step.env)}
        clash = sorted(kind_env & {*app.env, *app.secret_env})
        if clash:  # the kind's settings refuse these; this guards a kind that forgot to
            raise ValueError(f"WebApp {id}: env: {', '.join(clash)} is set by the kind and by the values")
        self.service_name = name
        self.service_port = app.port
        self.check: Check | None = None
        """Nothing a web app could be checked by beyond its probes; a kind sets its own."""

        k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            automount_service_account_token=False,
        )
        scratch = {"/tmp": TMP_VOLUME} | {p: _volume_name(p) for p in (*additions.writable_paths, *app.writable_paths)}
        if len(set(scratch.values())) != len(scratch):
            raise ValueError(f"WebApp {id}: writable paths {sorted(scratch)} give two volumes one name")
        mounts = [k8s.VolumeMount(name=v, mount_path=p) for p, v in scratch.items()]
        volumes = [k8s.Volume(name=v, empty_dir=k8s.EmptyDirVolumeSource()) for v in scratch.values()]
        if app.storage is not None:
            k8s.KubePersistentVolumeClaim(
                self,
                "Storage",
                metadata=k8s.ObjectMeta(name=name, labels=labels.component(storage_component)),
                spec=k8s.PersistentVolumeClaimSpec(
                    access_modes=["ReadWriteOnce"],
                    storage_class_name=app.storage.storage_class_name,
                    resources=k8s.VolumeResourceRequirements(
                        requests={"storage": k8s.Quantity.from_string(app.storage.size)}
                    ),
                ),
            )
            mounts.insert(0, k8s.VolumeMount(name=volume_name, mount_path=app.storage.mount_path))
            volumes.insert(
                0,
                k8s.Volume(
                    name=volume_name, persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=name)
                ),
            )

        quantity = k8s.Quantity.from_string
        limits = {"cpu": quantity(app.resources.limits.cpu), "memory": quantity(app.resources.limits.memory)}
        if app.gpu is not None:  # an extended resource: its request is its limit
            limits[GPU_RESOURCE] = k8s.Quantity.from_number(app.gpu.count)
        resources = k8s.ResourceRequirements(
            requests={"cpu": quantity(app.resources.requests.cpu), "memory": quantity(app.resources.requests.memory)},
            limits=limits,
        )
        # Overrides of the runtime's defaults: nothing a compromised process could use to escalate,
        # and nothing it could write but its volumes.
        security = k8s.SecurityContext(
            allow_privilege_escalation=False,
            capabilities=k8s.Capabilities(drop=["ALL"]),
            read_only_root_filesystem=True,
        )
        user = app.security_context
        gpu_scheduling: dict[str, Any] = {}
        if app.gpu is not None:  # the NVIDIA runtime, and the nodes that have it
            gpu_scheduling = {
                "runtime_class_name": app.gpu.runtime_class_name,
                "node_selector": dict(app.gpu.node_selector) or None,
                "tolerations": [
                    k8s.Toleration(key=t.key, operator=t.operator, value=t.value, effect=t.effect)
                    for t in app.gpu.tolerations
                ]
                or None,
            }
        pod_security = k8s.PodSecurityContext(
            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
            run_as_non_root=None if run_as_root else True,
            run_as_user=user.run_as_user,
            run_as_group=user.run_as_group,
            fs_group=user.fs_group,
            # Re-own the volume only when its root is not the group's yet: not every file on every start.
            fs_group_change_policy="OnRootMismatch" if user.fs_group is not None else None,
        )

        def env(own: Mapping[str, str], secret: Mapping[str, tuple[str, str]]) -> list[k8s.EnvVar] | None:
            plain = [k8s.EnvVar(name=k, value=v) for k, v in {**own, **app.env}.items()]
            refs = [
                k8s.EnvVar(name=var, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=s, key=key)))
                for var, (s, key) in secret.items()
            ]
            return [*plain, *refs] or None

        sealed = {secret: s.sealed for secret, s in app.secrets.items() if s.sealed is not None}
        for secret, encrypted in sealed.items():
            SealedSecret(self, f"Secret-{secret}", name=secret, encrypted_data=encrypted, labels=labels)
        annotations = dict(additions.annotations)
        if sealed:  # sealing a secret again rolls the pod, which reads it only at start
            annotations["checksum/sealed-secrets"] = hashlib.sha256(
                json.dumps(sealed, sort_keys=True).encode()
            ).hexdigest()

        init_containers = [
            k8s.Container(
                name=step.name,
                image=app.image.reference,
                image_pull_policy="IfNotPresent",
                command=list(step.command),
                args=list(step.args) or None,
                env=env(step.env, {}),
                resources=resources,
                security_context=security,
                volume_mounts=[
                    *mounts,
                    *(k8s.VolumeMount(name=v, mount_path=p, read_only=True) for v, p in step.read_only_mounts.items()),
                ],
            )
            for step in additions.init_containers
        ]
        http = k8s.IntOrString.from_string(PORT_NAME)

        def probe(period: int, failures: int, path: str = app.probe_path) -> k8s.Probe:
            return k8s.Probe(
                http_get=k8s.HttpGetAction(path=path, port=http),
                period_seconds=period,
                timeout_seconds=5,
                failure_threshold=failures,
            )

        server = k8s.Container(
            name=name,
            image=app.image.reference,
            # The tag is pinned, so the node's copy is the right one.
            image_pull_policy="IfNotPresent",
            ports=[k8s.ContainerPort(name=PORT_NAME, container_port=app.port, protocol="TCP")],
            env=env(additions.env, {**additions.secret_env, **app.secret_env}),
            resources=resources,
            security_context=security,
            volume_mounts=mounts,
            # Up to 5 minutes to start (a first start may migrate or load from NFS), then checked every 10 s.
            startup_probe=probe(5, 60),
            readiness_probe=probe(10, 3, app.readiness_path or app.probe_path),
            liveness_probe=probe(20, 6),
        )
        k8s.KubeDeployment(
            self,
            "Deployment",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.DeploymentSpec(
                replicas=1,
                revision_history_limit=3,
                strategy=k8s.DeploymentStrategy(type="RollingUpdate" if app.storage is None else "Recreate"),
                selector=k8s.LabelSelector(match_labels=labels.selector()),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels.full("server"), annotations=annotations or None),
                    spec=k8s.PodSpec(
                        service_account_name=name,
                        automount_service_account_token=False,
                        security_context=pod_security,
                        **gpu_scheduling,
                        init_containers=init_containers or None,
                        containers=[server],
                        volumes=[*volumes, *additions.volumes],
                    ),
                ),
            ),
        )
        k8s.KubeService(
            self,
            "Service",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=labels.selector(),
                ports=[k8s.ServicePort(name=PORT_NAME, port=app.port, target_port=http, protocol="TCP")],
            ),
        )


def _volume_name(path: str) -> str:
    """The emptyDir of a writable path, named after it: /home/node/.cache is `home-node-cache`."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[-63:].strip("-") or "root"
