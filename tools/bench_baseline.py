"""The bare baseline of `make bench`: the objects of dist/, written as a minimal cdk8s program would.

No lib/ import, no values file, no checks: core kinds from the `cdk8s_plus_27.k8s` L1 classes,
custom resources as raw `cdk8s.ApiObject`s with a JSON patch for their spec. What it renders is
meant to be byte for byte what `python main.py` renders from values-homelab.yaml; tools/bench.py
times both and compares their outputs.

Usage: python tools/bench_baseline.py OUTDIR
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch, YamlOutputType
from cdk8s_plus_27 import k8s

SCRIPT = (Path(__file__).resolve().parent.parent / "lib" / "scripts" / "pull-models.sh").read_text()
HOST = "ollama.home.jetzinger.com"
IMAGE = "docker.io/ollama/ollama:0.17.7"
COMMON = {
    "app.kubernetes.io/name": "ollama",
    "app.kubernetes.io/instance": "ollama",
    "app.kubernetes.io/version": "0.17.7",
    "app.kubernetes.io/part-of": "homelab",
    "app.kubernetes.io/managed-by": "cdk8s",
}
SELECTOR = {"app.kubernetes.io/name": "ollama", "app.kubernetes.io/instance": "ollama"}


def component(name: str) -> dict[str, str]:
    return {"app.kubernetes.io/component": name}


def meta(name: str, component_: str) -> k8s.ObjectMeta:
    return k8s.ObjectMeta(name=name, labels=component(component_))


def custom(chart: Chart, id: str, api_version: str, kind: str, name: str, spec: dict[str, Any]) -> None:
    metadata = ApiObjectMetadata(name=name, labels=component("ingress"))
    obj = ApiObject(chart, id, api_version=api_version, kind=kind, metadata=metadata)
    obj.add_json_patch(JsonPatch.add("/spec", spec))  # keys in dist/ order: sorted


def namespace_chart(app: App) -> None:
    levels = {f"pod-security.kubernetes.io/{mode}": "baseline" for mode in ("enforce", "warn", "audit")}
    labels = {
        "app.kubernetes.io/name": "ml",
        "app.kubernetes.io/instance": "ml",
        "app.kubernetes.io/version": "0.1.0",
        "app.kubernetes.io/part-of": "homelab",
        "app.kubernetes.io/managed-by": "cdk8s",
    }
    chart = Chart(app, "namespace-ml", labels=labels, disable_resource_name_hashes=True)
    k8s.KubeNamespace(
        chart, "Namespace", metadata=k8s.ObjectMeta(name="ml", labels={**levels, **component("namespace")})
    )


def ollama_chart(app: App) -> None:
    chart = Chart(app, "ollama", namespace="ml", labels=COMMON, disable_resource_name_hashes=True)
    k8s.KubeServiceAccount(
        chart, "ServiceAccount", metadata=meta("ollama", "server"), automount_service_account_token=False
    )
    storage = {"storage": k8s.Quantity.from_string("50Gi")}
    k8s.KubePersistentVolumeClaim(
        chart,
        "ModelVolume",
        metadata=meta("ollama", "model-storage"),
        spec=k8s.PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"],
            storage_class_name="nfs-client",
            resources=k8s.ResourceRequirements(requests=storage),
        ),
    )
    k8s.KubeConfigMap(
        chart,
        "PullModelsScript",
        metadata=meta("ollama-pull-models", "model-provisioner"),
        data={"pull-models.sh": SCRIPT},
    )

    q = k8s.Quantity.from_string
    resources = k8s.ResourceRequirements(
        requests={"cpu": q("500m"), "memory": q("2Gi")}, limits={"cpu": q("4"), "memory": q("8Gi")}
    )
    security = k8s.SecurityContext(
        allow_privilege_escalation=False, capabilities=k8s.Capabilities(drop=["ALL"]), read_only_root_filesystem=True
    )
    mounts = [
        k8s.VolumeMount(name="models", mount_path="/root/.ollama"),
        k8s.VolumeMount(name="tmp", mount_path="/tmp"),
    ]
    http = k8s.IntOrString.from_string("http")

    def probe(period: int, failures: int) -> k8s.Probe:
        get = k8s.HttpGetAction(path="/api/version", port=http)
        return k8s.Probe(http_get=get, period_seconds=period, timeout_seconds=5, failure_threshold=failures)

    pull = k8s.Container(
        name="pull-models",
        image=IMAGE,
        image_pull_policy="IfNotPresent",
        command=["/bin/sh", "/scripts/pull-models.sh"],
        args=["llama3.2:1b"],
        env=[
            k8s.EnvVar(name="OLLAMA_HOST", value="127.0.0.1:11434"),
            k8s.EnvVar(name="PULL_ATTEMPTS", value="3"),
            k8s.EnvVar(name="PULL_BACKOFF_SECONDS", value="10"),
        ],
        resources=resources,
        security_context=security,
        volume_mounts=[*mounts, k8s.VolumeMount(name="scripts", mount_path="/scripts", read_only=True)],
    )
    server = k8s.Container(
        name="ollama",
        image=IMAGE,
        image_pull_policy="IfNotPresent",
        ports=[k8s.ContainerPort(name="http", container_port=11434, protocol="TCP")],
        env=[k8s.EnvVar(name="OLLAMA_HOST", value="0.0.0.0:11434")],
        resources=resources,
        security_context=security,
        volume_mounts=mounts,
        startup_probe=probe(5, 60),
        readiness_probe=probe(10, 3),
        liveness_probe=probe(20, 6),
    )
    volumes = [
        k8s.Volume(name="models", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name="ollama")),
        k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource()),
        k8s.Volume(name="scripts", config_map=k8s.ConfigMapVolumeSource(name="ollama-pull-models", default_mode=0o555)),
    ]
    checksum = hashlib.sha256(SCRIPT.encode()).hexdigest()
    k8s.KubeDeployment(
        chart,
        "Deployment",
        metadata=meta("ollama", "server"),
        spec=k8s.DeploymentSpec(
            replicas=1,
            revision_history_limit=3,
            strategy=k8s.DeploymentStrategy(type="Recreate"),
            selector=k8s.LabelSelector(match_labels=SELECTOR),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(
                    labels={**COMMON, **component("server")}, annotations={"checksum/pull-models": checksum}
                ),
                spec=k8s.PodSpec(
                    service_account_name="ollama",
                    automount_service_account_token=False,
                    security_context=k8s.PodSecurityContext(seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                    init_containers=[pull],
                    containers=[server],
                    volumes=volumes,
                ),
            ),
        ),
    )
    k8s.KubeService(
        chart,
        "Service",
        metadata=meta("ollama", "server"),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector=SELECTOR,
            ports=[k8s.ServicePort(name="http", port=11434, target_port=http, protocol="TCP")],
        ),
    )

    service = {"kind": "Service", "name": "ollama", "port": 11434}
    rule = f"Host(`{HOST}`)"
    custom(
        chart,
        "Certificate",
        "cert-manager.io/v1",
        "Certificate",
        "ollama-tls",
        {
            "dnsNames": [HOST],
            "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "letsencrypt-prod"},
            "privateKey": {"rotationPolicy": "Always"},
            "secretName": "ollama-tls",
        },
    )
    custom(
        chart,
        "Route",
        "traefik.io/v1alpha1",
        "IngressRoute",
        "ollama-ingress",
        {
            "entryPoints": ["websecure"],
            "routes": [{"kind": "Rule", "match": rule, "services": [service]}],
            "tls": {"secretName": "ollama-tls"},
        },
    )
    custom(
        chart,
        "RedirectMiddleware",
        "traefik.io/v1alpha1",
        "Middleware",
        "https-redirect",
        {"redirectScheme": {"permanent": True, "scheme": "https"}},
    )
    custom(
        chart,
        "RedirectRoute",
        "traefik.io/v1alpha1",
        "IngressRoute",
        "ollama-ingress-redirect",
        {
            "entryPoints": ["web"],
            "routes": [
                {"kind": "Rule", "match": rule, "middlewares": [{"name": "https-redirect"}], "services": [service]}
            ],
        },
    )


def main() -> None:
    app = App(outdir=sys.argv[1], yaml_output_type=YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE)
    namespace_chart(app)
    ollama_chart(app)
    app.synth()


if __name__ == "__main__":
    main()
