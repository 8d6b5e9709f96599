"""OllamaServer, HttpsExposure and the Ollama unit (story AC2 to AC5)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cdk8s
import pytest
from cdk8s import Chart
from conftest import find, manifests

from lib.charts import OllamaChart
from lib.config import Values
from lib.https import HttpsExposure
from lib.labels import AppLabels
from lib.ollama import PULL_SCRIPT, OllamaServer

LABELS = AppLabels(name="ollama", instance="ollama", version="0.17.7", part_of="homelab")
REQUIRED = {
    "labels": LABELS,
    "image": "ollama/ollama:0.17.7",
    "storage_class_name": "nfs-client",
    "storage_size": "50Gi",
}


def pod_spec(objects: list[dict[str, Any]], name: str = "ollama") -> dict[str, Any]:
    return find(objects, "Deployment", name)["spec"]["template"]["spec"]


def test_ollama_server_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart()
    OllamaServer(chart, "server", **REQUIRED)
    objects = manifests(chart)
    assert sorted((o["kind"], o["metadata"]["name"]) for o in objects) == [
        ("Deployment", "ollama"),
        ("PersistentVolumeClaim", "ollama"),
        ("Service", "ollama"),
        ("ServiceAccount", "ollama"),
    ], "no model pull script without models"

    deployment = find(objects, "Deployment", "ollama")["spec"]
    assert deployment["replicas"] == 1
    assert deployment["strategy"] == {"type": "Recreate"}, "a ReadWriteOnce volume takes one pod at a time"
    assert deployment["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "ollama",
        "app.kubernetes.io/instance": "ollama",
    }
    spec = deployment["template"]["spec"]
    assert "initContainers" not in spec
    assert spec["serviceAccountName"] == "ollama"
    assert spec["automountServiceAccountToken"] is False
    (container,) = spec["containers"]
    assert container["image"] == "ollama/ollama:0.17.7"
    assert container["imagePullPolicy"] == "IfNotPresent"
    assert container["ports"] == [{"name": "http", "containerPort": 11434, "protocol": "TCP"}]
    assert {"name": "OLLAMA_HOST", "value": "0.0.0.0:11434"} in container["env"]
    assert container["resources"] == {
        "requests": {"cpu": "500m", "memory": "2Gi"},
        "limits": {"cpu": "4", "memory": "8Gi"},
    }
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/api/version", "port": "http"}, probe
    assert {"name": "models", "mountPath": "/root/.ollama"} in container["volumeMounts"]
    assert {"name": "models", "persistentVolumeClaim": {"claimName": "ollama"}} in spec["volumes"]

    pvc = find(objects, "PersistentVolumeClaim", "ollama")["spec"]
    assert pvc == {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "50Gi"}},
        "storageClassName": "nfs-client",
    }
    service = find(objects, "Service", "ollama")["spec"]
    assert service["type"] == "ClusterIP"
    assert service["ports"] == [{"name": "http", "port": 11434, "protocol": "TCP", "targetPort": "http"}]
    assert service["selector"] == deployment["selector"]["matchLabels"]
    assert find(objects, "ServiceAccount", "ollama")["automountServiceAccountToken"] is False


def test_ollama_server_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart()
    OllamaServer(
        chart,
        "server",
        **REQUIRED,
        name="llm",
        port=8080,
        cpu_request="1",
        memory_limit="16Gi",
        models=["llama3.2:1b", "qwen2.5:0.5b"],
        pull_attempts=5,
        pull_backoff_seconds=2,
    )
    objects = manifests(chart)
    spec = pod_spec(objects, "llm")
    (container,) = spec["containers"]
    assert container["ports"][0]["containerPort"] == 8080
    assert {"name": "OLLAMA_HOST", "value": "0.0.0.0:8080"} in container["env"]
    assert container["resources"]["requests"]["cpu"] == "1"
    assert container["resources"]["limits"]["memory"] == "16Gi"
    (init,) = spec["initContainers"]
    assert init["name"] == "pull-models"
    assert init["command"] == ["/bin/sh", "/scripts/pull-models.sh"]
    assert init["args"] == ["llama3.2:1b", "qwen2.5:0.5b"], "models are arguments, never shell text"
    assert {"name": "PULL_ATTEMPTS", "value": "5"} in init["env"]
    assert {"name": "PULL_BACKOFF_SECONDS", "value": "2"} in init["env"]
    assert {"name": "models", "mountPath": "/root/.ollama"} in init["volumeMounts"]
    config_map = find(objects, "ConfigMap", "llm-pull-models")
    assert config_map["data"] == {"pull-models.sh": PULL_SCRIPT}
    annotations = find(objects, "Deployment", "llm")["spec"]["template"]["metadata"]["annotations"]
    assert len(annotations["checksum/pull-models"]) == 64
    assert find(objects, "Service", "llm")["spec"]["ports"][0]["port"] == 8080


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"image": "ollama/ollama:latest"}, "image must have a pinned tag"),
        ({"image": "ollama/ollama"}, "image must have a pinned tag"),
        ({"port": 0}, "port must be 1 to 65535, got 0"),
        ({"pull_attempts": 0}, "pull_attempts and pull_backoff_seconds must be at least 1"),
    ],
)
def test_ollama_server_rejects_bad_props(
    new_chart: Callable[..., Chart], override: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        OllamaServer(new_chart(), "server", **{**REQUIRED, **override})


HTTPS_REQUIRED = {
    "labels": LABELS,
    "host": "ollama.example.com",
    "service_name": "ollama",
    "service_port": 11434,
    "cluster_issuer": "letsencrypt-prod",
}


def test_https_exposure_defaults(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart()
    HttpsExposure(chart, "https", **HTTPS_REQUIRED)
    objects = manifests(chart)
    certificate = find(objects, "Certificate", "ollama-tls")["spec"]
    assert certificate == {
        "dnsNames": ["ollama.example.com"],
        "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "letsencrypt-prod"},
        "privateKey": {"rotationPolicy": "Always"},
        "secretName": "ollama-tls",
    }
    route = find(objects, "IngressRoute", "ollama-ingress")["spec"]
    assert route["entryPoints"] == ["websecure"]
    assert route["tls"] == {"secretName": "ollama-tls"}
    (rule,) = route["routes"]
    assert rule["match"] == "Host(`ollama.example.com`)"
    assert rule["services"] == [{"kind": "Service", "name": "ollama", "port": 11434}]
    redirect = find(objects, "IngressRoute", "ollama-ingress-redirect")["spec"]
    assert redirect["entryPoints"] == ["web"]
    assert redirect["routes"][0]["middlewares"] == [{"name": "https-redirect"}]
    middleware = find(objects, "Middleware", "https-redirect")["spec"]
    assert middleware == {"redirectScheme": {"permanent": True, "scheme": "https"}}


def test_https_exposure_custom(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart()
    HttpsExposure(
        chart,
        "https",
        **HTTPS_REQUIRED,
        name="llm",
        web_entry_point="http",
        websecure_entry_point="https",
        redirect_middleware_name="to-https",
    )
    objects = manifests(chart)
    assert find(objects, "Certificate", "llm-tls")["spec"]["secretName"] == "llm-tls"
    assert find(objects, "IngressRoute", "llm-ingress")["spec"]["entryPoints"] == ["https"]
    redirect = find(objects, "IngressRoute", "llm-ingress-redirect")["spec"]
    assert redirect["entryPoints"] == ["http"]
    assert redirect["routes"][0]["middlewares"] == [{"name": "to-https"}]
    find(objects, "Middleware", "to-https")


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"host": "Ollama.example.com"}, "host: expected a lowercase DNS name"),
        ({"host": "ollama`) || Host(`evil.com"}, "host: expected a lowercase DNS name"),
        ({"service_port": 70000}, "service_port must be 1 to 65535, got 70000"),
    ],
)
def test_https_exposure_rejects_bad_props(
    new_chart: Callable[..., Chart], override: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        HttpsExposure(new_chart(), "https", **{**HTTPS_REQUIRED, **override})


@pytest.fixture(scope="module")
def ollama_unit(values: Values) -> list[dict[str, Any]]:
    chart = OllamaChart(
        cdk8s.Testing.app(),
        "ollama",
        namespace=values.namespace.name,
        ollama=values.ollama,
        ingress=values.ingress,
        part_of=values.part_of,
    )
    return manifests(chart)


def test_ollama_chart_renders_the_story(ollama_unit: list[dict[str, Any]]) -> None:
    for obj in ollama_unit:
        assert obj["metadata"]["namespace"] == "ml", obj["metadata"]["name"]
    spec = pod_spec(ollama_unit)
    assert spec["initContainers"][0]["args"] == ["llama3.2:1b"]
    assert spec["containers"][0]["image"] == "docker.io/ollama/ollama:0.17.7"
    pvc = find(ollama_unit, "PersistentVolumeClaim", "ollama")["spec"]
    assert (pvc["storageClassName"], pvc["resources"]["requests"]["storage"]) == ("nfs-client", "50Gi")
    certificate = find(ollama_unit, "Certificate", "ollama-tls")["spec"]
    assert certificate["dnsNames"] == ["ollama.home.jetzinger.com"]
    assert certificate["issuerRef"]["name"] == "letsencrypt-prod"


def test_every_object_carries_the_six_recommended_labels(ollama_unit: list[dict[str, Any]]) -> None:
    keys = {"name", "instance", "version", "component", "part-of", "managed-by"}
    for obj in ollama_unit:
        labels = obj["metadata"]["labels"]
        assert {k.removeprefix("app.kubernetes.io/") for k in labels} >= keys, obj["metadata"]["name"]
        assert labels["app.kubernetes.io/managed-by"] == "cdk8s"
    template = find(ollama_unit, "Deployment", "ollama")["spec"]["template"]["metadata"]["labels"]
    assert {k.removeprefix("app.kubernetes.io/") for k in template} >= keys
