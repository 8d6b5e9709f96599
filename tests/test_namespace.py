"""The Namespace construct and the namespace unit (story AC1)."""

from __future__ import annotations

from collections.abc import Callable

import cdk8s
import pytest
from cdk8s import Chart
from conftest import manifests

from lib.constructs.namespace import Namespace
from lib.labels import AppLabels
from lib.units import NamespaceUnit
from lib.values.schema import Ingress, Values
from lib.values.schema import Namespace as NamespaceSettings

LABELS = AppLabels(name="ml", instance="ml", version="1.0.0", part_of="homelab")


def test_namespace_defaults_to_baseline_pod_security(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace=None)
    Namespace(chart, "ns", name="team", labels=LABELS)
    (obj,) = manifests(chart)
    assert obj["kind"] == "Namespace"
    assert obj["metadata"]["name"] == "team"
    assert "namespace" not in obj["metadata"], "a Namespace is cluster-scoped"
    labels = obj["metadata"]["labels"]
    assert labels["app.kubernetes.io/component"] == "namespace"
    for mode in ("enforce", "warn", "audit"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "baseline"


def test_namespace_custom_pod_security_level(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart(namespace=None)
    Namespace(chart, "ns", name="apps", labels=LABELS, pod_security="restricted")
    (obj,) = manifests(chart)
    assert obj["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


def test_namespace_rejects_an_unknown_pod_security_level(new_chart: Callable[..., Chart]) -> None:
    with pytest.raises(ValueError, match="pod_security must be privileged, baseline or restricted, got 'strict'"):
        Namespace(new_chart(namespace=None), "ns", name="apps", labels=LABELS, pod_security="strict")  # type: ignore[arg-type]


def test_namespace_unit_renders_ml_with_recommended_labels(values: Values, new_app: Callable[[], cdk8s.App]) -> None:
    unit = NamespaceUnit(new_app(), "ml", settings=values.namespaces["ml"], part_of=values.part_of)
    assert (unit.unit_name, unit.destination, unit.depends_on) == ("namespace-ml", "ml", ())
    ns, deny = manifests(unit)
    assert ns["metadata"]["name"] == "ml"
    assert deny["metadata"]["name"] == "default-deny-ingress"
    assert set(ns["metadata"]["labels"]) >= {
        "app.kubernetes.io/name",
        "app.kubernetes.io/instance",
        "app.kubernetes.io/version",
        "app.kubernetes.io/component",
        "app.kubernetes.io/part-of",
        "app.kubernetes.io/managed-by",
    }


def test_namespace_unit_denies_ingress_and_renders_its_route_middlewares_once_however_often_asked(
    new_app: Callable[[], cdk8s.App],
) -> None:
    unit = NamespaceUnit(new_app(), "web", settings=NamespaceSettings(), part_of="homelab")
    objects = manifests(unit)
    assert [o["kind"] for o in objects] == ["Namespace", "NetworkPolicy"], "no Middleware until an app asks"
    deny = objects[1]
    assert (deny["metadata"]["name"], deny["metadata"]["namespace"]) == ("default-deny-ingress", "web")
    assert deny["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}
    ingress = Ingress(cluster_issuer="letsencrypt-prod")
    first, second = unit.ingress(ingress), unit.ingress(ingress)
    assert first is second
    middlewares = [o for o in manifests(unit) if o["kind"] == "Middleware"]
    assert [m["metadata"]["name"] for m in middlewares] == ["https-redirect", "allow-sources", "secure-headers"]
    assert {m["metadata"]["namespace"] for m in middlewares} == {"web"}, "namespaced, in a unit with no namespace"
    assert middlewares[0]["spec"] == {"redirectScheme": {"permanent": True, "scheme": "https"}}
