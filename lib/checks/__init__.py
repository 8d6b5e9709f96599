"""The safety gate: every rendered object is checked before dist/ is replaced.

Six kinds of check, each returning problems as one line per problem:

- units (`units.py`): no deploy unit is empty, and no object is rendered by two units;
- schema (`schema.py`): core kinds against the Kubernetes OpenAPI schema of the cluster's version,
  custom resources against their CRD's openAPIV3Schema, both strict (an unknown field is an error);
- references (`references.py`): routes, TLS secrets, middlewares, claims, config maps, service
  accounts and namespaces point at objects that are rendered (or declared external);
- secrets (`secrets.py`): no Secret with data in git, every secret a pod reads declared, no plain
  variable named like a secret;
- network (`network.py`): every route has an allow list, every NetworkPolicy selects a pod and
  allows ports it has, and Traefik can reach every exposed app;
- policy (`policy.py`): resources, probes, pinned images, no token automount, and the Pod Security
  Standards level each namespace enforces.
"""

from __future__ import annotations

from collections.abc import Iterable

from lib.checks.network import network_problems
from lib.checks.policy import policy_problems
from lib.checks.problems import Problem, RenderError
from lib.checks.references import reference_problems
from lib.checks.schema import schema_problems
from lib.checks.secrets import SecretKeys, secret_problems
from lib.checks.units import unit_problems
from lib.manifests import Units
from lib.network import Pod

__all__ = ["Problem", "RenderError", "validate"]


def validate(
    units: Units,
    *,
    kubernetes_version: str,
    external_namespaces: Iterable[str] = (),
    external_secrets: SecretKeys | None = None,
    traefik: Pod | None = None,
) -> list[Problem]:
    """Every problem in a whole render, unit problems and schema first; empty when it is safe to write.
    An object its schema refuses is not looked at further (its shape is unknown).

    `external_secrets`: (namespace, name) -> keys of the secrets created out of band.
    `traefik`: the pod routes come from, which must reach every exposed app. Default: not checked.
    """
    problems = unit_problems(units)
    objects = []
    for obj in (obj for objs in units.values() for obj in objs):
        found = schema_problems(obj, kubernetes_version)
        problems += found
        if not found:  # the other checks read objects of a known, valid shape
            objects.append(obj)
    problems += reference_problems(objects, external_namespaces)
    problems += secret_problems(objects, external_secrets)
    problems += network_problems(objects, traefik=traefik, external_namespaces=list(external_namespaces))
    problems += policy_problems(objects)
    return problems
