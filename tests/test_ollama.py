"""Kind `ollama`: a Workload plus model provisioning (story AC2 to AC5)."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import Chart
from conftest import LIBRARY_VALUES, ROOT, find, manifests, parse, render_values, synth_values

from lib.constructs.ollama import (
    MANAGE_SCRIPT,
    PULL_SCRIPT,
    CustomModel,
    ModelPull,
    OllamaApp,
    OllamaSettings,
    OllamaVerify,
)
from lib.labels import AppLabels
from lib.manifests import Units
from lib.rules import InvalidValue
from lib.values.loader import ValuesError
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


# ---------------------------------------------------------------- models as code: customModels and pruneModels

ASSISTANT = CustomModel(
    name="assistant",
    from_="llama3.2:1b",
    system="You answer in one sentence.\nIn English.",
    parameters=("temperature 0.2", "num_ctx 4096", "stop <|eot_id|>", "stop User:"),
)
LONG = CustomModel(name="assistant-long:8k", from_="assistant", parameters=("num_ctx 8192",))
ASSISTANT_MODELFILE = '''# assistant: a custom model of the values (customModels)
FROM llama3.2:1b
PARAMETER temperature 0.2
PARAMETER num_ctx 4096
PARAMETER stop "<|eot_id|>"
PARAMETER stop "User:"
SYSTEM """You answer in one sentence.
In English."""
'''


def models_as_code(**overrides: Any) -> OllamaSettings:
    return settings(
        **{"models": ("llama3.2:1b",), "custom_models": (ASSISTANT, LONG), "prune_models": True, **overrides}
    )


def init_containers(objects: list[dict[str, Any]], name: str = "ollama") -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in pod_spec(objects, name)["initContainers"]}


def test_custom_models_and_prune_add_a_step_before_the_pulls_and_one_after(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), models_as_code(port=8080), name="llm")
    steps = init_containers(objects, "llm")
    assert list(steps) == ["prune-models", "pull-models", "create-models"]
    prune, create = steps["prune-models"], steps["create-models"]
    for step in (prune, create):
        assert step["command"] == ["/bin/sh", "/scripts/manage-models.sh"]
        assert step["env"][:2] == [
            {"name": "OLLAMA_HOST", "value": "127.0.0.1:8080"},
            {"name": "CREATED_MODELS_DIR", "value": "/root/.ollama/created-models"},
        ]
        assert {"name": "models", "mountPath": "/root/.ollama"} in step["volumeMounts"]
    assert prune["args"] == ["prune", "llama3.2:1b", "assistant", "assistant-long:8k"], "every listed model is kept"
    assert steps["pull-models"]["args"] == ["llama3.2:1b"]
    assert create["args"] == [
        "create",
        "assistant",
        "/modelfiles/0-assistant.Modelfile",
        "assistant-long:8k",
        "/modelfiles/1-assistant-long_8k.Modelfile",
    ], "names and paths as arguments, the Modelfiles' text in files"
    assert {"name": "modelfiles", "mountPath": "/modelfiles", "readOnly": True} in create["volumeMounts"]
    assert {"name": "modelfiles", "configMap": {"name": "llm-modelfiles"}} in pod_spec(objects, "llm")["volumes"]
    scripts = find(objects, "ConfigMap", "llm-pull-models")["data"]
    assert scripts == {"pull-models.sh": PULL_SCRIPT, "manage-models.sh": MANAGE_SCRIPT}
    assert (ROOT / "lib" / "scripts" / "manage-models.sh").read_text() == MANAGE_SCRIPT
    modelfiles = find(objects, "ConfigMap", "llm-modelfiles")
    assert modelfiles["metadata"]["labels"]["app.kubernetes.io/component"] == "model-provisioner"
    assert list(modelfiles["data"]) == ["0-assistant.Modelfile", "1-assistant-long_8k.Modelfile"]
    assert modelfiles["data"]["0-assistant.Modelfile"] == ASSISTANT_MODELFILE
    annotations = find(objects, "Deployment", "llm")["spec"]["template"]["metadata"]["annotations"]
    assert sorted(annotations) == ["checksum/manage-models", "checksum/modelfiles", "checksum/pull-models"]
    assert annotations["checksum/manage-models"] == hashlib.sha256(MANAGE_SCRIPT.encode()).hexdigest()


def test_plain_model_names_with_prune_off_render_as_before(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings(models=("llama3.2:1b",)))
    assert list(init_containers(objects)) == ["pull-models"]
    assert find(objects, "ConfigMap", "ollama-pull-models")["data"] == {"pull-models.sh": PULL_SCRIPT}
    assert not [o for o in objects if o["metadata"]["name"] == "ollama-modelfiles"]
    annotations = find(objects, "Deployment", "ollama")["spec"]["template"]["metadata"]["annotations"]
    assert list(annotations) == ["checksum/pull-models"]


def test_prune_alone_adds_only_its_step(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings(models=("llama3.2:1b", "qwen2.5:0.5b"), prune_models=True))
    steps = init_containers(objects)
    assert list(steps) == ["prune-models", "pull-models"]
    assert steps["prune-models"]["args"] == ["prune", "llama3.2:1b", "qwen2.5:0.5b"]
    assert {v["name"] for v in pod_spec(objects)["volumes"]} == {"models", "scripts", "tmp"}


def test_a_model_built_on_a_custom_one_changes_with_it() -> None:
    """A change to a custom model re-creates those built on it: its Modelfile names theirs by digest."""
    before = models_as_code().modelfiles
    changed = models_as_code(custom_models=(dataclasses.replace(ASSISTANT, system="Be brief."), LONG)).modelfiles
    assert before["assistant-long:8k"][1] == (
        "# assistant-long:8k: a custom model of the values (customModels)\n"
        f"# built on assistant, whose Modelfile has sha256 {hashlib.sha256(ASSISTANT_MODELFILE.encode()).hexdigest()}\n"
        "FROM assistant\n"
        "PARAMETER num_ctx 8192\n"
    )
    assert changed["assistant-long:8k"] != before["assistant-long:8k"]


def test_a_changed_modelfile_rolls_the_pod_with_the_same_arguments(new_chart: Callable[..., Chart]) -> None:
    before = render(new_chart(), models_as_code())
    after = render(new_chart(), models_as_code(custom_models=(dataclasses.replace(ASSISTANT, system="Be brief."),)))
    assert init_containers(before)["create-models"]["args"][:3] == init_containers(after)["create-models"]["args"]

    def checksum(objects: list[dict[str, Any]]) -> str:
        return str(
            find(objects, "Deployment", "ollama")["spec"]["template"]["metadata"]["annotations"]["checksum/modelfiles"]
        )

    assert checksum(before) != checksum(after)


def test_the_verification_finds_the_custom_models_too(new_chart: Callable[..., Chart]) -> None:
    ollama = OllamaApp(new_chart(), "ollama", name="ollama", app=models_as_code(), labels=LABELS)
    assert ollama.check is not None
    assert list(ollama.check.args) == ["llama3.2:1b", "assistant", "assistant-long:8k"]


def custom(**fields: Any) -> CustomModel:
    return CustomModel(**{"name": "assistant", "from_": "llama3.2:1b", "system": "Be brief.", **fields})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"custom_models": (custom(from_="llama3:8b"),)},
            "customModels[0].from: 'llama3:8b' is neither in models nor made by an earlier entry of customModels "
            "(listed: llama3.2:1b); list it, or ollama create would pull it itself, unseen",
        ),
        ({"custom_models": (custom(from_="assistant"),)}, "customModels[0].from: 'assistant' is neither"),
        ({"custom_models": (LONG, ASSISTANT)}, "customModels[0].from: 'assistant' is neither"),
        (
            {"custom_models": (custom(name="llama3.2:1b"),)},
            "customModels[0].name: 'llama3.2:1b' is already the name of models[0]",
        ),
        (
            {"custom_models": (custom(), custom(name="assistant:latest"))},
            "customModels[1].name: 'assistant:latest' is already the name of customModels[0]",
        ),
        ({"models": (), "prune_models": True}, "pruneModels: with no models listed would remove every model"),
        ({"models": ("\u212aimi:1b",)}, "models[0]: expected an Ollama model name such as llama3.2:1b, got "),
        ({"env": {"CREATED_MODELS_DIR": "/tmp"}}, "env.CREATED_MODELS_DIR: is set by the ollama kind"),
        (
            {"env": {"PULL_ATTEMPTS": "1"}},
            "env.PULL_ATTEMPTS: is set by the ollama kind: use apps.<app>.modelPull.attempts",
        ),
        (
            {"custom_models": tuple(custom(name=f"a{i}", system="x" * 32 * 1024) for i in range(32))},
            "customModels: hold 1051682 bytes of Modelfiles; a ConfigMap holds at most 1048576 (1 MiB)",
        ),
    ],
)
def test_models_as_code_settings_refuse(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        settings(**{"models": ("llama3.2:1b",), **change})
    assert str(caught.value).startswith(message), str(caught.value)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "My-Assistant"}, "name: expected a custom model name such as my-assistant"),
        ({"name": "me/assistant"}, "name: expected a custom model name"),
        ({"name": "\u212a"}, "name: expected a custom model name"),  # the Kelvin sign, which IGNORECASE takes for k
        ({"name": "a" * 81}, "name: expected a custom model name"),
        ({"from_": "llama\u017f:1b"}, "from: expected an Ollama model name such as llama3.2:1b, got "),
        ({"system": None}, "sets neither system nor parameters: it would only copy its base model"),
        ({"system": " \n"}, "system: is empty; leave it out to keep the base model's"),
        ({"system": "x" * (32 * 1024 + 1)}, "system: holds 32769 bytes; a system prompt holds at most 32768 (32 KiB)"),
        ({"system": "a\x00b"}, "system: holds a NUL character"),
        ({"system": 'Say """hi"""'}, 'system: holds """, which would end the Modelfile\'s SYSTEM """...""" early'),
        ({"system": "a\u00a0b"}, "system: holds U+00A0 at character 2, which Ollama's Modelfile parser drops"),
        ({"system": "a\r\nb"}, "system: holds U+000D at character 2"),
        (
            {"parameters": ("num_cxt 4096",)},
            "parameters[0]: 'num_cxt' is not a Modelfile parameter Ollama documents; did you mean num_ctx? expected "
            "`<parameter> <value>` with one of num_ctx, repeat_last_n, repeat_penalty, temperature, seed, stop, "
            "num_predict, draft_num_predict, top_k, top_p, min_p",
        ),
        ({"parameters": ("mirostat 1",)}, "parameters[0]: 'mirostat' is not a Modelfile parameter Ollama documents"),
        ({"parameters": ("temperature",)}, "parameters[0]: expected `temperature <value>`, got 'temperature'"),
        (
            {"parameters": ("temperature hot",)},
            "parameters[0]: expected a number such as 0.7 for temperature, got 'hot'",
        ),
        ({"parameters": ("temperature 1e39",)}, "parameters[0]: expected a number such as 0.7 for temperature"),
        (
            {"parameters": ("temperature  0.2",)},
            "parameters[0]: expected a number such as 0.7 for temperature, got ' 0.2'",
        ),
        ({"parameters": ("num_ctx 4k",)}, "parameters[0]: expected a whole number for num_ctx, got '4k'"),
        ({"parameters": ("seed 9223372036854775808",)}, "parameters[0]: expected a whole number for seed"),
        (
            {"parameters": ('stop "quoted"',)},
            "parameters[0]: expected a stop sequence of printable characters, not starting",
        ),
        ({"parameters": ("stop a\tb",)}, "parameters[0]: expected a stop sequence of printable characters"),
        (
            {"parameters": ("num_ctx 4096", "temperature 0.2", "num_ctx 8192")},
            "parameters[2]: sets num_ctx again (parameters[0]); only stop may repeat",
        ),
    ],
)
def test_a_custom_model_refuses(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        custom(**fields)
    assert str(caught.value).startswith(message), str(caught.value)


@pytest.mark.parametrize(
    "line",
    ["temperature 0", "temperature 1", "temperature 0.7", "temperature .5", "top_p 1e-3", "seed -1",
     "repeat_last_n -1", "num_predict -2", "stop <|eot_id|>", "stop AI assistant:", "stop  leading space"],
)  # fmt: skip
def test_a_custom_model_takes_every_documented_form(line: str) -> None:
    assert custom(parameters=(line,)).parameters == (line,)


def library_with_ollama(**keys: Any) -> str:
    data = yaml.safe_load(LIBRARY_VALUES.read_text())
    data["apps"]["ollama"].update(keys)
    return yaml.safe_dump(data)


LIBRARY_MODELS_AS_CODE = {
    "pruneModels": True,
    "customModels": [
        {
            "name": "assistant",
            "from": "llama3.2:1b",
            "system": "You answer in one sentence.\nIn English.",
            "parameters": ["temperature 0.2", "num_ctx 4096", "stop <|eot_id|>"],
        },
        {"name": "assistant-long:8k", "from": "assistant", "parameters": ["num_ctx 8192"]},
    ],
}


def test_custom_models_and_prune_pass_the_gate(tmp_path: Path) -> None:
    """Every check of the synth (schemas, mounts, labels, the pod's security) takes the new objects."""
    synth_values(parse(library_with_ollama(**LIBRARY_MODELS_AS_CODE)), tmp_path)
    assert (tmp_path / "ollama" / "ConfigMap.ollama-modelfiles.k8s.yaml").is_file()


def test_ollama_with_custom_models_and_prune_on_snapshot(yaml_snapshot: Any) -> None:
    """Models as code: the three steps, their ConfigMaps, and the Modelfiles as they reach Ollama."""
    objects = render_values(parse(library_with_ollama(**LIBRARY_MODELS_AS_CODE)))["ollama"]
    shown = [("Deployment", "ollama"), ("ConfigMap", "ollama-modelfiles")]
    assert [find(objects, kind, name) for kind, name in shown] == yaml_snapshot


def test_the_values_file_spells_custom_models_as_the_modelfile_does() -> None:
    values = parse(
        library_with_ollama(
            customModels=[
                {
                    "name": "assistant",
                    "from": "llama3.2:1b",
                    "system": "You answer in one sentence.",
                    "parameters": ["temperature 0.2", "num_ctx 4096"],
                }
            ],
            pruneModels=True,
        )
    )
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    assert ollama.custom_models == (
        CustomModel(
            name="assistant",
            from_="llama3.2:1b",
            system="You answer in one sentence.",
            parameters=("temperature 0.2", "num_ctx 4096"),
        ),
    )
    assert ollama.prune_models is True


def test_from_an_unknown_model_is_refused_at_load_time_in_one_line() -> None:
    text = library_with_ollama(customModels=[{"name": "assistant", "from": "llama3:8b", "system": "Be brief."}])
    with pytest.raises(ValuesError) as caught:
        parse(text, "values-homelab.yaml")
    assert str(caught.value) == (
        "values-homelab.yaml: apps.ollama.customModels[0].from: 'llama3:8b' is neither in models nor made by an "
        "earlier entry of customModels (listed: llama3.2:1b); list it, or ollama create would pull it itself, unseen"
    )


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ({"name": "assistant", "from": "llama3.2:1b", "parameters": {"temperature": 0.2}},
         "apps.ollama.customModels[0].parameters: expected a list, got a mapping"),
        ({"name": "assistant", "from": "llama3.2:1b", "parameters": [0.2]},
         "apps.ollama.customModels[0].parameters[0]: expected a string, got float 0.2"),
        ({"name": "assistant", "system": "Be brief."}, "apps.ollama.customModels[0].from: is required"),
        ({"name": "assistant", "from": "llama3.2:1b", "sytem": "Be brief."},
         "apps.ollama.customModels[0].sytem: unknown key; did you mean 'system'?"),
    ],
)  # fmt: skip
def test_a_custom_model_of_the_wrong_shape_is_one_line(entry: dict[str, Any], error: str) -> None:
    with pytest.raises(ValuesError) as caught:
        parse(library_with_ollama(customModels=[entry]))
    assert str(caught.value) == f"test-values.yaml: {error}"


def test_the_readme_s_custom_models_example_loads_and_its_error_is_the_synth_s() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Custom models and pruning") :]
    example, error = re.search(r"```yaml\n(.*?)```", section, re.DOTALL), re.search(r"```text\n *(.*?)\n", section)
    assert example is not None and error is not None
    ollama = parse(library_with_ollama(**yaml.safe_load(example[1])["apps"]["ollama"])).apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    assert [custom.name for custom in ollama.custom_models] == ["assistant", "assistant-long"]
    text = library_with_ollama(customModels=[{"name": "assistant", "from": "llama3:8b", "system": "Be brief."}])
    with pytest.raises(ValuesError) as caught:
        parse(text, "values-homelab.yaml")
    assert f"error: {caught.value}" == error[1]
