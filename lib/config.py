"""The values file, loaded into typed, validated settings.

`load_values(path)` is the only way in: it returns a frozen `Values` or raises
`ValuesError`, whose message is one line naming the file, the key path and
what is expected. Keys are camelCase in YAML (as in Helm values files) and
snake_case here; unknown keys are errors, with a suggestion for typos.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import yaml


class ValuesError(Exception):
    """A values file the synth refuses. `str()` is the one line to print."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file, self.path, self.message = file, path, message
        super().__init__(f"{file}: {path}: {message}" if path else f"{file}: {message}")


class InvalidValue(ValueError):
    """Raised by a value check; the loader adds the file and key path, a construct its prop."""


# ---------------------------------------------------------------- field checks

_QUANTITY = re.compile(r"^(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?P<suffix>[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$")
_SUFFIX_FACTORS = {
    "": Decimal(1),
    "n": Decimal("1e-9"),
    "u": Decimal("1e-6"),
    "m": Decimal("1e-3"),
    "k": Decimal("1e3"),
    "M": Decimal("1e6"),
    "G": Decimal("1e9"),
    "T": Decimal("1e12"),
    "P": Decimal("1e15"),
    "E": Decimal("1e18"),
    **{f"{s}i": Decimal(1024) ** (i + 1) for i, s in enumerate("KMGTPE")},
}
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_IMAGE_REPOSITORY = re.compile(
    r"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?"
    r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"
)
_IMAGE_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")
_MODEL = re.compile(r"^[a-z0-9][a-z0-9._-]*(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9][A-Za-z0-9._-]*)?$", re.IGNORECASE)
_K8S_VERSION = re.compile(r"^1\.[0-9]{2}$")


def parse_quantity(value: str) -> Decimal:
    """The number a Kubernetes quantity such as `500m` or `50Gi` stands for."""
    match = _QUANTITY.fullmatch(value)
    if not match:
        raise InvalidValue(f"expected a Kubernetes quantity such as 500m, 2, 50Gi, got {value!r}")
    suffix = match["suffix"] or ""
    factor = Decimal(10) ** int(suffix[1:]) if suffix[:1] in ("e", "E") else _SUFFIX_FACTORS[suffix]
    return Decimal(match["num"]) * factor


def quantity(value: str) -> None:
    if parse_quantity(value) <= 0:
        raise InvalidValue(f"expected a quantity greater than zero, got {value!r}")


def dns_label(value: str) -> None:
    if not _DNS_LABEL.fullmatch(value):
        raise InvalidValue(f"expected a DNS label (lowercase letters, digits and '-', at most 63), got {value!r}")


def object_name(value: str) -> None:
    if len(value) > 253 or not all(_DNS_LABEL.fullmatch(label) for label in value.split(".")):
        raise InvalidValue(f"expected a Kubernetes object name (lowercase letters, digits, '-' and '.'), got {value!r}")


def entry_point(value: str) -> None:
    if not re.fullmatch(r"^[A-Za-z0-9_-]{1,63}$", value):
        raise InvalidValue(f"expected a Traefik entry point name such as websecure, got {value!r}")


def dns_name(value: str) -> None:
    labels = value.split(".")
    if len(value) > 253 or len(labels) < 2 or not all(_DNS_LABEL.fullmatch(label) for label in labels):
        raise InvalidValue(f"expected a lowercase DNS name such as ollama.example.com, got {value!r}")


def image_repository(value: str) -> None:
    if not _IMAGE_REPOSITORY.fullmatch(value):
        raise InvalidValue(f"expected an image repository such as docker.io/ollama/ollama, got {value!r}")


def image_tag(value: str) -> None:
    if value == "latest" or not _IMAGE_TAG.fullmatch(value):
        raise InvalidValue(f"expected a pinned image tag such as 0.17.7 (not 'latest'), got {value!r}")


def image_digest(value: str) -> None:
    if value and not _DIGEST.fullmatch(value):
        raise InvalidValue(f"expected '' or a digest sha256:<64 hex digits>, got {value!r}")


def model_name(value: str) -> None:
    if len(value) > 200 or not _MODEL.fullmatch(value):
        raise InvalidValue(f"expected an Ollama model name such as llama3.2:1b, got {value!r}")


def port_number(value: int) -> None:
    if not 1 <= value <= 65535:
        raise InvalidValue(f"expected a port from 1 to 65535, got {value}")


def positive(value: int) -> None:
    if value < 1:
        raise InvalidValue(f"expected a whole number of at least 1, got {value}")


