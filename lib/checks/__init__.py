"""The safety gate: every rendered object is checked before dist/ is replaced.

Its checks, each with the id a problem carries (and a chart's exception names to waive it):

- `units` (`units.py`): no deploy unit is empty, no object is rendered by two units, no two objects
  of a unit share a file;
- `schema` (`schema.py`): core kinds against the Kubernetes OpenAPI schema of the cluster's version,
  custom resources against their CRD's openAPIV3Schema (the catalog's, or one the render holds), both
  strict (an unknown field is an error);
- `references` (`references.py`): routes, TLS secrets, middlewares, claims, config maps, service
  accounts and namespaces point at objects that are rendered (or declared external);
- `secrets` (`secrets.py`): no Secret with data in git, every secret a pod reads declared, no plain
  variable named like a secret;
- `network` (`network.py`): every route has an allow list, every NetworkPolicy selects a pod and
  allows ports it has, Traefik can reach every exposed app, and every check the log store it asks;
- `pods` and `images` (`pods.py`): no token automount, resources, probes; pinned images;
- `pod-security` (`pod_security.py`): the Pod Security Standards level each namespace enforces.

A chart's render adds its own (`deterministic`, `hooks`: `lib/units/chart.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from lib.checks.network import network_problems
from lib.checks.pod_security import pod_security_problems
from lib.checks.pods import image_problems, pod_problems
from lib.checks.problems import Problem, RenderError
from lib.checks.references import reference_problems
from lib.checks.schema import Schemas
from lib.checks.secrets import SecretKeys, secret_problems
from lib.checks.units import unit_problems
from lib.manifests import Manifest, Units, object_ref
from lib.network import K3S_POD_NETWORK, Pod
from lib.values.schema import Waiver

__all__ = ["Problem", "RenderError", "gate"]


def _tagged(check: str, problems: Iterable[Problem]) -> list[Problem]:
    return [dataclasses.replace(p, check=check) for p in problems]


def gate(
    units: Units,
    *,
    kubernetes_version: str,
    external_namespaces: Iterable[str] = (),
    external_secrets: SecretKeys | None = None,
    traefik: Pod | None = None,
    logs: tuple[Pod, int] | None = None,
    pod_network: str = K3S_POD_NETWORK,
    relaxed: Mapping[str, frozenset[str]] | None = None,
    waivers: Mapping[str, Sequence[Waiver]] | None = None,
    found: Sequence[Problem] = (),
) -> list[Problem]:
    """Every problem in a whole render, unit problems and schema first; empty when it is safe to write.
    An object its schema refuses is not looked at further (its shape is unknown).

    `external_secrets`: (namespace, name) -> keys of the secrets created out of band.
    `traefik`: the pod routes come from, which must reach every exposed app. Default: not checked.
    `logs`: the log store's pod and port, which every check asking it must reach. Default: not checked.
    `pod_network`: the pods' addresses (what a route sees when a pod calls it). Default: K3s'.
    `relaxed`: unit -> the checks that do not apply to its objects. Default: none.
    `waivers`: unit -> its declared exceptions; one that waives no problem is a problem itself.
    `found`: problems found while rendering (a chart's), before the gate.
    """
    problems = [*_tagged("units", unit_problems(units)), *found]
    everything = [obj for objs in units.values() for obj in objs]
    schemas = Schemas(kubernetes_version, [o for o in everything if o.get("kind") == "CustomResourceDefinition"])
    objects = []
    for obj in everything:
        refused = schemas.problems(obj)
        problems += _tagged("schema", refused)
        if not refused:  # the other checks read objects of a known, valid shape
            objects.append(obj)
    problems += _tagged("references", reference_problems(objects, external_namespaces))
    problems += _tagged("secrets", secret_problems(objects, external_secrets))
    network = network_problems(
        objects, traefik=traefik, external_namespaces=list(external_namespaces), pod_network=pod_network, logs=logs
    )
    problems += _tagged("network", network)
    problems += _tagged("pods", pod_problems(objects))
    problems += _tagged("images", image_problems(objects))
    problems += _tagged("pod-security", pod_security_problems(objects))
    return _judged(problems, units, relaxed or {}, waivers or {})


def _judged(
    problems: list[Problem],
    units: Units,
    relaxed: Mapping[str, frozenset[str]],
    waivers: Mapping[str, Sequence[Waiver]],
) -> list[Problem]:
    """The problems left once each unit's relaxed checks and declared exceptions are applied, with one
    more for every exception that waives nothing."""
    owner = {id(obj): unit for unit, objs in units.items() for obj in objs}
    used: set[tuple[str, int]] = set()
    kept = []
    for problem in problems:
        unit = owner.get(id(problem.obj))
        if unit is None:
            kept.append(problem)
            continue
        if problem.check in relaxed.get(unit, frozenset()):
            continue
        ref = object_ref(problem.obj)
        waived = [
            (unit, i) for i, w in enumerate(waivers.get(unit, ())) if w.check_id == problem.check and w.object == ref
        ]
        used.update(waived)
        if not waived:
            kept.append(problem)
    for unit, unit_waivers in waivers.items():
        for i, waiver in enumerate(unit_waivers):
            if (unit, i) not in used:
                chart: Manifest = {"kind": "Chart", "metadata": {"name": unit}}
                kept.append(
                    Problem(chart, f"the exception {{check: {waiver.check_id}, object: {waiver.object}}} waives "
                                   "nothing: no such problem; remove it", "units")
                )  # fmt: skip
    return kept
