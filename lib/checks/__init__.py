"""The safety gate: every rendered object is checked before dist/ is replaced.

Five kinds of check, each returning problems as one line per problem:

- units (`units.py`): no deploy unit is empty, and no object is rendered by two units;
- schema (`schema.py`): core kinds against the Kubernetes OpenAPI schema of the cluster's version,
  custom resources against their CRD's openAPIV3Schema, both strict (an unknown field is an error);
- references (`references.py`): routes, TLS secrets, middlewares, claims, config maps, service
  accounts and namespaces point at objects that are rendered (or declared external);
- secrets (`secrets.py`): no Secret with data in git, every secret a pod reads declared, no plain
  variable named like a secret;
- policy (`policy.py`): resources, probes, pinned images, no token automount, and the Pod Security
  Standards level each namespace enforces.
"""

from __future__ import annotations

from collections.abc import Iterable

from lib.checks.policy import policy_problems
from lib.checks.problems import Problem, RenderError
from lib.checks.references import reference_problems
from lib.checks.schema import schema_problems
from lib.checks.secrets import SecretKeys, secret_problems
from lib.checks.units import unit_problems
from lib.manifests import Units

__all__ = ["Problem", "RenderError", "validate"]


def validate(
    units: Units,
    *,
    kubernetes_version: str,
    external_namespaces: Iterable[str] = (),
    external_secrets: SecretKeys | None = None,
) -> list[Problem]:
    """Every problem in a whole render, unit problems and schema first; empty when it is safe to write.

    `external_secrets`: (namespace, name) -> keys of the secrets created out of band.
    """
    objects = [obj for objs in units.values() for obj in objs]
    problems = unit_problems(units)
    problems += [p for obj in objects for p in schema_problems(obj, kubernetes_version)]
    problems += reference_problems(objects, external_namespaces)
    problems += secret_problems(objects, external_secrets)
    problems += policy_problems(objects)
    return problems
