"""Deploy units: none is empty, and every object has exactly one owner.

A unit that renders nothing, synced with pruning on, would delete everything it
owned. An object rendered by two units would be applied by two Argo CD
Applications (or Flux Kustomizations), which then fight over it.
"""

from __future__ import annotations

from lib.checks.problems import Problem
from lib.manifests import ObjectKey, Units, object_key


def unit_problems(units: Units) -> list[Problem]:
    problems = [
        Problem(
            {"kind": "DeployUnit", "metadata": {"name": name}},
            "renders no object; refusing a dist/ that would prune what it owned",
        )
        for name, objects in units.items()
        if not objects
    ]
    first_owner: dict[ObjectKey, str] = {}
    for name, objects in units.items():
        for obj in objects:
            key = object_key(obj)
            if key not in first_owner:
                first_owner[key] = name
                continue
            owner = first_owner[key]
            owners = f"twice by deploy unit {name}" if owner == name else f"by deploy units {owner} and {name}"
            problems.append(Problem(obj, f"is rendered {owners}; every object needs exactly one owner"))
    return problems
