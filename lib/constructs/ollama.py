"""Kind `ollama`: a Workload plus model provisioning, and the settings only Ollama has."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import ClassVar

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib import rules
from lib.constructs.verify import Check
from lib.constructs.workload import InitContainer, PodAdditions, Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import App, SecurityContext, Settings, Verify, camel, plain_http_deployment, setting

HOME = "/root/.ollama"
"""Ollama's home when it runs as root: its models and its key. The volume is mounted here."""
HOST_VARIABLE = "OLLAMA_HOST"
"""Where Ollama listens (and where its CLI connects): set from `port`."""
PULL_SCRIPT = resources.files("lib").joinpath("scripts/pull-models.sh").read_text()


@dataclass(frozen=True, kw_only=True)
class ModelPull(Settings):
    """How pull-models.sh retries a pull: `attempts` tries, the waits between them doubling from
    `backoffSeconds` (at the bounds, 10 tries from 60 s wait 8.5 hours in all; the script's shell
    arithmetic stops at 2^63)."""

    attempts: int = setting(rules.between(1, 10), default=3)
    backoff_seconds: int = setting(rules.between(1, 60), default=10)


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
    kind_env: ClassVar[Mapping[str, str]] = {HOST_VARIABLE: "port"} | {v: camel(k) for k, v in RUNTIME_ENV.items()}
    port: int | None = setting(rules.port_number, default=11434)
    # /api/version answers once the HTTP API is up, and costs nothing, unlike / (a static
    # banner) or /api/tags (reads every manifest).
    probe_path: str | None = setting(rules.http_path, default="/api/version")
    models: tuple[str, ...] = setting(rules.each(rules.model_name), rules.unique("model"), default=())
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

    def check(self) -> None:
        plain_http_deployment(self)
        super().check()
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


class OllamaApp(Construct):
    """Renders Ollama: a Workload (a Deployment) running as root with its models volume at /root/.ollama, and
    with `models`, the init container `pull-models` and the ConfigMap `<name>-pull-models`
    holding its script (lib/scripts/pull-models.sh), so the pod is Ready only with every
    model on the volume. Root is kept, with everything else a root process could use
    dropped (README, Security).
    """

    Settings: type[App] = OllamaSettings
    software: str | None = "ollama"

    def __init__(self, scope: Construct, id: str, *, name: str, app: OllamaSettings, labels: AppLabels) -> None:
        """
        :param name: the name of every object; the ConfigMap is `<name>-pull-models`.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        """
        super().__init__(scope, id)
        runtime = {var: str(getattr(app, key)) for key, var in RUNTIME_ENV.items() if getattr(app, key) is not None}
        additions = PodAdditions(env={HOST_VARIABLE: f"0.0.0.0:{app.port}", **runtime})
        if app.models:
            script = f"{name}-pull-models"
            k8s.KubeConfigMap(
                self,
                "PullModelsScript",
                metadata=k8s.ObjectMeta(name=script, labels=labels.component("model-provisioner")),
                data={"pull-models.sh": PULL_SCRIPT},
            )
            pull = InitContainer(
                name="pull-models",
                command=["/bin/sh", "/scripts/pull-models.sh"],
                args=app.models,  # arguments, never shell text
                env={
                    HOST_VARIABLE: f"127.0.0.1:{app.port}",
                    "PULL_ATTEMPTS": str(app.model_pull.attempts),
                    "PULL_BACKOFF_SECONDS": str(app.model_pull.backoff_seconds),
                },
                read_only_mounts={"scripts": "/scripts"},
            )
            additions = PodAdditions(
                env=additions.env,
                init_containers=[pull],
                volumes=[
                    k8s.Volume(name="scripts", config_map=k8s.ConfigMapVolumeSource(name=script, default_mode=0o555))
                ],
                # A changed script restarts the pod, as a changed model list does.
                annotations={"checksum/pull-models": hashlib.sha256(PULL_SCRIPT.encode()).hexdigest()},
            )
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
        public = {"VERIFY_PUBLIC_HOST": str(app.host)} if app.verify.via_ingress else {}
        self.check: Check | None = (
            Check(
                image=app.image.reference,
                script="verify-ollama.sh",
                command=["/bin/bash"],
                args=app.models,
                env={
                    "VERIFY_URL": f"http://{name}.{app.namespace}.svc:{app.port}",
                    "VERIFY_MAX_SECONDS": str(app.verify.max_seconds),
                    "VERIFY_CLIENT_TIMEOUT": str(app.verify.client_timeout),
                    "HOME": "/tmp",
                    **public,
                },
                deadline_seconds=2 * (app.verify.client_timeout + 120),
            )
            if app.verify.enabled and app.models
            else None
        )
