"""Schema checks: every object against the schema the API server would apply, made strict.

Core kinds are checked against kubernetes-validate's strict schemas for the
cluster's Kubernetes version; custom resources against their CRD's
openAPIV3Schema (imports/schemas), with `additionalProperties: false` added
wherever the API server would prune an unknown field, and their metadata as
the core ObjectMeta.

Validation runs in jsonschema-rs (Rust): it loads in ~2 ms where the pure-Python jsonschema takes
~27 ms to import and ~20 ms to check a render, which is most of what the synth adds to a bare
cdk8s program (see `make bench`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema_rs

from lib.checks.problems import Problem
from lib.manifests import Manifest, is_custom_resource
from lib.rules import kubernetes_schemas

CRD_SCHEMAS = Path(__file__).resolve().parent.parent.parent / "imports" / "schemas"
_OBJECT_META = "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"


@functools.cache
def _core_registry(kubernetes_version: str) -> tuple[Path, jsonschema_rs.Registry]:
    folder = kubernetes_schemas() / f"v{kubernetes_version}.0-local-strict"
    definitions = json.loads((folder / "_definitions.json").read_text())
    return folder, jsonschema_rs.Registry([(_OBJECT_META.split("#")[0], definitions)])


@functools.cache
def _core_validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema_rs.Validator | None:
    folder, registry = _core_registry(kubernetes_version)
    group, _, version = api_version.rpartition("/")
    suffix = f"{group.split('.')[0]}-{version}" if group else version
    path = folder / f"{kind.lower()}-{suffix}.json"
    if not path.exists():
        return None
    return jsonschema_rs.Draft202012Validator(json.loads(path.read_text()), registry=registry)


def _strict(schema: Any) -> Any:
    """A CRD schema in which an unknown field fails, as the API server would prune it."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _strict(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


def _crd_validator_of(kubernetes_version: str, schema: Any) -> jsonschema_rs.Validator:
    schema = _strict(schema)
    # The API server takes apiVersion and kind at the root whatever the CRD lists, and checks metadata
    # as ObjectMeta, which the CRD leaves open.
    properties = schema.setdefault("properties", {})
    properties.setdefault("apiVersion", {"type": "string"})
    properties.setdefault("kind", {"type": "string"})
    properties["metadata"] = {"$ref": _OBJECT_META}
    return jsonschema_rs.Draft202012Validator(schema, registry=_core_registry(kubernetes_version)[1])


@functools.cache
def _crd_validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema_rs.Validator | None:
    """The validator of a custom resource whose CRD the catalog relies on (imports/schemas)."""
    group, _, version = api_version.rpartition("/")
    path = CRD_SCHEMAS / f"{group}_{version}_{kind}.json"
    if not path.exists():
        return None
    return _crd_validator_of(kubernetes_version, json.loads(path.read_text()))


def _path(error: jsonschema_rs.ValidationError) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.instance_path).lstrip(".") or "(object)"


class Schemas:
    """The schemas of a render: Kubernetes' own for its version, the CRDs the catalog relies on
    (imports/schemas), and the CRDs the render itself holds (a chart's), which win over the others."""

    def __init__(self, kubernetes_version: str, crds: Sequence[Manifest] = ()) -> None:
        self.version = kubernetes_version
        self._rendered: dict[tuple[str, str], Any] = {}
        for crd in crds:
            spec = crd.get("spec") or {}
            kind = (spec.get("names") or {}).get("kind")
            for version in spec.get("versions") or []:
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if schema is not None and version.get("served", True):
                    self._rendered[(f"{spec.get('group')}/{version.get('name')}", str(kind))] = schema
        self._compiled: dict[tuple[str, str], jsonschema_rs.Validator] = {}

    def validator(self, obj: Manifest) -> jsonschema_rs.Validator | None:
        api_version, kind = str(obj.get("apiVersion", "")), str(obj.get("kind", ""))
        if not is_custom_resource(obj):
            return _core_validator(self.version, api_version, kind)
        key = (api_version, kind)
        if key in self._rendered:
            if key not in self._compiled:
                self._compiled[key] = _crd_validator_of(self.version, self._rendered[key])
            return self._compiled[key]
        return _crd_validator(self.version, api_version, kind)

    def problems(self, obj: Manifest) -> list[Problem]:
        validator = self.validator(obj)
        if validator is None:
            return [
                Problem(obj, f"no schema for {obj.get('apiVersion', '')} {obj.get('kind', '')} (Kubernetes "
                             f"{self.version}, imports/schemas or a CRD of the render)")
            ]  # fmt: skip
        return [
            Problem(obj, f"{_path(e)}: {e.message}")
            for e in sorted(validator.iter_errors(obj), key=lambda e: (list(map(str, e.instance_path)), e.message))
        ]


def schema_problems(obj: Manifest, kubernetes_version: str) -> list[Problem]:
    """One object against the schemas of Kubernetes and of the catalog's CRDs."""
    return Schemas(kubernetes_version).problems(obj)
