"""What every app of the catalog has: the generic, hardened path (kind `web`), in each shape an app
takes: a Deployment, a StatefulSet or a CronJob, on the one hardened pod (`lib/constructs/pod.py`).

A kind that needs more (Ollama's model provisioning) composes a `Workload` and hands it
`PodAdditions`; it never copies it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib import rules
from lib.constructs import pod
from lib.constructs.secrets import SealedSecret
from lib.constructs.verify import Verification
from lib.labels import AppLabels
from lib.manifests import GPU_RESOURCE
from lib.values.schema import App, Port, Probe, file_key

FILES_VOLUME = "files"


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


class Workload(Construct):
    """Renders one app named `name`: its ServiceAccount, its workload, and its Service when it listens.

    - `deployment` (default): `replicas` pods; with `storage` a PersistentVolumeClaim `name` mounted
      at its `mountPath` and `Recreate` (ReadWriteOnce: the old pod lets go of it first), else
      `RollingUpdate`;
    - `statefulset`: each pod gets its own claim from the template `<volume>` (`<volume>-<name>-<i>`),
      created by the StatefulSet controller, kept when the StatefulSet is deleted or scaled down, and
      never in git, so no GitOps engine can prune it; its Service is headless (a DNS name per pod);
    - `cronjob`: a Job on `schedule` (`timeZone`), never two at once, the last 3 successes and 1
      failure kept; no Service, no probes; `storage` as for a Deployment.

    Every container port is on the Service (ClusterIP; headless for a StatefulSet). Probes: startup
    (5 s x 60: five minutes to start), readiness (10 s x 3) and liveness (20 s x 6), from
    `App.probes`. `files` are one ConfigMap `<name>-files`, each mounted read-only at its path; their
    checksum is in the pod template, so a changed file rolls the pods. A SealedSecret for each sealed
    secret, whose keys reach the app container through secretKeyRefs (so do external ones). With
    `app.gpu`, the `nvidia.com/gpu` limit, the runtime class, node selector and tolerations.
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
        talks_to: Mapping[str, App] | None = None,
        volume_name: str = "data",
        storage_component: str = "storage",
    ) -> None:
        """
        :param name: the name of every object, and of the container.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        :param additions: what a kind adds to the pod. Default: nothing.
        :param talks_to: the apps it talks to, by name (a kind may derive settings from them: Open
            WebUI its Ollama URLs). Default: none; the generic app needs nothing of them.
        :param volume_name: the storage volume's name in the pod (and a StatefulSet's claim template).
            Default: "data".
        :param storage_component: the claim's component label. Default: "storage".
        """
        super().__init__(scope, id)
        rules.check_prop(f"Workload {id}", "name", rules.app_name, name)
        kind_env = {*additions.env, *additions.secret_env, *(k for step in additions.init_containers for k in step.env)}
        clash = sorted(kind_env & {*app.env, *app.secret_env})
        if clash:  # the kind's settings refuse these; this guards a kind that forgot to
            raise ValueError(f"Workload {id}: env: {', '.join(clash)} is set by the kind and by the values")
        self.name = name
        self.ports: dict[str, Port] = app.container_ports
        """The ports it listens on, by name: on its Service, and what NetworkPolicies let in."""
        self.selector = labels.selector()
        """The labels of its pods (what its Service and NetworkPolicies select)."""
        self.check: Verification | None = None
        """Nothing a web app could be checked by beyond its probes; a kind sets its own."""

        k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            automount_service_account_token=False,
        )
        try:
            mounts, volumes = pod.scratch((*additions.writable_paths, *app.writable_paths))
        except ValueError as err:
            raise ValueError(f"Workload {id}: {err}") from None
        claim: k8s.KubePersistentVolumeClaimProps | None = None
        if app.storage is not None:
            mounts.insert(0, k8s.VolumeMount(name=volume_name, mount_path=app.storage.mount_path))
            claim = k8s.KubePersistentVolumeClaimProps(
                metadata=k8s.ObjectMeta(
                    name=volume_name if app.workload == "statefulset" else name,
                    labels=labels.component(storage_component),
                ),
                spec=k8s.PersistentVolumeClaimSpec(
                    access_modes=[app.storage.access_mode],
                    storage_class_name=app.storage.storage_class_name,
                    resources=k8s.VolumeResourceRequirements(
                        requests={"storage": k8s.Quantity.from_string(app.storage.size)}
                    ),
                ),
            )
            if app.workload != "statefulset":
                k8s.KubePersistentVolumeClaim(self, "Storage", metadata=claim.metadata, spec=claim.spec)
                volumes.insert(
                    0,
                    k8s.Volume(
                        name=volume_name, persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=name)
                    ),
                )
        annotations = dict(additions.annotations)
        if app.files:
            files = f"{name}-files"
            k8s.KubeConfigMap(
                self,
                "Files",
                metadata=k8s.ObjectMeta(name=files, labels=labels.component("config")),
                data={file_key(path): text for path, text in sorted(app.files.items())},
            )
            volumes.append(k8s.Volume(name=FILES_VOLUME, config_map=k8s.ConfigMapVolumeSource(name=files)))
            mounts += [
                k8s.VolumeMount(name=FILES_VOLUME, mount_path=path, sub_path=file_key(path), read_only=True)
                for path in sorted(app.files)
            ]
            # A subPath mount never sees a changed ConfigMap: the checksum rolls the pods instead.
            annotations["checksum/files"] = _checksum(app.files)

        quantity = k8s.Quantity.from_string
        limits = {"cpu": quantity(app.resources.limits.cpu), "memory": quantity(app.resources.limits.memory)}
        if app.gpu is not None:  # an extended resource: its request is its limit
            limits[GPU_RESOURCE] = k8s.Quantity.from_number(app.gpu.count)
        resources = k8s.ResourceRequirements(
            requests={"cpu": quantity(app.resources.requests.cpu), "memory": quantity(app.resources.requests.memory)},
            limits=limits,
        )
        scheduling = {}
        if app.gpu is not None:  # the NVIDIA runtime, and the nodes that have it
            scheduling = {
                "runtime_class_name": app.gpu.runtime_class_name,
                "node_selector": dict(app.gpu.node_selector) or None,
                "tolerations": [
                    k8s.Toleration(key=t.key, operator=t.operator, value=t.value, effect=t.effect)
                    for t in app.gpu.tolerations
                ]
                or None,
            }
        user = app.security_context
        run_as = pod.RunAs(
            user=user.run_as_user, group=user.run_as_group, fs_group=user.fs_group, root=app.runs_as_root
        )

        def env(own: Mapping[str, str], secret: Mapping[str, tuple[str, str]]) -> list[k8s.EnvVar]:
            plain = [k8s.EnvVar(name=k, value=v) for k, v in {**own, **app.env}.items()]
            refs = [
                k8s.EnvVar(name=var, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=s, key=key)))
                for var, (s, key) in secret.items()
            ]
            return [*plain, *refs]

        sealed = {secret: s.sealed for secret, s in app.secrets.items() if s.sealed is not None}
        for secret, encrypted in sealed.items():
            SealedSecret(self, f"Secret-{secret}", name=secret, encrypted_data=encrypted, labels=labels)
        if sealed:  # sealing a secret again rolls the pod, which reads it only at start
            annotations["checksum/sealed-secrets"] = _checksum(sealed)

        init_containers = [
            pod.container(
                name=step.name,
                image=app.image.reference,
                command=step.command,
                args=step.args,
                env=env(step.env, {}),
                resources=resources,
                mounts=[
                    *mounts,
                    *(k8s.VolumeMount(name=v, mount_path=p, read_only=True) for v, p in step.read_only_mounts.items()),
                ],
            )
            for step in additions.init_containers
        ]
        probes = app.probes
        server = pod.container(
            name=name,
            image=app.image.reference,
            command=app.command,
            args=app.args,
            ports=[
                k8s.ContainerPort(name=port_name, container_port=p.port, protocol=p.protocol)
                for port_name, p in self.ports.items()
            ],
            env=env(additions.env, {**additions.secret_env, **app.secret_env}),
            resources=resources,
            mounts=mounts,
            probes=(_probe(probes[0], 5, 60), _probe(probes[1], 10, 3), _probe(probes[0], 20, 6)) if probes else None,
        )
        template = k8s.PodTemplateSpec(
            metadata=k8s.ObjectMeta(labels=labels.full("server"), annotations=annotations or None),
            spec=pod.pod_spec(
                service_account_name=name,
                restart_policy="Never" if app.workload == "cronjob" else None,
                run_as=run_as,
                scheduling=scheduling,
                init_containers=init_containers,
                containers=[server],
                volumes=[*volumes, *additions.volumes],
            ),
        )
        metadata = k8s.ObjectMeta(name=name, labels=labels.component("server"))
        selector = k8s.LabelSelector(match_labels=self.selector)
        # With an autoscaler the workload says no count: the autoscaler owns it, and no engine sets it back.
        replicas = None if app.autoscaling is not None else app.replicas or 1
        exclusive = app.storage is not None and not app.storage.shared
        if app.workload == "deployment":
            k8s.KubeDeployment(
                self,
                "Deployment",
                metadata=metadata,
                spec=k8s.DeploymentSpec(
                    replicas=replicas,
                    revision_history_limit=3,
                    # A ReadWriteOnce volume: the old pod lets go of it before the new one starts.
                    strategy=k8s.DeploymentStrategy(type="Recreate" if exclusive else "RollingUpdate"),
                    selector=selector,
                    template=template,
                ),
            )
        elif app.workload == "statefulset":
            _StatefulSet(
                self,
                "StatefulSet",
                metadata=metadata,
                spec=k8s.StatefulSetSpec(
                    service_name=name,
                    replicas=replicas,
                    revision_history_limit=3,
                    selector=selector,
                    template=template,
                    volume_claim_templates=[claim] if claim is not None else None,
                    # The default, said out loud: a claim outlives the StatefulSet and a scale-down.
                    persistent_volume_claim_retention_policy=k8s.StatefulSetPersistentVolumeClaimRetentionPolicy(
                        when_deleted="Retain", when_scaled="Retain"
                    )
                    if claim is not None
                    else None,
                ),
            )
        else:
            k8s.KubeCronJob(
                self,
                "CronJob",
                metadata=metadata,
                spec=k8s.CronJobSpec(
                    schedule=str(app.schedule),
                    time_zone=app.time_zone,
                    concurrency_policy="Forbid",  # a run still going when the next is due: skip the next
                    successful_jobs_history_limit=3,
                    failed_jobs_history_limit=1,
                    job_template=k8s.JobTemplateSpec(
                        metadata=k8s.ObjectMeta(labels=labels.full("server")),
                        spec=k8s.JobSpec(backoff_limit=2, template=template),
                    ),
                ),
            )
        if app.workload != "cronjob":
            _scaling(self, name=name, app=app, labels=labels, selector=self.selector)
        if self.ports:
            k8s.KubeService(
                self,
                "Service",
                metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
                spec=k8s.ServiceSpec(
                    type="ClusterIP",
                    cluster_ip="None" if app.workload == "statefulset" else None,
                    selector=self.selector,
                    ports=[
                        k8s.ServicePort(
                            name=port_name,
                            port=p.port,
                            target_port=k8s.IntOrString.from_string(port_name),
                            protocol=p.protocol,
                        )
                        for port_name, p in self.ports.items()
                    ],
                ),
            )


