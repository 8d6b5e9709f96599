"""Kind `ollama`: a Workload plus model provisioning, and the settings only Ollama has."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import ClassVar

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib import rules
from lib.constructs.verify import Verification
from lib.constructs.workload import InitContainer, PodAdditions, Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import (
    CONFIG_MAP_LIMIT,
    App,
    SecurityContext,
    Settings,
    Verify,
    camel,
    plain_http_deployment,
    setting,
)

HOME = "/root/.ollama"
"""Ollama's home when it runs as root: its models and its key. The volume is mounted here."""
HOST_VARIABLE = "OLLAMA_HOST"
"""Where Ollama listens (and where its CLI connects): set from `port`."""
PULL_SCRIPT = resources.files("lib").joinpath("scripts/pull-models.sh").read_text()
MANAGE_SCRIPT = resources.files("lib").joinpath("scripts/manage-models.sh").read_text()
"""The prune-models and create-models steps (`manage-models.sh prune|create`)."""
MODELFILES = "/modelfiles"
"""Where create-models reads the Modelfiles of the custom models: the ConfigMap `<name>-modelfiles`."""
CREATED_MODELS_DIR = f"{HOME}/created-models"
"""On the volume: the Modelfile each custom model was last created from, so an unchanged one is skipped."""

PARAMETERS: Mapping[str, type] = {
    "num_ctx": int,
    "repeat_last_n": int,
    "repeat_penalty": float,
    "temperature": float,
    "seed": int,
    "stop": str,
    "num_predict": int,
    "draft_num_predict": int,
    "top_k": int,
    "top_p": float,
    "min_p": float,
}
"""Ollama's Modelfile PARAMETERs and their value types, as its reference documents them (docs/modelfile.mdx,
"Valid Parameters and Values", ollama/ollama@fb30760); `ollama create` parses them with Go's ParseInt (64
bits) and ParseFloat (32 bits). Only `stop` may be given more than once."""
SYSTEM_LIMIT = 32 * 1024
"""The most bytes a custom model's system prompt may hold: a long prompt, and room for many in a ConfigMap."""
_FLOAT32_MAX = 3.4028234663852886e38
_INT = re.compile(r"-?[0-9]+")
_FLOAT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_CUSTOM_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}(?::[a-z0-9][a-z0-9._-]{0,79})?")


def custom_model_name(value: str) -> None:
    if not _CUSTOM_NAME.fullmatch(value):
        raise InvalidValue(
            "expected a custom model name such as my-assistant or my-assistant:v2 (lowercase ASCII letters, digits, "
            f"'.', '_' and '-', at most 80, and an optional :tag), got {value!a}"
        )


def system_prompt(value: str) -> None:
    """Text Ollama's Modelfile parser keeps as it is between SYSTEM \"\"\" and \"\"\"."""
    size = len(value.encode())
    if not value.strip():
        raise InvalidValue("is empty; leave it out to keep the base model's")
    if size > SYSTEM_LIMIT:
        raise InvalidValue(f"holds {size} bytes; a system prompt holds at most {SYSTEM_LIMIT} (32 KiB)")
    if "\x00" in value:
        raise InvalidValue("holds a NUL character")
    if '"""' in value:
        raise InvalidValue('holds """, which would end the Modelfile\'s SYSTEM """...""" early')
    for i, char in enumerate(value):
        if char not in "\n\t" and not char.isprintable():
            raise InvalidValue(
                f"holds U+{ord(char):04X} at character {i + 1}, which Ollama's Modelfile parser drops: printable "
                "characters, spaces, tabs and line breaks only"
            )


