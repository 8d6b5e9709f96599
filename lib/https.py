"""HTTPS exposure of a Service through Traefik, with a certificate from cert-manager."""

from __future__ import annotations

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
from imports.traefik_middleware.io.traefik import Middleware, MiddlewareSpec, MiddlewareSpecRedirectScheme
from lib.config import InvalidValue, dns_name
from lib.labels import AppLabels


class HttpsExposure(Construct):
    """Renders HTTPS at `host` for one Service: Certificate, IngressRoute, and an HTTP redirect.

    - Certificate `<name>-tls` from the ClusterIssuer, stored in Secret `<name>-tls`;
    - IngressRoute `<name>-ingress` on the secure entry point, TLS from that Secret;
    - Middleware `redirect_middleware_name` (redirectScheme https, permanent) and
      IngressRoute `<name>-ingress-redirect` on the plain entry point, through it.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        host: str,
        service_name: str,
        service_port: int,
        cluster_issuer: str,
        name: str | None = None,
        web_entry_point: str = "web",
        websecure_entry_point: str = "websecure",
        redirect_middleware_name: str = "https-redirect",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "ingress".
        :param host: the DNS name served, e.g. ollama.example.com.
        :param service_name: the Service routed to, in the same namespace.
        :param service_port: that Service's port.
        :param cluster_issuer: the cert-manager ClusterIssuer that signs the certificate.
        :param name: prefix of the object names. Default: `service_name`.
        :param web_entry_point: Traefik entry point for plain HTTP. Default: "web".
        :param websecure_entry_point: Traefik entry point for HTTPS. Default: "websecure".
        :param redirect_middleware_name: name of the redirect Middleware. Default: "https-redirect".
        """
        super().__init__(scope, id)
        try:
            dns_name(host)
        except InvalidValue as err:
            raise ValueError(f"HttpsExposure {id}: host: {err}") from None
        if not 1 <= service_port <= 65535:
            raise ValueError(f"HttpsExposure {id}: service_port must be 1 to 65535, got {service_port}")
        labels_ = labels.component("ingress")
        name = name or service_name
        self.tls_secret_name = f"{name}-tls"
        rule = f"Host(`{host}`)"
        service = IngressRouteSpecRoutesServices(
            name=service_name,
            kind=IngressRouteSpecRoutesServicesKind.SERVICE,
            port=IngressRouteSpecRoutesServicesPort.from_number(service_port),
        )

        Certificate(
            self,
            "Certificate",
            metadata=ApiObjectMetadata(name=self.tls_secret_name, labels=labels_),
            spec=CertificateSpec(
                secret_name=self.tls_secret_name,
                dns_names=[host],
                issuer_ref=CertificateSpecIssuerRef(name=cluster_issuer, kind="ClusterIssuer", group="cert-manager.io"),
                # Explicit since cert-manager 1.18 changed the default (Never -> Always):
                # a fresh key at every renewal.
                private_key=CertificateSpecPrivateKey(rotation_policy=CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
            ),
        )
        IngressRoute(
            self,
            "Route",
            metadata=ApiObjectMetadata(name=f"{name}-ingress", labels=labels_),
            spec=IngressRouteSpec(
                entry_points=[websecure_entry_point],
                routes=[IngressRouteSpecRoutes(match=rule, kind=IngressRouteSpecRoutesKind.RULE, services=[service])],
                tls=IngressRouteSpecTls(secret_name=self.tls_secret_name),
            ),
        )
        Middleware(
            self,
            "RedirectMiddleware",
            metadata=ApiObjectMetadata(name=redirect_middleware_name, labels=labels_),
            spec=MiddlewareSpec(redirect_scheme=MiddlewareSpecRedirectScheme(scheme="https", permanent=True)),
        )
        IngressRoute(
            self,
            "RedirectRoute",
            metadata=ApiObjectMetadata(name=f"{name}-ingress-redirect", labels=labels_),
            spec=IngressRouteSpec(
                entry_points=[web_entry_point],
                routes=[
                    IngressRouteSpecRoutes(
                        match=rule,
                        kind=IngressRouteSpecRoutesKind.RULE,
                        middlewares=[IngressRouteSpecRoutesMiddlewares(name=redirect_middleware_name)],
                        # Never reached: the middleware answers first. Traefik wants a service.
                        services=[service],
                    )
                ],
            ),
        )
