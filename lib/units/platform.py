"""Unit kind `platform`: the custom resources the catalog's apps stand on, one small unit per section of
`platform`, each applied after the chart unit that brings its controller and CRDs:

- `platform-issuers`: the ClusterIssuers letsencrypt-prod and letsencrypt-staging (DNS-01), and their
  token's SealedSecret when it is sealed; after the unit of `platform.issuers.chart` (cert-manager);
- `platform-metallb`: MetalLB's IPAddressPool and L2Advertisement; after `platform.metallb.chart`;
- `platform-traefik`: the HelmChartConfig of K3s' packaged Traefik (externalTrafficPolicy: Local).

The unit names are a contract with the running cluster (`schema.PLATFORM_UNITS`).
"""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from lib import __version__
from lib.constructs.platform import AddressPool, LetsEncryptIssuers, TraefikConfig
from lib.labels import AppLabels
from lib.units.base import Context, DeployUnit, Unit
from lib.values.schema import PLATFORM_UNITS, HelmChart, Platform


class PlatformUnit(DeployUnit):
    """One section of `platform`: its objects carry the unit's labels (name: the software they configure)."""

    def __init__(
        self,
        scope: Construct,
        section: str,
        *,
        software: str,
        destination: str,
        part_of: str,
        namespace: str | None = None,
        depends_on: Sequence[str] = (),
    ) -> None:
        """
        :param section: the key of `platform` it renders; its unit is `PLATFORM_UNITS[section]`.
        :param software: what its objects configure (the `app.kubernetes.io/name` label).
        :param destination: the namespace the GitOps engine syncs it into.
        :param part_of: the `app.kubernetes.io/part-of` label.
        :param namespace: the namespace of every object. Default: none (cluster-scoped, or each says).
        :param depends_on: the units applied before it. Default: none.
        """
        unit = PLATFORM_UNITS[section]
        self.app_labels = AppLabels(name=software, instance=unit, version=__version__, part_of=part_of)
        super().__init__(
            scope, unit, destination=destination, labels=self.app_labels, namespace=namespace, depends_on=depends_on
        )


def build(scope: Construct, context: Context) -> list[Unit]:
    catalog = context.catalog
    platform: Platform = catalog.platform
    units: list[Unit] = []

    def after(chart: str) -> list[str]:
        """The chart's unit, which it must follow (the values name a chart of the catalog)."""
        found = context.find(chart)
        if found is None:
            raise ValueError(f"platform: chart {chart} has no unit")  # a bug: the values check names
        return [found.unit_name]

    if platform.issuers is not None:
        chart: HelmChart = catalog.charts[platform.issuers.chart]
        # cert-manager reads a ClusterIssuer's secrets in its cluster resource namespace: its own unless set.
        secrets_namespace = str(chart.values.get("clusterResourceNamespace") or chart.namespace)
        unit = PlatformUnit(
            scope, "issuers", software="cert-manager", destination=secrets_namespace, part_of=catalog.part_of,
            depends_on=after(platform.issuers.chart),
        )  # fmt: skip
        LetsEncryptIssuers(
            unit, "Issuers", settings=platform.issuers, secrets_namespace=secrets_namespace, labels=unit.app_labels
        )
        units.append(unit)
    if platform.metallb is not None:
        namespace = catalog.charts[platform.metallb.chart].namespace
        unit = PlatformUnit(
            scope, "metallb", software="metallb", destination=namespace, namespace=namespace,
            part_of=catalog.part_of, depends_on=after(platform.metallb.chart),
        )  # fmt: skip
        AddressPool(unit, "AddressPool", addresses=platform.metallb.addresses, labels=unit.app_labels)
        units.append(unit)
    if platform.traefik is not None:
        assert catalog.cluster.ingress is not None  # the values check requires it
        namespace = catalog.cluster.ingress.traefik.namespace
        unit = PlatformUnit(
            scope, "traefik", software="traefik", destination=namespace, namespace=namespace,
            part_of=catalog.part_of,
        )  # fmt: skip
        TraefikConfig(unit, "Traefik", labels=unit.app_labels, load_balancer_ip=platform.traefik.load_balancer_ip)
        units.append(unit)
    return units
