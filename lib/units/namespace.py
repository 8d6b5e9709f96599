"""Unit kind `namespaces`: one unit `namespace-<ns>` per namespace of the catalog, applied before
everything that lives in it."""

from __future__ import annotations

from constructs import Construct

from lib import __version__
from lib.constructs.https import NamespaceIngress
from lib.constructs.namespace import Namespace
from lib.constructs.network import DefaultDenyIngress
from lib.labels import AppLabels
from lib.units.base import Context, DeployUnit, Unit
from lib.values import schema
from lib.values.schema import NAMESPACE_UNIT_PREFIX


class NamespaceUnit(DeployUnit):
    """The unit of a namespace: applied before every app in it. It denies all ingress to its pods
    (each app's unit lets in what it needs) and owns the Middlewares its exposed apps share."""

    def __init__(self, scope: Construct, name: str, *, settings: schema.Namespace, part_of: str) -> None:
        labels = AppLabels(name=name, instance=name, version=__version__, part_of=part_of)
        # No chart namespace: a Namespace is cluster-scoped; what lives in it says so itself.
        super().__init__(scope, unit_name(name), destination=name, labels=labels)
        self.app_labels = labels
        self._ingress: NamespaceIngress | None = None
        Namespace(self, "Namespace", name=name, labels=labels, pod_security=settings.pod_security)
        DefaultDenyIngress(self, "DefaultDenyIngress", namespace=name, labels=labels)

    def ingress(self, settings: schema.Ingress) -> NamespaceIngress:
        """The namespace's shared route Middlewares, rendered with the first app that asks for them."""
        if self._ingress is None:
            self._ingress = NamespaceIngress(
                self, "HttpsRedirect", namespace=self.destination, labels=self.app_labels, ingress=settings
            )
        return self._ingress


def unit_name(namespace: str) -> str:
    """The unit of namespace `ml` is `namespace-ml`."""
    return f"{NAMESPACE_UNIT_PREFIX}{namespace}"


def build(scope: Construct, context: Context) -> list[Unit]:
    catalog = context.catalog
    return [
        NamespaceUnit(scope, name, settings=settings, part_of=catalog.part_of)
        for name, settings in catalog.namespaces.items()
    ]