def kubernetes_version(value: str) -> None:
    from lib.validate import available_kubernetes_versions  # the schemas decide what is supported

    known = available_kubernetes_versions()
    if not _K8S_VERSION.fullmatch(value) or value not in known:
        raise InvalidValue(f"expected a Kubernetes minor version from {known[0]} to {known[-1]}, got {value!r}")


def https_url(value: str) -> None:
    if not re.fullmatch(r"^(https://|ssh://|git@)[^\s]+$", value):
        raise InvalidValue(f"expected a Git URL starting https://, ssh:// or git@, got {value!r}")


def git_path(value: str) -> None:
    if value.startswith("/") or ".." in value.split("/") or not re.fullmatch(r"^[A-Za-z0-9._/-]+$", value):
        raise InvalidValue(f"expected a relative folder path in the repository such as dist, got {value!r}")


def git_revision(value: str) -> None:
    if not re.fullmatch(r"^[A-Za-z0-9._/-]+$", value):
        raise InvalidValue(f"expected a branch, tag or commit such as main, got {value!r}")


def _check(*checks: Callable[[Any], None], default: Any = dataclasses.MISSING, key: str | None = None) -> Any:
    """A dataclass field with value checks, run by the loader; `key` overrides its YAML key."""
    return field(default=default, metadata={"checks": checks, "key": key})


# ---------------------------------------------------------------- the settings


@dataclass(frozen=True, kw_only=True)
class ResourceList:
    cpu: str = _check(quantity)
    memory: str = _check(quantity)


@dataclass(frozen=True, kw_only=True)
class Resources:
    requests: ResourceList
    limits: ResourceList

    def __post_init__(self) -> None:
        for name in ("cpu", "memory"):
            if parse_quantity(getattr(self.requests, name)) > parse_quantity(getattr(self.limits, name)):
                raise InvalidValue(f"requests.{name} must not exceed limits.{name}")


@dataclass(frozen=True, kw_only=True)
class Image:
    repository: str = _check(image_repository)
    tag: str = _check(image_tag)
    digest: str = _check(image_digest, default="")

    @property
    def reference(self) -> str:
        """`repository:tag`, plus `@digest` when one is pinned."""
        return f"{self.repository}:{self.tag}" + (f"@{self.digest}" if self.digest else "")


@dataclass(frozen=True, kw_only=True)
class Storage:
    storage_class_name: str = _check(object_name)
    size: str = _check(quantity)


@dataclass(frozen=True, kw_only=True)
class ModelPull:
    attempts: int = _check(positive, default=3)
    backoff_seconds: int = _check(positive, default=10)


@dataclass(frozen=True, kw_only=True)
class Ollama:
    name: str = _check(dns_label, default="ollama")
    image: Image
    resources: Resources
    storage: Storage
    models: tuple[str, ...] = ()
    model_pull: ModelPull = field(default_factory=ModelPull)
    port: int = _check(port_number, default=11434)

    def __post_init__(self) -> None:
        for i, model in enumerate(self.models):
            try:
                model_name(model)
            except InvalidValue as err:
                raise InvalidValue(str(err), f"models[{i}]") from None
        if len(set(self.models)) != len(self.models):
            raise InvalidValue("lists a model twice", "models")


@dataclass(frozen=True, kw_only=True)
class EntryPoints:
    web: str = _check(entry_point, default="web")
    websecure: str = _check(entry_point, default="websecure")


@dataclass(frozen=True, kw_only=True)
class Ingress:
    host: str = _check(dns_name)
    cluster_issuer: str = _check(object_name)
    entry_points: EntryPoints = field(default_factory=EntryPoints)


@dataclass(frozen=True, kw_only=True)
class Namespace:
    name: str = _check(dns_label)
    pod_security: Literal["privileged", "baseline", "restricted"] = "baseline"


@dataclass(frozen=True, kw_only=True)
class Cluster:
    kubernetes_version: str = _check(kubernetes_version, default="1.33")
    external_namespaces: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for i, name in enumerate(self.external_namespaces):
            try:
                dns_label(name)
            except InvalidValue as err:
                raise InvalidValue(str(err), f"externalNamespaces[{i}]") from None


