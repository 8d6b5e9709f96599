"""HttpsExposure and NamespaceIngress: HTTPS for any app, the same construct for every one (story AC4)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from cdk8s import Chart
from conftest import find, manifests

from lib.constructs.https import HttpsExposure, NamespaceIngress
from lib.labels import AppLabels
from lib.values.schema import EntryPoints, Ingress

LABELS = AppLabels(name="ollama", instance="ollama", version="0.17.7", part_of="homelab")
INGRESS = Ingress(cluster_issuer="letsencrypt-prod")


@dataclass
class Backend:
    service_name: str = "ollama"
    service_port: int = 11434


def expose(chart: Chart, **props: Any) -> list[dict[str, Any]]:
    ingress = props.get("ingress", INGRESS)
    shared = NamespaceIngress(chart, "shared", namespace="test", labels=LABELS, ingress=ingress)
    args: dict[str, Any] = {"labels": LABELS, "host": "ollama.example.com", "backend": Backend(), "ingress": INGRESS}
    HttpsExposure(chart, "https", shared=shared, **{**args, **props})
    return manifests(chart)


def test_https_exposure_defaults(new_chart: Callable[..., Chart]) -> None:
    objects = expose(new_chart())
    certificate = find(objects, "Certificate", "ollama-tls")["spec"]
    assert certificate == {
        "dnsNames": ["ollama.example.com"],
        "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "letsencrypt-prod"},
        "privateKey": {"rotationPolicy": "Always"},
        "secretName": "ollama-tls",
    }
    route = find(objects, "IngressRoute", "ollama-ingress")["spec"]
    assert route["entryPoints"] == ["websecure"]
    assert route["tls"] == {"secretName": "ollama-tls"}
    (rule,) = route["routes"]
    assert rule["match"] == "Host(`ollama.example.com`)"
    assert rule["services"] == [{"kind": "Service", "name": "ollama", "port": 11434}]
    assert rule["middlewares"] == [{"name": "allow-sources"}, {"name": "secure-headers"}]
    redirect = find(objects, "IngressRoute", "ollama-ingress-redirect")["spec"]
    assert redirect["entryPoints"] == ["web"]
    assert redirect["routes"][0]["middlewares"] == [{"name": "allow-sources"}, {"name": "https-redirect"}]
    allow = find(objects, "Middleware", "allow-sources")["spec"]
    assert allow == {"ipAllowList": {"sourceRange": ["100.64.0.0/10", "192.168.2.0/24"]}}
    headers = find(objects, "Middleware", "secure-headers")["spec"]["headers"]
    assert headers == {
        "contentTypeNosniff": True,
        "referrerPolicy": "strict-origin-when-cross-origin",
        "stsIncludeSubdomains": False,
        "stsSeconds": 31536000,
    }
    middleware = find(objects, "Middleware", "https-redirect")
    assert middleware["spec"] == {"redirectScheme": {"permanent": True, "scheme": "https"}}
    assert middleware["metadata"]["labels"] == {"app.kubernetes.io/component": "ingress"}


def test_https_exposure_custom(new_chart: Callable[..., Chart]) -> None:
    ingress = Ingress(cluster_issuer="internal-ca", entry_points=EntryPoints(web="http", websecure="https"))
    objects = expose(
        new_chart(), name="llm", backend=Backend("server", 8080), ingress=ingress, source_ranges=["100.64.0.0/10"]
    )
    certificate = find(objects, "Certificate", "llm-tls")["spec"]
    assert (certificate["secretName"], certificate["issuerRef"]["name"]) == ("llm-tls", "internal-ca")
    route = find(objects, "IngressRoute", "llm-ingress")["spec"]
    assert route["entryPoints"] == ["https"]
    assert route["routes"][0]["services"] == [{"kind": "Service", "name": "server", "port": 8080}]
    redirect = find(objects, "IngressRoute", "llm-ingress-redirect")["spec"]
    assert redirect["entryPoints"] == ["http"]
    assert redirect["routes"][0]["middlewares"] == [{"name": "llm-allow-sources"}, {"name": "https-redirect"}]
    own = find(objects, "Middleware", "llm-allow-sources")
    assert own["spec"] == {"ipAllowList": {"sourceRange": ["100.64.0.0/10"]}}


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"host": "Ollama.example.com"}, "HttpsExposure https: host: expected a lowercase DNS name"),
        ({"host": "ollama`) || Host(`evil.com"}, "HttpsExposure https: host: expected a lowercase DNS name"),
        ({"redirect": {"namespace": "Bad"}}, "NamespaceIngress redirect: namespace: expected a DNS label"),
    ],
)
def test_https_constructs_reject_bad_props(
    new_chart: Callable[..., Chart], props: dict[str, Any], message: str
) -> None:
    chart = new_chart()
    with pytest.raises(ValueError, match=re.escape(message)):
        if "redirect" in props:
            NamespaceIngress(chart, "redirect", labels=LABELS, ingress=INGRESS, **props["redirect"])
        else:
            expose(chart, **props)
