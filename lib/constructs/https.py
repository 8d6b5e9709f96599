"""HTTPS for an app through Traefik, with a certificate from cert-manager, the same for every app.

- `HttpsRedirect`: the Middleware that sends plain HTTP to HTTPS, one per
  namespace, owned by the namespace's deploy unit;
- `HttpsExposure`: the Certificate and the two IngressRoutes of one app's host.
"""

from __future__ import annotations

from typing import Protocol

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
from lib import rules
from lib.labels import AppLabels
from lib.values.schema import Ingress


class Backend(Protocol):
    """What a route sends requests to: a Service in the route's namespace, and its port."""

    service_name: str
    service_port: int


class HttpsRedirect(Construct):
    """Renders the Middleware `name` in `namespace`: redirectScheme https, permanent.

    One per namespace, whatever the number of apps in it: every app's redirect
    route there uses it.
    """

    def __init__(
        self, scope: Construct, id: str, *, namespace: str, labels: AppLabels, name: str = "https-redirect"
    ) -> None:
        """
        :param namespace: the namespace it lives in (its routes must be there too).
        :param labels: identity of the owner; the Middleware adds component "ingress".
        :param name: the Middleware's name. Default: "https-redirect".
        """
        super().__init__(scope, id)
        rules.check_prop(f"HttpsRedirect {id}", "namespace", rules.dns_label, namespace)
        self.name = name
        Middleware(
            self,
            "Middleware",
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels.component("ingress")),
            spec=MiddlewareSpec(redirect_scheme=MiddlewareSpecRedirectScheme(scheme="https", permanent=True)),
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
        backend: Backend,
        ingress: Ingress,
        redirect: HttpsRedirect,
        name: str | None = None,
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "ingress".
        :param host: the DNS name served, e.g. ollama.example.com.
        :param backend: the Service routed to (an app construct), in the same namespace.
        :param ingress: the ClusterIssuer that signs the certificate, and Traefik's entry points.
        :param redirect: the HTTP-to-HTTPS Middleware of the namespace.
        :param name: prefix of the object names. Default: the backend's Service name.
        """
        super().__init__(scope, id)
        rules.check_prop(f"HttpsExposure {id}", "host", rules.dns_name, host)
        labels_ = labels.component("ingress")
        name = name or backend.service_name
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
        IngressRoute(
            self,
            "Route",
            metadata=ApiObjectMetadata(name=f"{name}-ingress", labels=labels_),
            spec=IngressRouteSpec(
                entry_points=[ingress.entry_points.websecure],
                routes=[IngressRouteSpecRoutes(match=rule, kind=IngressRouteSpecRoutesKind.RULE, services=[service])],
                tls=IngressRouteSpecTls(secret_name=self.tls_secret_name),
            ),
        )
        IngressRoute(
            self,
            "RedirectRoute",
            metadata=ApiObjectMetadata(name=f"{name}-ingress-redirect", labels=labels_),
            spec=IngressRouteSpec(
                entry_points=[ingress.entry_points.web],
                routes=[
                    IngressRouteSpecRoutes(
                        match=rule,
                        kind=IngressRouteSpecRoutesKind.RULE,
                        middlewares=[IngressRouteSpecRoutesMiddlewares(name=redirect.name)],
                        # Never reached: the middleware answers first. Traefik wants a service.
                        services=[service],
                    )
                ],
            ),
        )
