"""Deploy units: none is empty, every object has exactly one owner, and each has a file of its own.

A unit that renders nothing, synced with pruning on, would delete everything it
owned. An object rendered by two units would be applied by two Argo CD
Applications (or Flux Kustomizations), which then fight over it. Two objects of a
unit that differ only in API group or namespace would be written to one file
(`<Kind>.<name>.k8s.yaml`), and one of them lost.
"""

from __future__ import annotations

from lib.checks.problems import Problem
from lib.manifests import Manifest, ObjectKey, Units, describe, file_name, object_key


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
        files: dict[str, Manifest] = {}
        for obj in objects:
            first = files.setdefault(file_name(obj), obj)
            if first is not obj and object_key(first) != object_key(obj):
                problems.append(
                    Problem(obj, f"({obj['apiVersion']}) would be written to {name}/{file_name(obj)}, which holds "
                                 f"{describe(first)} ({first['apiVersion']}); rename one of them")
                )  # fmt: skip
            key = object_key(obj)
            if key not in first_owner:
                first_owner[key] = name
                continue
            owner = first_owner[key]
            owners = f"twice by deploy unit {name}" if owner == name else f"by deploy units {owner} and {name}"
            problems.append(Problem(obj, f"is rendered {owners}; every object needs exactly one owner"))
    return problems