def parameter(value: str) -> None:
    """`<parameter> <value>`, as a Modelfile's PARAMETER line: a parameter Ollama documents, a value of its type."""
    name, _, text = value.partition(" ")
    kind = PARAMETERS.get(name)
    if kind is None:
        close = difflib.get_close_matches(name, PARAMETERS, n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        raise InvalidValue(
            f"{name!a} is not a Modelfile parameter Ollama documents; {hint}expected `<parameter> <value>` with "
            f"one of {', '.join(PARAMETERS)}"
        )
    if not text:
        raise InvalidValue(f"expected `{name} <value>`, got {value!a}")
    if kind is int and not (_INT.fullmatch(text) and -(2**63) <= int(text) < 2**63):
        raise InvalidValue(f"expected a whole number for {name}, got {text!a}")
    if kind is float and not (_FLOAT.fullmatch(text) and abs(float(text)) <= _FLOAT32_MAX):
        raise InvalidValue(f"expected a number such as 0.7 for {name}, got {text!a}")
    if kind is str and (not text.isprintable() or text.startswith('"')):
        raise InvalidValue(
            f"expected a {name} sequence of printable characters, not starting with a double quote, got {text!a}"
        )


def canonical(model: str) -> str:
    """A model's name as Ollama tells models apart: case does not matter, `llama3.2` is `llama3.2:latest`,
    and `registry.ollama.ai/library/` is implied (manage-models.sh compares names the same way)."""
    name = model.lower()
    if ":" not in name.rpartition("/")[2]:
        name += ":latest"
    name = name.removeprefix("registry.ollama.ai/")
    return name.removeprefix("library/") if name.count("/") == 1 else name


@dataclass(frozen=True, kw_only=True)
class ModelPull(Settings):
    """How pull-models.sh retries a pull: `attempts` tries, the waits between them doubling from
    `backoffSeconds` (at the bounds, 10 tries from 60 s wait 8.5 hours in all; the script's shell
    arithmetic stops at 2^63)."""

    attempts: int = setting(rules.between(1, 10), default=3)
    backoff_seconds: int = setting(rules.between(1, 60), default=10)


@dataclass(frozen=True, kw_only=True)
class CustomModel(Settings):
    """A model `ollama create` makes from a listed one (`from`): its own system prompt and parameters."""

    name: str = setting(custom_model_name)
    from_: str = setting(rules.model_name, key="from")
    system: str | None = setting(system_prompt, default=None)
    """The system prompt. Default: the base model's."""
    parameters: tuple[str, ...] = setting(rules.each(parameter), default=())
    """`<parameter> <value>` each, as a Modelfile's PARAMETER lines. Default: the base model's."""

    def validate(self) -> None:
        if self.system is None and not self.parameters:
            raise InvalidValue("sets neither system nor parameters: it would only copy its base model")
        first: dict[str, int] = {}
        for i, line in enumerate(self.parameters):
            name = line.partition(" ")[0]
            if name in first and name != "stop":
                raise InvalidValue(f"sets {name} again (parameters[{first[name]}]); only stop may repeat",
                                   f".parameters[{i}]")  # fmt: skip
            first.setdefault(name, i)

    def modelfile(self, base: str | None = None) -> str:
        """Its Modelfile. `base`: the Modelfile of the custom model it is built from, whose digest it then
        names, so that a change to that one re-creates this one too."""
        lines = [f"# {self.name}: a custom model of the values (customModels)"]
        if base is not None:
            lines.append(
                f"# built on {self.from_}, whose Modelfile has sha256 {hashlib.sha256(base.encode()).hexdigest()}"
            )
        lines.append(f"FROM {self.from_}")
        for line in self.parameters:
            name, _, text = line.partition(" ")
            lines.append(f'PARAMETER {name} "{text}"' if PARAMETERS[name] is str else f"PARAMETER {name} {text}")
        if self.system is not None:
            lines.append(f'SYSTEM """{self.system}"""')
        return "\n".join(lines) + "\n"


@dataclass(frozen=True, kw_only=True)
class OllamaVerify(Verify):
    """Ollama's check: the API, the models, and a short generation within `maxSeconds` (NFR13)."""

    max_seconds: int = setting(rules.between(1, 3600, " (an hour)"), default=30)
    """The generation's budget; the Job's activeDeadlineSeconds grows with it (at 3600: 8 hours)."""

    @property
    def client_timeout(self) -> int:
        """How long the check waits for the generation: well above the budget, which it judges from
        the server's own durations (dropping the connection mid-load would cancel the load)."""
        return self.max_seconds * 4 + 60


RUNTIME_ENV = {
    "keep_alive": "OLLAMA_KEEP_ALIVE",
    "num_parallel": "OLLAMA_NUM_PARALLEL",
    "max_loaded_models": "OLLAMA_MAX_LOADED_MODELS",
    "context_length": "OLLAMA_CONTEXT_LENGTH",
}
"""Ollama's runtime settings and the variables they set; unset, the variable is not rendered."""


@dataclass(frozen=True, kw_only=True)
class OllamaSettings(App):
    """An Ollama server: the common app settings, with Ollama's defaults, plus the models to provide."""

    kind: str = "ollama"
    runs_as_root: ClassVar[bool] = True
    storage_volume: ClassVar[str] = "models"
    kind_env: ClassVar[Mapping[str, str]] = {
        HOST_VARIABLE: "port",
        **{v: camel(k) for k, v in RUNTIME_ENV.items()},
        "PULL_ATTEMPTS": "modelPull.attempts",  # the init containers get the values' env too
        "PULL_BACKOFF_SECONDS": "modelPull.backoffSeconds",
        "CREATED_MODELS_DIR": "",  # where the model steps keep the Modelfiles of the custom models
    }
    port: int | None = setting(rules.port_number, default=11434)
    # /api/version answers once the HTTP API is up, and costs nothing, unlike / (a static
    # banner) or /api/tags (reads every manifest).
    probe_path: str | None = setting(rules.http_path, default="/api/version")
    models: tuple[str, ...] = setting(rules.each(rules.model_name), rules.unique("model"), default=())
    custom_models: tuple[CustomModel, ...] = ()
    """Made by `ollama create` after the pulls, in order, each from a pulled one or one before it."""
    prune_models: bool = False
    """Remove every model on the volume that is neither pulled nor created, before the pulls. Default: a
    model on the volume that is not listed (pulled by hand, or no longer listed) stays."""
    model_pull: ModelPull = setting(factory=ModelPull)
    verify: OllamaVerify = setting(factory=OllamaVerify)
    keep_alive: str | None = setting(rules.keep_alive, default=None)
    num_parallel: int | None = setting(rules.between(1, 64), default=None)
    max_loaded_models: int | None = setting(rules.between(1, 64), default=None)
    context_length: int | None = setting(rules.between(1, 2**24), default=None)

    def pod_volumes(self) -> dict[str, str]:
        return {**super().pod_volumes(), **({"scripts": "the pull-models script"} if self.models else {})}

    def fixed_mounts(self) -> dict[str, str]:
        return {**super().fixed_mounts(), **({"/scripts": "the pull-models script"} if self.models else {})}

    def validate(self) -> None:
        plain_http_deployment(self)
        several = self.several_pods
        if several and self.storage is not None and not self.storage.shared:
            key, pods = several
            raise InvalidValue(
                f"{pods} of Ollama read and pull their models in one folder, and a ReadWriteOnce volume attaches to "
                "one node: give storage.accessMode: ReadWriteMany, on a class every node mounts (README, Scaling)",
                key,
            )
        super().validate()
        if self.storage is None:
            raise InvalidValue(f"is required: the models live on this volume, mounted at {HOME}", ".storage")
        if self.storage.mount_path != HOME:
            raise InvalidValue(
                f"must be {HOME}, where Ollama keeps its models when it runs as root, got {self.storage.mount_path!r}",
                ".storage.mountPath",
            )
        if self.security_context != SecurityContext():
            raise InvalidValue("must not be set: the ollama kind runs as root (README, Security)", ".securityContext")
        if self.verify.via_ingress and self.host is None:
            raise InvalidValue("needs host: the public route it checks", ".verify.viaIngress")
        self._check_custom_models()

    def _check_custom_models(self) -> None:
        listed = {canonical(model): f"models[{i}]" for i, model in reversed(list(enumerate(self.models)))}
        for i, custom in enumerate(self.custom_models):
            where = f".customModels[{i}]"
            if canonical(custom.from_) not in listed:
                names = ", ".join(self.models + tuple(c.name for c in self.custom_models[:i]))
                raise InvalidValue(
                    f"{custom.from_!r} is neither in models nor made by an earlier entry of customModels (listed: "
                    f"{names or 'none'}); list it, or ollama create would pull it itself, unseen",
                    f"{where}.from",
                )
            if canonical(custom.name) in listed:
                raise InvalidValue(f"{custom.name!r} is already the name of {listed[canonical(custom.name)]}",
                                   f"{where}.name")  # fmt: skip
            listed[canonical(custom.name)] = f"customModels[{i}]"
        if self.prune_models and not self.models:
            raise InvalidValue("with no models listed would remove every model on the volume", ".pruneModels")
        size = sum(len(key.encode()) + len(text.encode()) for key, text in self.modelfiles.values())
        if size > CONFIG_MAP_LIMIT:
            raise InvalidValue(f"hold {size} bytes of Modelfiles; a ConfigMap holds at most {CONFIG_MAP_LIMIT} (1 MiB)",
                               ".customModels")  # fmt: skip

    @property
    def modelfiles(self) -> dict[str, tuple[str, str]]:
        """Custom model -> (its key in the ConfigMap of Modelfiles, its Modelfile), in order. The key starts
        with the model's place, as two names may differ only where a key cannot (`:`)."""
        texts: dict[str, str] = {}
        files: dict[str, tuple[str, str]] = {}
        for i, custom in enumerate(self.custom_models):
            text = custom.modelfile(texts.get(canonical(custom.from_)))
            texts[canonical(custom.name)] = text
            files[custom.name] = (f"{i}-{custom.name.replace(':', '_')}.Modelfile", text)
        return files


class OllamaApp(Construct):
    """Renders Ollama: a Workload (a Deployment) running as root with its models volume at /root/.ollama, and
    with `models`, the init container `pull-models` and the ConfigMap `<name>-pull-models`
    holding its script (lib/scripts/pull-models.sh), so the pod is Ready only with every
    model on the volume. With `pruneModels`, the init container `prune-models` before it; with
    `customModels`, `create-models` after it, reading the ConfigMap `<name>-modelfiles` (both run
    lib/scripts/manage-models.sh, which the first ConfigMap then holds too). Root is kept, with
    everything else a root process could use dropped (README, Security).
    """

    Settings: type[App] = OllamaSettings
    software: str | None = "ollama"

    def __init__(
        self, scope: Construct, id: str, *, name: str, app: OllamaSettings, labels: AppLabels,
        talks_to: Mapping[str, App] | None = None,
    ) -> None:  # fmt: skip
        """
        :param name: the name of every object; the ConfigMaps are `<name>-pull-models` and `<name>-modelfiles`.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        """
        super().__init__(scope, id)
        runtime = {var: str(getattr(app, key)) for key, var in RUNTIME_ENV.items() if getattr(app, key) is not None}
        additions = PodAdditions(env={HOST_VARIABLE: f"0.0.0.0:{app.port}", **runtime})
        if app.models:
            additions = self._provisioning(name, app, labels, additions.env)
        server = Workload(
            self,
            "Server",
            name=name,
            app=app,
            labels=labels,
            additions=additions,
            volume_name="models",
            storage_component="model-storage",
        )
        self.ports, self.selector = server.ports, server.selector
        # Story 6.2: in Ollama's own image (no curl; bash and its CLI), as nobody, a home in /tmp.
        public = app.host if app.verify.via_ingress else None
        self.check: Verification | None = (
            Verification(
                image=app.image.reference,
                script="verify-ollama.sh",
                command=["/bin/bash"],
                args=(*app.models, *(custom.name for custom in app.custom_models)),
                env={
                    "VERIFY_URL": f"http://{name}.{app.namespace}.svc:{app.port}",
                    "VERIFY_MAX_SECONDS": str(app.verify.max_seconds),
                    "VERIFY_CLIENT_TIMEOUT": str(app.verify.client_timeout),
                    "HOME": "/tmp",
                    **({"VERIFY_PUBLIC_HOST": public} if public else {}),
                },
                wait_seconds=app.verify.wait_seconds,
                run_seconds=app.verify.client_timeout + 120,
                public_host=public,
            )
            if app.verify.enabled and app.models
            else None
        )

    def _provisioning(self, name: str, app: OllamaSettings, labels: AppLabels, env: Mapping[str, str]) -> PodAdditions:
        """The init containers that put the models on the volume, in order: prune-models (with
        pruneModels), pull-models, create-models (with customModels); their ConfigMaps; checksums of
        what they read that is not in the pod template, so that a change to it rolls the pod."""
        script = f"{name}-pull-models"
        scripts = {"pull-models.sh": PULL_SCRIPT}
        # A changed script restarts the pod, as a changed model list does.
        annotations = {"checksum/pull-models": _sha256(PULL_SCRIPT)}
        if app.prune_models or app.custom_models:
            scripts["manage-models.sh"] = MANAGE_SCRIPT
            annotations["checksum/manage-models"] = _sha256(MANAGE_SCRIPT)
        provisioner = labels.component("model-provisioner")
        k8s.KubeConfigMap(
            self, "PullModelsScript", metadata=k8s.ObjectMeta(name=script, labels=provisioner), data=scripts
        )
        volumes = [k8s.Volume(name="scripts", config_map=k8s.ConfigMapVolumeSource(name=script, default_mode=0o555))]
        local = {HOST_VARIABLE: f"127.0.0.1:{app.port}"}
        pull = InitContainer(
            name="pull-models",
            command=["/bin/sh", "/scripts/pull-models.sh"],
            args=app.models,  # arguments, never shell text
            env={
                **local,
                "PULL_ATTEMPTS": str(app.model_pull.attempts),
                "PULL_BACKOFF_SECONDS": str(app.model_pull.backoff_seconds),
            },
            read_only_mounts={"scripts": "/scripts"},
        )
        steps = [pull]

        def manage(step: str, args: list[str], mounts: Mapping[str, str]) -> InitContainer:
            return InitContainer(
                name=f"{step}-models",
                command=["/bin/sh", "/scripts/manage-models.sh"],
                args=[step, *args],
                env={**local, "CREATED_MODELS_DIR": CREATED_MODELS_DIR},
                read_only_mounts={"scripts": "/scripts", **mounts},
            )

        if app.prune_models:  # first: a model no longer listed frees its room before the pulls
            steps.insert(0, manage("prune", [*app.models, *(c.name for c in app.custom_models)], {}))
        if app.custom_models:
            modelfiles = app.modelfiles
            files = dict(modelfiles.values())
            k8s.KubeConfigMap(
                self,
                "Modelfiles",
                metadata=k8s.ObjectMeta(name=f"{name}-modelfiles", labels=provisioner),
                data=files,
            )
            volumes.append(
                k8s.Volume(name="modelfiles", config_map=k8s.ConfigMapVolumeSource(name=f"{name}-modelfiles"))
            )
            # Each model's name and the path of its Modelfile as arguments; the Modelfile's text only in its file.
            args = [arg for model, (key, _) in modelfiles.items() for arg in (model, f"{MODELFILES}/{key}")]
            steps.append(manage("create", args, {"modelfiles": MODELFILES}))
            # A changed Modelfile changes no argument: its checksum rolls the pod, which re-creates the model.
            annotations["checksum/modelfiles"] = _sha256(json.dumps(files, sort_keys=True))
        return PodAdditions(env=env, init_containers=steps, volumes=volumes, annotations=annotations)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
