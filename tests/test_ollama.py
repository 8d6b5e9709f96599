"""Kind `ollama`: a Workload plus model provisioning (story AC2 to AC5)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from cdk8s import Chart
from conftest import find, manifests, render_values

from lib.constructs.ollama import PULL_SCRIPT, ModelPull, OllamaApp, OllamaSettings, OllamaVerify
from lib.labels import AppLabels
from lib.manifests import Units
from lib.rules import InvalidValue
from lib.values.schema import Gpu, Image, ResourceList, Resources, SecurityContext, Storage, Values

LABELS = AppLabels(name="ollama", instance="ollama", version="0.17.7", part_of="homelab")
STORAGE = Storage(storage_class_name="nfs-client", size="50Gi", mount_path="/root/.ollama")


def settings(**overrides: Any) -> OllamaSettings:
    base: dict[str, Any] = {
        "namespace": "test",
        "image": Image(repository="ollama/ollama", tag="0.17.7"),
        "resources": Resources(
            requests=ResourceList(cpu="500m", memory="2Gi"), limits=ResourceList(cpu="4", memory="8Gi")
        ),
        "storage": STORAGE,
    }
    return OllamaSettings(**{**base, **overrides})


def render(chart: Chart, app: OllamaSettings, name: str = "ollama") -> list[dict[str, Any]]:
    OllamaApp(chart, "ollama", name=name, app=app, labels=LABELS)
    return manifests(chart)


def pod_spec(objects: list[dict[str, Any]], name: str = "ollama") -> dict[str, Any]:
    return find(objects, "Deployment", name)["spec"]["template"]["spec"]


def test_ollama_defaults(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings())
    assert sorted((o["kind"], o["metadata"]["name"]) for o in objects) == [
        ("Deployment", "ollama"),
        ("PersistentVolumeClaim", "ollama"),
        ("Service", "ollama"),
        ("ServiceAccount", "ollama"),
    ], "no model pull script without models"
    spec = pod_spec(objects)
    assert "initContainers" not in spec
    assert spec["securityContext"] == {"seccompProfile": {"type": "RuntimeDefault"}}, "root, on purpose"
    (container,) = spec["containers"]
    assert container["ports"] == [{"name": "http", "containerPort": 11434, "protocol": "TCP"}]
    assert container["env"] == [{"name": "OLLAMA_HOST", "value": "0.0.0.0:11434"}]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/api/version", "port": "http"}, probe
    assert {"name": "models", "mountPath": "/root/.ollama"} in container["volumeMounts"]
    assert {"name": "models", "persistentVolumeClaim": {"claimName": "ollama"}} in spec["volumes"]
    labels = find(objects, "PersistentVolumeClaim", "ollama")["metadata"]["labels"]
    assert labels == {"app.kubernetes.io/component": "model-storage"}
    assert find(objects, "Deployment", "ollama")["spec"]["strategy"] == {"type": "Recreate"}


def test_ollama_custom(new_chart: Callable[..., Chart]) -> None:
    app = settings(
        port=8080,
        models=("llama3.2:1b", "qwen2.5:0.5b"),
        model_pull=ModelPull(attempts=5, backoff_seconds=2),
        env={"OLLAMA_ORIGINS": "https://example.com"},
    )
    objects = render(new_chart(), app, name="llm")
    spec = pod_spec(objects, "llm")
    (container,) = spec["containers"]
    assert container["ports"][0]["containerPort"] == 8080
    assert container["env"] == [
        {"name": "OLLAMA_HOST", "value": "0.0.0.0:8080"},
        {"name": "OLLAMA_ORIGINS", "value": "https://example.com"},
    ]
    (init,) = spec["initContainers"]
    assert init["name"] == "pull-models"
    assert init["command"] == ["/bin/sh", "/scripts/pull-models.sh"]
    assert init["args"] == ["llama3.2:1b", "qwen2.5:0.5b"], "models are arguments, never shell text"
    assert init["env"][:3] == [
        {"name": "OLLAMA_HOST", "value": "127.0.0.1:8080"},
        {"name": "PULL_ATTEMPTS", "value": "5"},
        {"name": "PULL_BACKOFF_SECONDS", "value": "2"},
    ]
    assert {"name": "models", "mountPath": "/root/.ollama"} in init["volumeMounts"]
    assert {"name": "scripts", "mountPath": "/scripts", "readOnly": True} in init["volumeMounts"]
    assert {"name": "scripts", "configMap": {"name": "llm-pull-models", "defaultMode": 0o555}} in spec["volumes"]
    assert find(objects, "ConfigMap", "llm-pull-models")["data"] == {"pull-models.sh": PULL_SCRIPT}
    annotations = find(objects, "Deployment", "llm")["spec"]["template"]["metadata"]["annotations"]
    assert len(annotations["checksum/pull-models"]) == 64
    assert find(objects, "Service", "llm")["spec"]["ports"][0]["port"] == 8080


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"storage": None}, "storage: is required: the models live on this volume"),
        (
            {"storage": dataclasses.replace(STORAGE, mount_path="/models")},
            "storage.mountPath: must be /root/.ollama",
        ),
        ({"security_context": SecurityContext(run_as_user=1000)}, "securityContext: must not be set"),
        ({"env": {"OLLAMA_HOST": "0.0.0.0:1"}}, "env.OLLAMA_HOST: is set by the ollama kind"),
        ({"models": ("llama3.2:1b", "llama3.2:1b")}, "models[1]: lists model 'llama3.2:1b' twice"),
        ({"models": ("$(reboot)",)}, "models[0]: expected an Ollama model name"),
    ],
)
def test_ollama_settings_refuse(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        settings(**change)
    assert str(caught.value).startswith(message), str(caught.value)


def test_the_ollama_unit_renders_the_story(library: Units, values: Values) -> None:
    unit = library["ollama"]
    for obj in unit:
        assert obj["metadata"]["namespace"] == "ml", obj["metadata"]["name"]
    spec = pod_spec(unit)
    assert spec["initContainers"][0]["args"] == list(values.apps["ollama"].models) == ["llama3.2:1b"]
    assert spec["containers"][0]["image"] == "docker.io/ollama/ollama:0.40.2"
    pvc = find(unit, "PersistentVolumeClaim", "ollama")["spec"]
    assert (pvc["storageClassName"], pvc["resources"]["requests"]["storage"]) == ("nfs-client", "50Gi")
    certificate = find(unit, "Certificate", "ollama-tls")["spec"]
    assert certificate["dnsNames"] == ["ollama.home.jetzinger.com"]
    assert certificate["issuerRef"]["name"] == "letsencrypt-prod"
    redirect = find(unit, "IngressRoute", "ollama-ingress-redirect")["spec"]["routes"][0]["middlewares"]
    assert redirect == [{"name": "allow-sources"}, {"name": "https-redirect"}]
    find(library["namespace-ml"], "Middleware", "https-redirect")


def test_every_object_carries_the_six_recommended_labels(library: Units) -> None:
    keys = {"name", "instance", "version", "component", "part-of", "managed-by"}
    for unit, objects in library.items():
        for obj in objects:
            labels = obj["metadata"]["labels"]
            assert {k.removeprefix("app.kubernetes.io/") for k in labels} >= keys, (unit, obj["metadata"]["name"])
            assert labels["app.kubernetes.io/managed-by"] == "cdk8s"
    template = find(library["ollama"], "Deployment", "ollama")["spec"]["template"]["metadata"]["labels"]
    assert {k.removeprefix("app.kubernetes.io/") for k in template} >= keys


def test_ollama_runtime_settings_are_rendered_only_when_set(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings())
    assert pod_spec(objects)["containers"][0]["env"] == [{"name": "OLLAMA_HOST", "value": "0.0.0.0:11434"}]
    tuned = settings(keep_alive="24h", num_parallel=2, max_loaded_models=1, context_length=8192)
    env = pod_spec(render(new_chart(), tuned))["containers"][0]["env"]
    assert env == [
        {"name": "OLLAMA_HOST", "value": "0.0.0.0:11434"},
        {"name": "OLLAMA_KEEP_ALIVE", "value": "24h"},
        {"name": "OLLAMA_NUM_PARALLEL", "value": "2"},
        {"name": "OLLAMA_MAX_LOADED_MODELS", "value": "1"},
        {"name": "OLLAMA_CONTEXT_LENGTH", "value": "8192"},
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"keep_alive": "forever"}, "keepAlive: expected a duration such as 5m, 24h or 0, or -1 for forever"),
        ({"num_parallel": 0}, "numParallel: expected a whole number of at least 1"),
        (
            {"env": {"OLLAMA_KEEP_ALIVE": "1h"}},
            "env.OLLAMA_KEEP_ALIVE: is set by the ollama kind: use apps.<app>.keepAlive",
        ),
        ({"verify": OllamaVerify(via_ingress=True)}, "verify.viaIngress: needs host"),
    ],
)
def test_ollama_runtime_and_verify_settings_refuse(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        settings(**change)
    assert str(caught.value).startswith(message), str(caught.value)


@pytest.mark.parametrize("keep_alive", ["5m", "24h", "1h30m", "0", "-1", "3600"])
def test_keep_alive_takes_what_ollama_takes(keep_alive: str) -> None:
    assert settings(keep_alive=keep_alive).keep_alive == keep_alive


def test_ollama_with_the_gpu_profile_on_snapshot(values: Values, yaml_snapshot: Any) -> None:
    """Phase 2 of story 6.1 is one values switch: this is what it renders."""
    gpu = Gpu(count=1, runtime_class_name="nvidia", node_selector={"nvidia.com/gpu.present": "true"})
    ollama = dataclasses.replace(values.apps["ollama"], gpu=gpu)
    units = render_values(dataclasses.replace(values, apps={**values.apps, "ollama": ollama}))
    assert [o for o in units["ollama"] if o["kind"] == "Deployment"] == yaml_snapshot
