"""Unit kind `platform`: the custom resources the catalog's apps stand on, one small unit per section of
`platform`, each applied after the chart unit that brings its controller and CRDs:

- `platform-issuers`: the ClusterIssuers letsencrypt-prod and letsencrypt-staging (DNS-01), and their
  token's SealedSecret when it is sealed; after the unit of `platform.issuers.chart` (cert-manager);
- `platform-metallb`: MetalLB's IPAddressPool and L2Advertisement; after `platform.metallb.chart`;
- `platform-traefik`: the HelmChartConfig of K3s' packaged Traefik (externalTrafficPolicy: Local).
- `platform-monitoring`: the NetworkPolicy that lets the stack's pods reach one another, Grafana of the
  monitoring chart at its host (the catalog's HTTPS exposure and
  allow list, and the NetworkPolicy that lets Traefik in), and the scrape of cert-manager's metrics (its
  certificates' expiry) with the NetworkPolicy that lets the scraper in; after `platform.monitoring.chart`.

The unit names are a contract with the running cluster (`schema.PLATFORM_UNITS`).
"""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from lib import __version__
from lib.constructs.https import HttpsExposure, ServiceRef
from lib.constructs.monitoring import Scrape
from lib.constructs.network import AllowIngress, AllowWithinNamespace, Peer
from lib.constructs.platform import AddressPool, LetsEncryptIssuers, TraefikConfig
from lib.labels import AppLabels
from lib.manifests import Manifest
from lib.units.base import Context, DeployUnit, Unit
from lib.units.namespace import NamespaceUnit
from lib.units.namespace import unit_name as namespace_unit
from lib.values.schema import PLATFORM_UNITS, HelmChart, Monitoring, Platform

CERT_MANAGER_METRICS = 9402
"""The port of cert-manager's controller metrics (its chart's `prometheus` Service), which hold
`certmanager_certificate_expiration_timestamp_seconds`."""


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
    if platform.monitoring is not None:
        units.append(_monitoring(scope, context, platform.monitoring, after(platform.monitoring.chart)))
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


def _service(unit: Unit, name: str | None = None, port: int | None = None) -> Manifest:
    """A Service a chart's unit renders: by name, or the one with `port`; ValueError naming what is missing."""
    for obj in unit.manifests():
        if obj["kind"] != "Service":
            continue
        ports = [p["port"] for p in obj["spec"].get("ports", [])]
        if (name is None or obj["metadata"]["name"] == name) and (port is None or port in ports):
            return obj
    raise ValueError(f"unit {unit.unit_name} renders no Service {name or ''} with port {port or 'any'}")


def _target_port(service: Manifest, port: int) -> tuple[int | str, str]:
    """(port, protocol) of the Service port `port` as its pods have it: its targetPort (a name or a number),
    else the same number."""
    entry = next(p for p in service["spec"]["ports"] if p["port"] == port)
    return entry.get("targetPort", entry["port"]), str(entry.get("protocol", "TCP"))


def _monitoring(scope: Construct, context: Context, monitoring: Monitoring, depends_on: list[str]) -> Unit:
    """The unit `platform-monitoring` (module docstring)."""
    catalog = context.catalog
    namespace = catalog.charts[monitoring.chart].namespace
    stack = context.find(monitoring.chart)
    assert stack is not None  # `after` found it
    unit = PlatformUnit(
        scope, "monitoring", software="grafana", destination=namespace, namespace=namespace,
        part_of=catalog.part_of, depends_on=depends_on,
    )  # fmt: skip
    # The operator's pods (VMAgent, VMSingle, VLAgent, VLSingle, VMAlert, Alertmanager) and the chart's
    # (Grafana, kube-state-metrics) reach one another past the namespace's default deny.
    AllowWithinNamespace(unit, "Within", name="monitoring-within", labels=unit.app_labels, namespace=namespace)
    grafana, ingress = monitoring.grafana, catalog.cluster.ingress
    if grafana is not None:
        assert ingress is not None  # the values check requires it
        shared = context.find(namespace_unit(namespace))
        assert isinstance(shared, NamespaceUnit)  # the values check requires the namespace listed
        service = _service(stack, name=grafana.service, port=grafana.port)
        HttpsExposure(
            unit, "Https", labels=unit.app_labels, host=grafana.host, backend=ServiceRef(grafana.service, grafana.port),
            ingress=ingress, shared=shared.ingress(ingress), name="grafana",
        )  # fmt: skip
        traefik = ingress.traefik
        AllowIngress(
            unit, "FromTraefik", name="grafana-from-traefik", labels=unit.app_labels,
            selector=service["spec"]["selector"], sources=[Peer(namespace=traefik.namespace, labels=traefik.labels)],
            ports=[_target_port(service, grafana.port)],
        )  # fmt: skip
    if catalog.platform.issuers is not None:
        issuers = catalog.charts[catalog.platform.issuers.chart]
        cert_manager = context.find(catalog.platform.issuers.chart)
        assert cert_manager is not None
        service = _service(cert_manager, port=CERT_MANAGER_METRICS)
        selector = service["spec"]["selector"]
        Scrape(
            unit, "CertManager", name="cert-manager", labels=unit.app_labels, namespace=issuers.namespace,
            port=str(next(p["name"] for p in service["spec"]["ports"] if p["port"] == CERT_MANAGER_METRICS)),
            path="/metrics", selector=selector, honor_labels=True,
        )  # fmt: skip
        AllowIngress(
            unit, "CertManagerFromScraper", name="cert-manager-from-scraper", labels=unit.app_labels,
            selector=selector, sources=[Peer(namespace=namespace, labels=monitoring.scraper)],
            ports=[_target_port(service, CERT_MANAGER_METRICS)], namespace=issuers.namespace,
        )  # fmt: skip
    return unit
