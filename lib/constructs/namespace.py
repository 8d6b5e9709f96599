"""A namespace that declares its Pod Security Standards level."""

from __future__ import annotations

from typing import get_args

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.labels import POD_SECURITY, POD_SECURITY_MODES, AppLabels
from lib.values.schema import PodSecurityLevel


class Namespace(Construct):
    """Renders a Namespace whose Pod Security admission enforces, warns and audits at `pod_security`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        labels: AppLabels,
        pod_security: PodSecurityLevel = "baseline",
    ) -> None:
        """
        :param name: the namespace's name.
        :param labels: identity of the instance; the Namespace adds component "namespace".
        :param pod_security: Pod Security Standards level. Default: "baseline" (no
            privileged pods, host access or added capabilities; root allowed).
        """
        super().__init__(scope, id)
        if pod_security not in get_args(PodSecurityLevel):
            raise ValueError(
                f"Namespace {id}: pod_security must be privileged, baseline or restricted, got {pod_security!r}"
            )
        k8s.KubeNamespace(
            self,
            "Namespace",
            metadata=k8s.ObjectMeta(
                name=name,
                labels={
                    **labels.component("namespace"),
                    **{POD_SECURITY.format(mode=mode): pod_security for mode in POD_SECURITY_MODES},
                },
            ),
        )
