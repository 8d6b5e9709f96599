"""Pod checks: what every workload of the catalog's own must have, and what every image must be.

- `pods`: no service-account token, every container with requests and limits, a GPU only with a
  runtime class, every server container (not a Job's or a CronJob's) with readiness and liveness
  probes. A chart's pods are shaped by its values: its units relax this check.
- `images`: every container's image is pinned (a release tag, or a digest), for every unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib import rules
from lib.checks.problems import Problem
from lib.manifests import GPU_RESOURCE, RUN_TO_COMPLETION, Manifest, containers, pod_templates


def pod_problems(objects: list[Manifest]) -> list[Problem]:
    return [Problem(obj, m) for obj, pod in pod_templates(objects) for m in _pod_messages(obj, pod)]


def image_problems(objects: list[Manifest]) -> list[Problem]:
    problems = []
    for obj, pod in pod_templates(objects):
        for c in containers(pod):
            try:
                rules.pinned_image(c.get("image", ""))
            except rules.InvalidValue as err:
                problems.append(Problem(obj, f"container {c['name']}: {err.message}"))
    return problems


def _pod_messages(obj: Manifest, pod: dict[str, Any]) -> Iterator[str]:
    if pod.get("automountServiceAccountToken") is not False:
        yield "automountServiceAccountToken must be false (no workload here talks to the API server)"
    for c in containers(pod):
        name = f"container {c['name']}"
        for kind in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if resource not in c.get("resources", {}).get(kind, {}):
                    yield f"{name}: resources.{kind}.{resource} must be set"
        if GPU_RESOURCE in c.get("resources", {}).get("limits", {}) and not pod.get("runtimeClassName"):
            yield f"{name}: asks for {GPU_RESOURCE} but the pod has no runtimeClassName (the NVIDIA runtime, README: GPUs)"  # noqa: E501
    if obj["kind"] in RUN_TO_COMPLETION:
        return  # it runs to completion: no probes
    for c in pod.get("containers", []):
        for probe in ("readinessProbe", "livenessProbe"):
            if probe not in c:
                yield f"container {c['name']}: {probe} must be set"
