"""HTTPS for an app through Traefik, with a certificate from cert-manager, the same for every app.

- `NamespaceIngress`: the Middlewares a namespace's routes share (redirect to HTTPS, the allow
  list of source ranges, secure headers), one set per namespace, owned by its deploy unit;
- `HttpsExposure`: the Certificate and the two IngressRoutes of one app's host, both answering
  only the allowed sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports.certmanager_certificate.io.cert_manager import (
    Certificate,
    CertificateSpec,
    CertificateSpecIssuerRef,
    CertificateSpecPrivateKey,
    CertificateSpecPrivateKeyRotationPolicy,
)
from imports.traefik_ingressroute.io.traefik import (
    IngressRoute,
    IngressRouteSpec,
    IngressRouteSpecRoutes,
    IngressRouteSpecRoutesKind,
    IngressRouteSpecRoutesMiddlewares,
    IngressRouteSpecRoutesServices,
    IngressRouteSpecRoutesServicesKind,
    IngressRouteSpecRoutesServicesPort,
    IngressRouteSpecTls,
)
from imports.traefik_middleware.io.traefik import (
    Middleware,
    MiddlewareSpec,
    MiddlewareSpecHeaders,
    MiddlewareSpecIpAllowList,
    MiddlewareSpecIpAllowListIpStrategy,
    MiddlewareSpecRedirectScheme,
)
from lib import rules
from lib.labels import AppLabels
from lib.values.schema import Ingress


@dataclass(frozen=True)
class ServiceRef:
    """What a route sends requests to: a Service in the route's namespace, and its port's number."""

    service_name: str
    service_port: int


def allow_list(
    scope: Construct, id: str, *, name: str, namespace: str | None, labels: AppLabels, ingress: Ingress,
    source_ranges: Sequence[str],
) -> None:  # fmt: skip
    """The Middleware `name`: Traefik answers only clients from `source_ranges` (403 to anyone else)."""
    strategy = ingress.ip_strategy
    Middleware(
        scope,
        id,
        metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels.component("ingress")),
        spec=MiddlewareSpec(
            ip_allow_list=MiddlewareSpecIpAllowList(
                source_range=list(source_ranges),
                ip_strategy=MiddlewareSpecIpAllowListIpStrategy(
                    depth=strategy.depth, excluded_i_ps=list(strategy.excluded_ips) or None
                )
                if strategy is not None
                else None,
            )
        ),
    )


class NamespaceIngress(Construct):
    """Renders the Middlewares every exposed app of a namespace shares, once per namespace whatever the
    number of apps in it:

    - `https-redirect`: redirectScheme https, permanent (the plain-HTTP routes);
    - `allow-sources`: ipAllowList of `cluster.ingress.sourceRanges` (every route);
    - `secure-headers`: HSTS for a year, no MIME sniffing, a strict referrer policy (the HTTPS routes).
    """

    redirect = "https-redirect"
    allow = "allow-sources"
    headers = "secure-headers"

    def __init__(self, scope: Construct, id: str, *, namespace: str, labels: AppLabels, ingress: Ingress) -> None:
        """
        :param namespace: the namespace they live in (its routes must be there too).
        :param labels: identity of the owner; the Middlewares add component "ingress".
        :param ingress: the cluster's ingress settings: the source ranges and how to find a client's address.
        """
        super().__init__(scope, id)
        rules.check_prop(f"NamespaceIngress {id}", "namespace", rules.dns_label, namespace)
        meta = labels.component("ingress")
        Middleware(
            self,
            "Middleware",
            metadata=ApiObjectMetadata(name=self.redirect, namespace=namespace, labels=meta),
            spec=MiddlewareSpec(redirect_scheme=MiddlewareSpecRedirectScheme(scheme="https", permanent=True)),
        )
        allow_list(
            self, "AllowSources", name=self.allow, namespace=namespace, labels=labels, ingress=ingress,
            source_ranges=ingress.source_ranges,
        )  # fmt: skip
        Middleware(
            self,
            "SecureHeaders",
            metadata=ApiObjectMetadata(name=self.headers, namespace=namespace, labels=meta),
            spec=MiddlewareSpec(
                headers=MiddlewareSpecHeaders(
                    sts_seconds=31_536_000,  # browsers insist on HTTPS for a year
                    sts_include_subdomains=False,  # other hosts of the domain are not ours to promise
                    content_type_nosniff=True,
                    referrer_policy="strict-origin-when-cross-origin",
                )
            ),
        )


class HttpsExposure(Construct):
    """Renders HTTPS at `host` for one backend: a Certificate, an IngressRoute, and an HTTP redirect route.

    - Certificate `<name>-tls` from the ClusterIssuer, stored in Secret `<name>-tls`;
    - IngressRoute `<name>-ingress` on the secure entry point, TLS from that Secret;
    - IngressRoute `<name>-ingress-redirect` on the plain entry point, through `redirect`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        host: str,
        backend: ServiceRef,
        ingress: Ingress,
        shared: NamespaceIngress,
        source_ranges: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "ingress".
        :param host: the DNS name served, e.g. ollama.example.com.
        :param backend: the Service routed to (an app construct), in the same namespace.
        :param ingress: the ClusterIssuer that signs the certificate, and Traefik's entry points.
        :param shared: the Middlewares of the namespace: redirect, allow list, headers.
        :param source_ranges: narrower sources than the namespace's allow list: a Middleware
            `<name>-allow-sources` of its own. Default: the namespace's.
        :param name: prefix of the object names. Default: the backend's Service name.
        """
        super().__init__(scope, id)
        rules.check_prop(f"HttpsExposure {id}", "host", rules.dns_name, host)
        labels_ = labels.component("ingress")
        name = name or backend.service_name
        allow = shared.allow
        if source_ranges is not None:
            allow = f"{name}-{shared.allow}"
            allow_list(self, "AllowSources", name=allow, namespace=None, labels=labels, ingress=ingress,
                       source_ranges=source_ranges)  # fmt: skip
        self.tls_secret_name = f"{name}-tls"
        rule = f"Host(`{host}`)"
        service = IngressRouteSpecRoutesServices(
            name=backend.service_name,
            kind=IngressRouteSpecRoutesServicesKind.SERVICE,
            port=IngressRouteSpecRoutesServicesPort.from_number(backend.service_port),
        )

        Certificate(
            self,
            "Certificate",
            metadata=ApiObjectMetadata(name=self.tls_secret_name, labels=labels_),
            spec=CertificateSpec(
                secret_name=self.tls_secret_name,
                dns_names=[host],
                issuer_ref=CertificateSpecIssuerRef(
                    name=ingress.cluster_issuer, kind="ClusterIssuer", group="cert-manager.io"
                ),
                # Explicit since cert-manager 1.18 changed the default (Never -> Always):
                # a fresh key at every renewal.
                private_key=CertificateSpecPrivateKey(rotation_policy=CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
            ),
        )

        def route(id: str, suffix: str, entry_point: str, middleware: str, tls: IngressRouteSpecTls | None) -> None:
            IngressRoute(
                self,
                id,
                metadata=ApiObjectMetadata(name=f"{name}-{suffix}", labels=labels_),
                spec=IngressRouteSpec(
                    entry_points=[entry_point],
                    routes=[
                        IngressRouteSpecRoutes(
                            match=rule,
                            kind=IngressRouteSpecRoutesKind.RULE,
                            middlewares=[IngressRouteSpecRoutesMiddlewares(name=m) for m in (allow, middleware)],
                            # Traefik wants one even where the redirect middleware answers first.
                            services=[service],
                        )
                    ],
                    tls=tls,
                ),
            )

        route("Route", "ingress", ingress.entry_points.websecure, shared.headers,
              IngressRouteSpecTls(secret_name=self.tls_secret_name))  # fmt: skip
        route("RedirectRoute", "ingress-redirect", ingress.entry_points.web, shared.redirect, None)
