"""Secrets as code with no plaintext anywhere: a SealedSecret holds only ciphertext made by kubeseal."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s import ApiObjectMetadata
from constructs import Construct

from lib import rules
from lib.labels import AppLabels


class SealedSecret(Construct):
    """Renders the SealedSecret `name`; in the cluster the sealed-secrets controller decrypts it into the
    Secret `name` of the same namespace (which it owns: neither Argo CD nor Flux prunes it).

    The ciphertext was made with kubeseal for exactly this name and namespace (the default, strict scope),
    so neither can change without sealing again (README, Secrets).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        encrypted_data: Mapping[str, str],
        labels: AppLabels,
        namespace: str | None = None,
    ) -> None:
        """
        :param name: the SealedSecret's name, and the Secret's.
        :param encrypted_data: Secret key -> kubeseal's ciphertext for it.
        :param labels: identity of the app; the SealedSecret and its Secret add component "secret".
        :param namespace: its namespace. Default: the chart's (a unit of cluster-scoped objects has none).
        """
        super().__init__(scope, id)
        rules.check_prop(f"SealedSecret {id}", "name", rules.object_name, name)
        rules.check_prop(
            f"SealedSecret {id}", "encrypted_data", rules.each_value(rules.sealed_ciphertext), encrypted_data
        )
        # Loaded here, not at the top: a catalog without sealed secrets never pays for the binding.
        from imports.sealedsecrets_sealedsecret.com.bitnami import (
            SealedSecret as SealedSecretObject,
        )
        from imports.sealedsecrets_sealedsecret.com.bitnami import (
            SealedSecretSpec,
            SealedSecretSpecTemplate,
            SealedSecretSpecTemplateMetadata,
        )

        SealedSecretObject(
            self,
            "SealedSecret",
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels.component("secret")),
            spec=SealedSecretSpec(
                encrypted_data=dict(sorted(encrypted_data.items())),
                template=SealedSecretSpecTemplate(
                    metadata=SealedSecretSpecTemplateMetadata(labels=labels.full("secret"))
                ),
            ),
        )
