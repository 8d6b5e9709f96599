"""Secrets as code with no plaintext anywhere: sealed and external secrets, and the gate's three refusals.

No test message may show a secret's value: each refusal is checked for the example value too.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from cdk8s import Chart
from conftest import find, manifests, parse, render_values
from test_catalog import catalog
from test_workload import settings

from lib.checks.schema import schema_problems
from lib.checks.secrets import secret_problems
from lib.constructs.secrets import SealedSecret
from lib.constructs.workload import Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.synth import check
from lib.values.loader import ValuesError
from lib.values.schema import Secret, Values

# What kubeseal --raw prints has this shape (2 length bytes, an RSA-4096-wrapped key, AES-GCM): not a real one.
SEALED = base64.b64encode(b"\x02\x00" + hashlib.sha512(b"not a real seal").digest() * 8 + bytes(20)).decode()
EXAMPLE_KEY = "example-plaintext-key-5f1d2c"  # the one plaintext value in the repository: this fixture
LABELS = AppLabels(name="whoami", instance="whoami", version="v1.10.1", part_of="homelab")


def render(chart: Chart, **overrides: Any) -> list[dict[str, Any]]:
    Workload(chart, "web", name="whoami", app=settings(**overrides), labels=LABELS)
    return manifests(chart)


def test_a_sealed_secret_renders_a_sealed_secret_and_feeds_the_env(new_chart: Callable[..., Chart]) -> None:
    secrets = {"whoami-secrets": Secret(sealed={"api-token": SEALED}, env={"API_TOKEN": "api-token"})}
    objects = render(new_chart(), secrets=secrets)
    sealed = find(objects, "SealedSecret", "whoami-secrets")
    assert sealed["apiVersion"] == "bitnami.com/v1alpha1"
    assert sealed["spec"]["encryptedData"] == {"api-token": SEALED}
    assert sealed["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"] == "secret"
    assert schema_problems(sealed, "1.33") == [], "valid against the pinned Sealed Secrets CRD"
    template = find(objects, "Deployment", "whoami")["spec"]["template"]
    (container,) = template["spec"]["containers"]
    assert container["env"] == [
        {"name": "API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "whoami-secrets", "key": "api-token"}}}
    ]
    assert len(template["metadata"]["annotations"]["checksum/sealed-secrets"]) == 64, "a new seal rolls the pod"


def test_an_external_secret_feeds_the_env_and_renders_nothing(new_chart: Callable[..., Chart]) -> None:
    secrets = {"db": Secret(external=("password",), env={"DB_PASSWORD": "password"})}
    objects = render(new_chart(), env={"TZ": "UTC"}, secrets=secrets)
    assert {o["kind"] for o in objects} == {"Deployment", "Service", "ServiceAccount"}
    (container,) = find(objects, "Deployment", "whoami")["spec"]["template"]["spec"]["containers"]
    assert container["env"] == [
        {"name": "TZ", "value": "UTC"},
        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
    ]
    assert "annotations" not in find(objects, "Deployment", "whoami")["spec"]["template"]["metadata"]


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ({}, "expected exactly one of sealed or external"),
        ({"sealed": {"k": SEALED}, "external": ("k",)}, "expected exactly one of sealed or external"),
        ({"external": ()}, "external: lists no key"),
        ({"external": ("k",), "env": {"A": "other"}}, "env.A: 'other' is not a key of this secret (k)"),
        ({"sealed": {"k": EXAMPLE_KEY}}, "sealed.k: is not kubeseal output"),
        ({"sealed": {"k": "x" * 400 + "!"}}, "sealed.k: is not kubeseal output"),
    ],
)
def test_secret_settings_refuse(secret: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Secret(**secret)
    assert str(caught.value).startswith(message)
    assert EXAMPLE_KEY not in str(caught.value)


def test_the_sealed_secrets_construct_refuses_plaintext(new_chart: Callable[..., Chart]) -> None:
    with pytest.raises(ValueError, match="SealedSecret s: encrypted_data: k: is not kubeseal output") as caught:
        SealedSecret(new_chart(), "s", name="s", encrypted_data={"k": EXAMPLE_KEY}, labels=LABELS)
    assert EXAMPLE_KEY not in str(caught.value)


# ---------------------------------------------------------------- the values file


def values_with(change: Callable[[dict[str, Any]], None]) -> str:
    import yaml

    data = copy.deepcopy(catalog())
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (
            lambda d: d["apps"]["whoami"].update(env={"API_TOKEN": EXAMPLE_KEY}),
            "apps.whoami.env.API_TOKEN: API_TOKEN looks like a secret (its name ends in 'TOKEN'): feed it from a "
            "declared secret (secrets.<name>.env), never as a plain value in git",
        ),
        (
            lambda d: d["apps"]["whoami"].update(env={"ADMIN_PASSWORD": 12345}),
            "apps.whoami.env.ADMIN_PASSWORD: expected a string, got a number",
        ),
        (
            lambda d: d["apps"]["whoami"].update(
                env={"N": EXAMPLE_KEY}, secrets={"s": {"external": ["k"], "env": {"N": "k"}}}
            ),
            "apps.whoami.secrets.s.env: N is also set by env",
        ),
        (
            lambda d: d["apps"]["whoami"].update(secrets={"s": {"sealed": {"k": EXAMPLE_KEY}}}),
            "apps.whoami.secrets.s.sealed.k: is not kubeseal output",
        ),
        (
            lambda d: d["apps"]["whoami"].update(secrets={"s": {"sealed": EXAMPLE_KEY}}),
            "apps.whoami.secrets.s.sealed: expected a mapping, got a value of another type",
        ),
        (
            lambda d: [d["apps"][a].update(secrets={"s": {"external": ["k"]}}) for a in ("whoami", "echo")],
            "apps.echo.secrets.s: is already declared by apps.whoami in namespace web",
        ),
    ],
    ids=["plain *_TOKEN", "number for a *_PASSWORD", "set twice", "plaintext as sealed", "sealed a string", "twice"],
)
def test_a_secret_mistake_in_the_values_is_one_line_without_the_value(
    change: Callable[[dict[str, Any]], None], line: str
) -> None:
    with pytest.raises(ValuesError) as caught:
        parse(values_with(change))
    assert str(caught.value) == f"test-values.yaml: {line}" or str(caught.value).startswith(f"test-values.yaml: {line}")
    assert EXAMPLE_KEY not in str(caught.value) and "12345" not in str(caught.value)


# ---------------------------------------------------------------- the gate's three refusals


def deployment(env: list[dict[str, Any]], **pod: Any) -> dict[str, Any]:
    container = {"name": "app", "image": "a/b:1", "env": env}
    spec = {"template": {"spec": {"containers": [container], **pod}}}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "app", "namespace": "apps"},
        "spec": spec,
    }


def ref(var: str, name: str, key: str) -> dict[str, Any]:
    return {"name": var, "valueFrom": {"secretKeyRef": {"name": name, "key": key}}}


SEALED_OBJECT = {
    "apiVersion": "bitnami.com/v1alpha1",
    "kind": "SealedSecret",
    "metadata": {"name": "app-secrets", "namespace": "apps"},
    "spec": {"encryptedData": {"encryption-key": SEALED}},
}


@pytest.mark.parametrize(
    ("objects", "external", "line"),
    [
        (
            [
                {
                    "apiVersion": "v1",
                    "kind": "Secret",
                    "metadata": {"name": "s", "namespace": "apps"},
                    "stringData": {"key": EXAMPLE_KEY},
                }
            ],
            {},
            "Secret apps/s: holds stringData in git; declare it under apps.<app>.secrets",
        ),
        (
            [deployment([ref("N8N_ENCRYPTION_KEY", "nowhere", "encryption-key")])],
            {},
            "Deployment apps/app: container app: env N8N_ENCRYPTION_KEY: Secret 'nowhere' is neither sealed here nor "
            "declared external in namespace apps",
        ),
        (
            [deployment([ref("N8N_ENCRYPTION_KEY", "app-secrets", "other")]), SEALED_OBJECT],
            {},
            "Deployment apps/app: container app: env N8N_ENCRYPTION_KEY: Secret 'app-secrets' has no key 'other'",
        ),
        (
            [deployment([{"name": "N8N_ENCRYPTION_KEY", "value": EXAMPLE_KEY}])],
            {},
            "Deployment apps/app: container app: env: N8N_ENCRYPTION_KEY looks like a secret (its name ends in 'KEY')",
        ),
        (
            [deployment([], volumes=[{"name": "v", "secret": {"secretName": "db"}}])],
            {("apps", "other"): ("k",)},
            "Deployment apps/app: volume v: Secret 'db' is neither sealed here nor declared external in namespace apps",
        ),
    ],
    ids=["secret with data", "undeclared secret", "missing key", "plain secret-like variable", "secret volume"],
)
def test_the_gate_refuses_secrets_in_git_and_undeclared_ones(
    objects: list[dict[str, Any]], external: dict[tuple[str, str], tuple[str, ...]], line: str
) -> None:
    problems = [str(p) for p in secret_problems(objects, external)]
    assert len(problems) == 1 and problems[0].startswith(line), problems
    assert EXAMPLE_KEY not in problems[0]


def test_the_gate_accepts_sealed_and_declared_external_secrets() -> None:
    objects = [
        deployment([ref("N8N_ENCRYPTION_KEY", "app-secrets", "encryption-key"), ref("DB_PASSWORD", "db", "pw")]),
        SEALED_OBJECT,
    ]
    assert secret_problems(objects, {("apps", "db"): ("pw",)}) == []


def test_with_a_sealed_secret_both_engines_wait_for_it_to_decrypt(values: Values) -> None:
    n8n = values.apps["n8n"]
    sealed = {"n8n-secrets": Secret(sealed={"encryption-key": SEALED}, env={"N8N_ENCRYPTION_KEY": "encryption-key"})}
    both = dataclasses.replace(
        values,
        gitops=dataclasses.replace(values.gitops, engine="both"),
        apps={**values.apps, "n8n": dataclasses.replace(n8n, secrets=sealed)},
    )
    units = render_values(both)
    check(units, both)  # the SealedSecret passes its CRD schema, the Kustomizations theirs
    sealed_secret = find(units["n8n"], "SealedSecret", "n8n-secrets")
    assert sealed_secret["metadata"]["namespace"] == "apps", "sealed for this name and namespace"
    assert (
        "SkipDryRunOnMissingResource=true"
        in sealed_secret["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
    ), "Argo CD syncs before the Sealed Secrets CRD exists, and judges it by its built-in health check"
    kustomizations = {o["metadata"]["name"]: o["spec"] for o in units["gitops-flux"] if o["kind"] == "Kustomization"}
    assert kustomizations["n8n"]["healthCheckExprs"] == [
        {
            "apiVersion": "bitnami.com/v1alpha1",
            "kind": "SealedSecret",
            "current": "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'True')",
            "failed": "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'False')",
        }
    ]
    assert "healthCheckExprs" not in kustomizations["ollama"], "only where a SealedSecret is"