class _StatefulSet(k8s.KubeStatefulSet):
    """A StatefulSet whose claim templates say their apiVersion and kind, as the API server stores them:
    without them Argo CD shows it OutOfSync forever under server-side apply (argoproj/argo-cd#11143).
    The typed props cannot carry them (`toJson` drops unknown keys), so they are added to its JSON."""

    def to_json(self) -> Any:
        obj = super().to_json()
        spec = obj["spec"]
        if "volumeClaimTemplates" in spec:
            claim = {"apiVersion": "v1", "kind": "PersistentVolumeClaim"}
            spec["volumeClaimTemplates"] = [{**claim, **t} for t in spec["volumeClaimTemplates"]]
        return obj


def _scaling(scope: Construct, *, name: str, app: App, labels: AppLabels, selector: Mapping[str, str]) -> None:
    """With `autoscaling`, the HorizontalPodAutoscaler `name` of the workload; when more than one pod may
    run, the PodDisruptionBudget `name`: a drain evicts one pod at a time (`maxUnavailable: 1`, never a
    `minAvailable` equal to the count, which no drain could ever satisfy), and a pod that is not ready
    at all (`AlwaysAllow`), as Kubernetes' disruption docs recommend."""
    scaling = app.autoscaling
    if scaling is not None:
        target = "Deployment" if app.workload == "deployment" else "StatefulSet"
        cpu = k8s.MetricTargetV2(type="Utilization", average_utilization=scaling.target_cpu_utilization_percentage)
        k8s.KubeHorizontalPodAutoscalerV2(
            scope,
            "Autoscaler",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind=target, name=name),
                min_replicas=scaling.min_replicas,
                max_replicas=scaling.max_replicas,
                metrics=[
                    k8s.MetricSpecV2(type="Resource", resource=k8s.ResourceMetricSourceV2(name="cpu", target=cpu))
                ],
            ),
        )
    if app.several_pods:
        k8s.KubePodDisruptionBudget(
            scope,
            "DisruptionBudget",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.PodDisruptionBudgetSpec(
                selector=k8s.LabelSelector(match_labels=dict(selector)),
                max_unavailable=k8s.IntOrString.from_number(1),
                unhealthy_pod_eviction_policy="AlwaysAllow",
            ),
        )


def _probe(probe: Probe, period: int, failures: int) -> k8s.Probe:
    action: dict[str, object] = {}
    if probe.http is not None:
        port = k8s.IntOrString.from_string(probe.http.port)
        action["http_get"] = k8s.HttpGetAction(path=probe.http.path, port=port)
    elif probe.tcp is not None:
        action["tcp_socket"] = k8s.TcpSocketAction(port=k8s.IntOrString.from_string(probe.tcp))
    else:
        action["exec"] = k8s.ExecAction(command=list(probe.exec_ or ()))
    return k8s.Probe(period_seconds=period, timeout_seconds=5, failure_threshold=failures, **action)  # type: ignore[arg-type]


def _checksum(data: Mapping[str, object]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
