"""One Chart per deploy unit: one folder in dist/, one GitOps application."""

from __future__ import annotations

from typing import Literal

from cdk8s import Chart
from constructs import Construct

from lib import __version__, config
from lib.gitops import ArgoCdBootstrap, FluxBootstrap, Unit
from lib.https import HttpsExposure
from lib.labels import AppLabels
from lib.namespace import Namespace
from lib.ollama import OllamaServer


class NamespaceChart(Chart):
    """The namespace unit: applied before anything that lives in the namespace."""

    def __init__(self, scope: Construct, id: str, *, namespace: config.Namespace, part_of: str) -> None:
        labels = AppLabels(name=namespace.name, instance=namespace.name, version=__version__, part_of=part_of)
        # No chart namespace: a Namespace is cluster-scoped.
        super().__init__(scope, id, labels=labels.common(), disable_resource_name_hashes=True)
        Namespace(self, "Namespace", name=namespace.name, labels=labels, pod_security=namespace.pod_security)


class OllamaChart(Chart):
    """The Ollama unit: the server, its model volume, and HTTPS at the configured host."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        ollama: config.Ollama,
        ingress: config.Ingress,
        part_of: str,
    ) -> None:
        labels = AppLabels(name="ollama", instance=ollama.name, version=ollama.image.tag, part_of=part_of)
        super().__init__(scope, id, namespace=namespace, labels=labels.common(), disable_resource_name_hashes=True)
        server = OllamaServer(
            self,
            "Server",
            labels=labels,
            name=ollama.name,
            image=ollama.image.reference,
            port=ollama.port,
            cpu_request=ollama.resources.requests.cpu,
            memory_request=ollama.resources.requests.memory,
            cpu_limit=ollama.resources.limits.cpu,
            memory_limit=ollama.resources.limits.memory,
            storage_class_name=ollama.storage.storage_class_name,
            storage_size=ollama.storage.size,
            models=ollama.models,
            pull_attempts=ollama.model_pull.attempts,
            pull_backoff_seconds=ollama.model_pull.backoff_seconds,
        )
        HttpsExposure(
            self,
            "Https",
            labels=labels,
            host=ingress.host,
            service_name=server.name,
            service_port=server.port,
            cluster_issuer=ingress.cluster_issuer,
            web_entry_point=ingress.entry_points.web,
            websecure_entry_point=ingress.entry_points.websecure,
        )


class GitOpsChart(Chart):
    """A GitOps bootstrap unit, for Argo CD or Flux: applied once by hand (README, GitOps)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: Literal["argocd", "flux"],
        gitops: config.GitOps,
        units: list[Unit],
        part_of: str,
    ) -> None:
        labels = AppLabels(name=f"{engine}-bootstrap", instance=id, version=__version__, part_of=part_of)
        super().__init__(
            scope, id, namespace=gitops.engines[engine], labels=labels.common(), disable_resource_name_hashes=True
        )
        if engine == "argocd":
            ArgoCdBootstrap(
                self,
                "Bootstrap",
                labels=labels,
                units=units,
                repo_url=gitops.repo_url,
                revision=gitops.revision,
                path=gitops.path,
            )
        else:
            FluxBootstrap(
                self,
                "Bootstrap",
                labels=labels,
                units=units,
                repo_url=gitops.repo_url,
                branch=gitops.revision,
                path=gitops.path,
            )
