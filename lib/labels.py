"""The one place that computes labels: the Kubernetes recommended set.

See https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/
"""

from __future__ import annotations

from dataclasses import dataclass

MANAGED_BY = "cdk8s"
PART_OF = "app.kubernetes.io/part-of"
"""The label of every object of the catalog, charts' included: `partOf` in the values."""
POD_SECURITY_MODES = ("enforce", "warn", "audit")
POD_SECURITY = "pod-security.kubernetes.io/{mode}"
"""The labels of a Namespace that set its Pod Security level per admission mode."""
POD_SECURITY_ENFORCE = POD_SECURITY.format(mode="enforce")
"""The one that makes Pod Security admission refuse pods below its level."""
NAMESPACE_NAME = "kubernetes.io/metadata.name"
"""The label Kubernetes puts on every namespace: its name (what a NetworkPolicy selects it by)."""
VERIFY_PUBLIC_HOST = "verify/public-host"
"""The annotation of a verification's pod template that names the host it calls through its public
route: the gate asks the network model whether that route answers the pod, and whether the pod may
reach Traefik."""
VERIFY_LOG_STORE = "verify/log-store"
"""The annotation of a verification's pod template that names the log store it asks for its app's
lines: the gate asks the network model whether the pod reaches the store, and the store lets it in."""


@dataclass(frozen=True, kw_only=True)
class AppLabels:
    """The identity of one application instance; `component` varies per object."""

    name: str
    instance: str
    version: str
    part_of: str

    def common(self) -> dict[str, str]:
        """Labels every object of the instance carries (a Chart applies them)."""
        return {
            "app.kubernetes.io/name": self.name,
            "app.kubernetes.io/instance": self.instance,
            "app.kubernetes.io/version": self.version,
            PART_OF: self.part_of,
            "app.kubernetes.io/managed-by": MANAGED_BY,
        }

    def component(self, component: str) -> dict[str, str]:
        """The component label of one object."""
        return {"app.kubernetes.io/component": component}

    def full(self, component: str) -> dict[str, str]:
        """All six recommended labels, for places a Chart does not reach (pod templates)."""
        return {**self.common(), **self.component(component)}

    def selector(self) -> dict[str, str]:
        """Selector labels: immutable on a Deployment, so only name and instance."""
        return pod_selector(self.name, self.instance)


def pod_selector(name: str, instance: str) -> dict[str, str]:
    """The selector labels of an instance's pods, from its name and instance labels."""
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": instance}
