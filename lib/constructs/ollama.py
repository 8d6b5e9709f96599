"""Kind `ollama`: a WebApp plus model provisioning, and the settings only Ollama has."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from cdk8s_plus_27 import k8s
from constructs import Construct

from lib import rules
from lib.constructs.web_app import InitContainer, PodAdditions, WebApp
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import App, SecurityContext, Settings, setting

HOME = "/root/.ollama"
"""Ollama's home when it runs as root: its models and its key. The volume is mounted here."""
HOST_VARIABLE = "OLLAMA_HOST"
"""Where Ollama listens (and where its CLI connects): set from `port`."""
PULL_SCRIPT = resources.files("lib").joinpath("scripts/pull-models.sh").read_text()


@dataclass(frozen=True, kw_only=True)
class ModelPull(Settings):
    attempts: int = setting(rules.positive, default=3)
    backoff_seconds: int = setting(rules.positive, default=10)


@dataclass(frozen=True, kw_only=True)
class OllamaSettings(App):
    """An Ollama server: the common app settings, with Ollama's defaults, plus the models to provide."""

    kind: str = "ollama"
    port: int = setting(rules.port_number, default=11434)
    # /api/version answers once the HTTP API is up, and costs nothing, unlike / (a static
    # banner) or /api/tags (reads every manifest).
    probe_path: str = setting(rules.http_path, default="/api/version")
    models: tuple[str, ...] = setting(rules.each(rules.model_name), rules.unique("model"), default=())
    model_pull: ModelPull = setting(factory=ModelPull)

    def check(self) -> None:
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
        if HOST_VARIABLE in self.env:
            raise InvalidValue("is set by the ollama kind, from port", f".env.{HOST_VARIABLE}")


class OllamaApp(Construct):
    """Renders Ollama: a WebApp running as root with its models volume at /root/.ollama, and
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
        additions = PodAdditions(env={HOST_VARIABLE: f"0.0.0.0:{app.port}"})
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
        server = WebApp(
            self,
            "Server",
            name=name,
            app=app,
            labels=labels,
            additions=additions,
            run_as_root=True,
            volume_name="models",
            storage_component="model-storage",
        )
        self.service_name = server.service_name
        self.service_port = server.service_port