@dataclass(frozen=True, kw_only=True)
class GitOps:
    engine: Literal["argocd", "flux", "both"] = "argocd"
    repo_url: str = _check(https_url, key="repoURL")
    revision: str = _check(git_revision, default="main")
    path: str = _check(git_path, default="dist")
    argocd_namespace: str = _check(dns_label, default="argocd")
    flux_namespace: str = _check(dns_label, default="flux-system")

    @property
    def engines(self) -> dict[Literal["argocd", "flux"], str]:
        """Each engine in use, with the namespace its bootstrap objects live in."""
        both: dict[Literal["argocd", "flux"], str] = {"argocd": self.argocd_namespace, "flux": self.flux_namespace}
        return {e: ns for e, ns in both.items() if self.engine in (e, "both")}


@dataclass(frozen=True, kw_only=True)
class Values:
    """Everything environment-specific: what `values-homelab.yaml` holds."""

    part_of: str = _check(dns_label, default="homelab")
    cluster: Cluster = field(default_factory=Cluster)
    gitops: GitOps
    namespace: Namespace
    ollama: Ollama
    ingress: Ingress


# ---------------------------------------------------------------- the loader


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _yaml_key(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


_TYPE_WORDS = {str: "a string", int: "a whole number", bool: "true or false"}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def _build(tp: Any, data: Any, path: str) -> Any:
    """Turn parsed YAML into `tp`, checking types; raises ValuesError-shaped tuples."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        return _build_dataclass(tp, data, path)
    if origin is tuple:  # tuple[X, ...]: a YAML list, kept immutable
        if not isinstance(data, list):
            raise InvalidValue(f"expected a list, got {_describe(data)}", path)
        item_tp = typing.get_args(tp)[0]
        return tuple(_build(item_tp, item, f"{path}[{i}]") for i, item in enumerate(data))
    if origin is Literal:
        allowed = typing.get_args(tp)
        if data not in allowed or not isinstance(data, str):
            raise InvalidValue(f"expected one of {', '.join(allowed)}, got {_describe(data)}", path)
        return data
    if origin in (typing.Union, types.UnionType):
        raise TypeError(f"unsupported type {tp}")
    if type(data) is not tp:  # bool is an int subclass; YAML 1.1 reads `yes` as bool
        raise InvalidValue(f"expected {_TYPE_WORDS[tp]}, got {_describe(data)}", path)
    return data


def _build_dataclass(cls: Any, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidValue(f"expected a mapping, got {_describe(data)}", path or "(top level)")
    hints = typing.get_type_hints(cls)
    fields = {f.metadata.get("key") or _yaml_key(f.name): f for f in dataclasses.fields(cls)}
    prefix = f"{path}." if path else ""
    for key in data:
        if key not in fields:
            close = difflib.get_close_matches(str(key), list(fields), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(fields)}"
            shown = key if isinstance(key, str) and re.fullmatch(r"^[A-Za-z0-9_.-]+$", key) else repr(key)
            raise InvalidValue(f"unknown key{hint}", f"{prefix}{shown}")
    kwargs = {}
    for key, f in fields.items():
        if key not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InvalidValue("is required", f"{prefix}{key}")
            continue
        value = _build(hints[f.name], data[key], f"{prefix}{key}")
        for check in f.metadata.get("checks", ()):
            try:
                check(value)
            except InvalidValue as err:
                raise InvalidValue(str(err.args[0]), f"{prefix}{key}") from None
        kwargs[f.name] = value
    try:
        return cls(**kwargs)
    except InvalidValue as err:
        where = err.args[1] if len(err.args) > 1 else ""
        raise InvalidValue(err.args[0], f"{prefix}{where}" if where else path or "(top level)") from None


def _one_line(text: str | None) -> str:
    return " ".join(str(text).split())


def parse_values(text: str, file: str) -> Values:
    """Parse and validate the text of a values file named `file`."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(parse)"
        raise ValuesError(file, where, f"invalid YAML: {_one_line(err.problem or err.context)}") from None
    except yaml.YAMLError as err:
        raise ValuesError(file, "", f"invalid YAML: {_one_line(str(err))}") from None
    if data is None:
        raise ValuesError(file, "", "is empty; expected a mapping of settings (see values-homelab.yaml)")
    try:
        return typing.cast(Values, _build(Values, data, ""))
    except InvalidValue as err:
        raise ValuesError(file, err.args[1] if len(err.args) > 1 else "", err.args[0]) from None
    except RecursionError:
        raise ValuesError(file, "", "is nested too deeply") from None


def load_values(path: str | Path) -> Values:
    """Read, parse and validate the values file at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValuesError(str(path), "", "not found; pass --values PATH to a values file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ValuesError(str(path), "", f"cannot be read: {err}") from None
    return parse_values(text, str(path))
