"""An Ollama inference server with its models on a persistent volume."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources

from cdk8s_plus_27 import k8s
from constructs import Construct

from lib.labels import AppLabels

MODELS_PATH = "/root/.ollama"
"""Ollama's default home for models and its key, where the volume is mounted."""

PULL_SCRIPT = resources.files("lib").joinpath("scripts/pull-models.sh").read_text()

# Probes hit /api/version: it answers only once the HTTP API is up, and costs
# nothing, unlike / (a static banner) or /api/tags (reads every manifest).
_PROBE_PATH = "/api/version"
# Never run a second pod on a ReadWriteOnce volume: the old pod goes first.
_STRATEGY = "Recreate"


class OllamaServer(Construct):
    """Renders Ollama as a Deployment with its ServiceAccount, model PVC, and ClusterIP Service.

    Every object is named `name`, except the ConfigMap holding the model pull
    script (`<name>-pull-models`). Models listed in `models` are pulled by the
    init container `pull-models` before the server starts (see the script).
    Ollama runs as root, as its image expects, with every capability dropped,
    no privilege escalation and a read-only root filesystem (README, Security).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        image: str,
        storage_class_name: str,
        storage_size: str,
        name: str = "ollama",
        port: int = 11434,
        cpu_request: str = "500m",
        memory_request: str = "2Gi",
        cpu_limit: str = "4",
        memory_limit: str = "8Gi",
        models: Sequence[str] = (),
        pull_attempts: int = 3,
        pull_backoff_seconds: int = 10,
    ) -> None:
        """
        :param labels: identity of the instance; objects add their component.
        :param image: image reference, repository:tag (a pinned tag, never latest).
        :param storage_class_name: storage class of the model volume.
        :param storage_size: size of the model volume, a quantity such as 50Gi.
        :param name: name of every object. Default: "ollama".
        :param port: port of the HTTP API, in the pod and on the Service. Default: 11434.
        :param cpu_request: CPU the scheduler reserves. Default: "500m".
        :param memory_request: memory the scheduler reserves. Default: "2Gi".
        :param cpu_limit: CPU the server may burst to. Default: "4".
        :param memory_limit: memory at which the server is killed. Default: "8Gi".
        :param models: models on the volume before the pod is Ready. Default: none.
        :param pull_attempts: tries per model before the pod fails. Default: 3.
        :param pull_backoff_seconds: first wait between tries, doubling. Default: 10.
        """
        super().__init__(scope, id)
        if not 1 <= port <= 65535:
            raise ValueError(f"OllamaServer {id}: port must be 1 to 65535, got {port}")
        if image.endswith(":latest") or ":" not in image.rsplit("/", 1)[-1]:
            raise ValueError(f"OllamaServer {id}: image must have a pinned tag, got {image!r}")
        if pull_attempts < 1 or pull_backoff_seconds < 1:
            raise ValueError(
                f"OllamaServer {id}: pull_attempts and pull_backoff_seconds must be at least 1, "
                f"got {pull_attempts} and {pull_backoff_seconds}"
            )
        self.name = name
        self.port = port
        self.service_port_name = "http"

        k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            automount_service_account_token=False,
        )
        self.claim = k8s.KubePersistentVolumeClaim(
            self,
            "ModelVolume",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("model-storage")),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=["ReadWriteOnce"],
                storage_class_name=storage_class_name,
                resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string(storage_size)}),
            ),
        )

        resources_ = k8s.ResourceRequirements(
            requests={"cpu": k8s.Quantity.from_string(cpu_request), "memory": k8s.Quantity.from_string(memory_request)},
            limits={"cpu": k8s.Quantity.from_string(cpu_limit), "memory": k8s.Quantity.from_string(memory_limit)},
        )
        # Root is kept (see class docstring); everything else a root process could use is dropped.
        security = k8s.SecurityContext(
            allow_privilege_escalation=False,
            capabilities=k8s.Capabilities(drop=["ALL"]),
            read_only_root_filesystem=True,
        )
        mounts = [
            k8s.VolumeMount(name="models", mount_path=MODELS_PATH),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
        ]
        volumes = [
            k8s.Volume(name="models", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=name)),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource()),
        ]
        init_containers = []
        annotations = {}
        if models:
            script_name = f"{name}-pull-models"
            k8s.KubeConfigMap(
                self,
                "PullModelsScript",
                metadata=k8s.ObjectMeta(name=script_name, labels=labels.component("model-provisioner")),
                data={"pull-models.sh": PULL_SCRIPT},
            )
            volumes.append(
                k8s.Volume(name="scripts", config_map=k8s.ConfigMapVolumeSource(name=script_name, default_mode=0o555))
            )
            # A changed script restarts the pod, as a changed model list does.
            annotations["checksum/pull-models"] = hashlib.sha256(PULL_SCRIPT.encode()).hexdigest()
            init_containers.append(
                k8s.Container(
                    name="pull-models",
                    image=image,
                    image_pull_policy="IfNotPresent",
                    command=["/bin/sh", "/scripts/pull-models.sh"],
                    args=list(models),
                    env=[
                        k8s.EnvVar(name="OLLAMA_HOST", value=f"127.0.0.1:{port}"),
                        k8s.EnvVar(name="PULL_ATTEMPTS", value=str(pull_attempts)),
                        k8s.EnvVar(name="PULL_BACKOFF_SECONDS", value=str(pull_backoff_seconds)),
                    ],
                    resources=resources_,
                    security_context=security,
                    volume_mounts=[*mounts, k8s.VolumeMount(name="scripts", mount_path="/scripts", read_only=True)],
                )
            )

        http = k8s.IntOrString.from_string(self.service_port_name)

        def probe(period: int, failures: int) -> k8s.Probe:
            return k8s.Probe(
                http_get=k8s.HttpGetAction(path=_PROBE_PATH, port=http),
                period_seconds=period,
                timeout_seconds=5,
                failure_threshold=failures,
            )

        server = k8s.Container(
            name="ollama",
            image=image,
            # The tag is pinned, so the node's copy is the right one.
            image_pull_policy="IfNotPresent",
            ports=[k8s.ContainerPort(name=self.service_port_name, container_port=port, protocol="TCP")],
            env=[k8s.EnvVar(name="OLLAMA_HOST", value=f"0.0.0.0:{port}")],
            resources=resources_,
            security_context=security,
            volume_mounts=mounts,
            # Up to 5 minutes to start (loading from NFS), then checked every 10 s.
            startup_probe=probe(5, 60),
            readiness_probe=probe(10, 3),
            liveness_probe=probe(20, 6),
        )
        self.deployment = k8s.KubeDeployment(
            self,
            "Deployment",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.DeploymentSpec(
                replicas=1,
                revision_history_limit=3,
                strategy=k8s.DeploymentStrategy(type=_STRATEGY),
                selector=k8s.LabelSelector(match_labels=labels.selector()),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels.full("server"), annotations=annotations or None),
                    spec=k8s.PodSpec(
                        service_account_name=name,
                        automount_service_account_token=False,
                        security_context=k8s.PodSecurityContext(
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")
                        ),
                        init_containers=init_containers or None,
                        containers=[server],
                        volumes=volumes,
                    ),
                ),
            ),
        )
        self.service = k8s.KubeService(
            self,
            "Service",
            metadata=k8s.ObjectMeta(name=name, labels=labels.component("server")),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=labels.selector(),
                ports=[
                    k8s.ServicePort(
                        name=self.service_port_name,
                        port=port,
                        target_port=http,
                        protocol="TCP",
                    )
                ],
            ),
        )
