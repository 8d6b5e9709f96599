"""The custom resources the catalog's apps stand on, beside the charts that bring their controllers:

- `LetsEncryptIssuers`: the ClusterIssuers `letsencrypt-prod` and `letsencrypt-staging`, solving DNS-01
  through Cloudflare with a token from a sealed or external secret (never plaintext);
- `AddressPool`: MetalLB's IPAddressPool and L2Advertisement `default`;
- `TraefikConfig`: the HelmChartConfig `traefik` of K3s' packaged Traefik, whose Service keeps the
  client's address (externalTrafficPolicy: Local) for the routes' allow lists.

Each binding is imported when its construct is made: a catalog without a platform never loads them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import yaml
from cdk8s import ApiObjectMetadata
from constructs import Construct

from lib.constructs.secrets import SealedSecret
from lib.labels import AppLabels
from lib.values.schema import ISSUERS, Issuers

ACME_SERVERS = {
    "letsencrypt-prod": "https://acme-v02.api.letsencrypt.org/directory",
    "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
}
"""Let's Encrypt's ACME directories (letsencrypt.org/docs/acme-protocol-updates, /docs/staging-environment)."""
METALLB_NAME = "default"
"""The name of the IPAddressPool and of the L2Advertisement: a contract with the running cluster."""
LOAD_BALANCER_IPS = "metallb.io/loadBalancerIPs"
"""The Service annotation MetalLB 0.16 reads for the address to give it (its docs, Usage)."""


class LetsEncryptIssuers(Construct):
    """Renders the ClusterIssuers of `ISSUERS`, one per Let's Encrypt server, each with its own ACME account
    key (`<issuer>-account-key`, made by cert-manager) and one DNS-01 solver through Cloudflare; and a
    SealedSecret for each sealed secret, in `secrets_namespace` (cert-manager's cluster resource
    namespace, where a ClusterIssuer's secrets are read)."""

    def __init__(
        self, scope: Construct, id: str, *, settings: Issuers, secrets_namespace: str, labels: AppLabels
    ) -> None:
        """
        :param settings: the issuers' settings: ACME email, solver, secrets.
        :param secrets_namespace: where cert-manager reads a ClusterIssuer's secrets.
        :param labels: identity of the unit; the issuers add component "issuer".
        """
        super().__init__(scope, id)
        from imports.certmanager_clusterissuer.io.cert_manager import (
            ClusterIssuer,
            ClusterIssuerSpec,
            ClusterIssuerSpecAcme,
            ClusterIssuerSpecAcmePrivateKeySecretRef,
            ClusterIssuerSpecAcmeSolvers,
            ClusterIssuerSpecAcmeSolversDns01,
            ClusterIssuerSpecAcmeSolversDns01Cloudflare,
            ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef,
        )

        token = settings.cloudflare.api_token_secret_ref
        for name in ISSUERS:
            ClusterIssuer(
                self,
                name,
                metadata=ApiObjectMetadata(name=name, labels=labels.component("issuer")),
                spec=ClusterIssuerSpec(
                    acme=ClusterIssuerSpecAcme(
                        server=ACME_SERVERS[name],
                        email=settings.email,
                        private_key_secret_ref=ClusterIssuerSpecAcmePrivateKeySecretRef(name=f"{name}-account-key"),
                        solvers=[
                            ClusterIssuerSpecAcmeSolvers(
                                dns01=ClusterIssuerSpecAcmeSolversDns01(
                                    cloudflare=ClusterIssuerSpecAcmeSolversDns01Cloudflare(
                                        api_token_secret_ref=ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(
                                            name=token.name, key=token.key
                                        )
                                    )
                                )
                            )
                        ],
                    )
                ),
            )
        for name, secret in settings.secrets.items():
            if secret.sealed is not None:
                SealedSecret(
                    self, f"Secret-{name}", name=name, encrypted_data=secret.sealed, labels=labels,
                    namespace=secrets_namespace,
                )  # fmt: skip


class AddressPool(Construct):
    """Renders MetalLB's IPAddressPool `default` over `addresses` and the L2Advertisement `default`, which
    announces every pool's addresses on the LAN from the node that serves each Service (layer 2: ARP)."""

    def __init__(self, scope: Construct, id: str, *, addresses: Sequence[str], labels: AppLabels) -> None:
        """
        :param addresses: networks or first-last ranges, as MetalLB takes them.
        :param labels: identity of the unit; both add component "loadbalancer".
        """
        super().__init__(scope, id)
        from imports.metallb_ipaddresspool.io.metallb import IpAddressPool, IpAddressPoolSpec
        from imports.metallb_l2advertisement.io.metallb import L2Advertisement, L2AdvertisementSpec

        meta = ApiObjectMetadata(name=METALLB_NAME, labels=labels.component("loadbalancer"))
        IpAddressPool(self, "Pool", metadata=meta, spec=IpAddressPoolSpec(addresses=list(addresses)))
        # No pool selector: it announces every pool (MetalLB's docs, Layer 2 configuration).
        L2Advertisement(self, "Advertisement", metadata=meta, spec=L2AdvertisementSpec())


class TraefikConfig(Construct):
    """Renders the HelmChartConfig `traefik` that K3s' helm-controller merges into its packaged Traefik's
    values: the Service keeps the client's address (externalTrafficPolicy: Local, so a connection is not
    re-sourced to a node's address on its way to the pod), and takes `load_balancer_ip` from MetalLB."""

    def __init__(self, scope: Construct, id: str, *, labels: AppLabels, load_balancer_ip: str | None = None) -> None:
        """
        :param labels: identity of the unit; it adds component "ingress".
        :param load_balancer_ip: the address MetalLB gives the Service. Default: none asked (the next free).
        """
        super().__init__(scope, id)
        from imports.k3s_helmchartconfig.io.cattle.helm import HelmChartConfig, HelmChartConfigSpec

        HelmChartConfig(
            self,
            "HelmChartConfig",
            metadata=ApiObjectMetadata(name="traefik", labels=labels.component("ingress")),
            spec=HelmChartConfigSpec(values_content=values_content(load_balancer_ip)),
        )


def values_content(load_balancer_ip: str | None) -> str:
    """The Traefik chart values of the HelmChartConfig, as YAML: `service.spec` and `service.annotations`
    of traefik-helm-chart's values.yaml."""
    service: dict[str, Mapping[str, str]] = {"spec": {"externalTrafficPolicy": "Local"}}
    if load_balancer_ip is not None:
        service["annotations"] = {LOAD_BALANCER_IPS: load_balancer_ip}
    return yaml.safe_dump({"service": service}, sort_keys=True)
