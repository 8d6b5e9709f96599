"""The values file, read into settings: `load_values(path, kinds=...)` is the only way in.

It returns a frozen `Values` or raises `ValuesError`, whose message is one
line naming the file, the key path and what is expected. Types are strict
(a bool is not a number, `11434` is not a string), unknown keys are errors
with a "did you mean" hint, and an app's `kind` chooses its settings class
among `kinds` (kind name -> class, from `lib/kinds.py`).
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import types
import typing
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any, Literal

import yaml

from lib.rules import InvalidValue, key_text, shown
from lib.values.schema import App, Values, yaml_key

Kinds = Mapping[str, type[App]]


class ValuesError(Exception):
    """A values file the synth refuses. `str()` is the one line to print."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file, self.path, self.message = file, path, message
        super().__init__(f"{file}: {path}: {message}" if path else f"{file}: {message}")


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader (libyaml's parser when installed) that refuses a key given twice in one mapping, a
    key that is a list or a mapping, and a scalar Python cannot read (a date such as 2024-13-01, a
    whole number of more than 4300 digits), each as a YAML error at its line."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if not isinstance(key, Hashable):  # before `in seen`, which would raise TypeError
                raise yaml.constructor.ConstructorError(
                    None, None, f"a key must be a name, not {_describe(key)}", key_node.start_mark
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {shown(key)}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)  # type: ignore[no-untyped-call]
        except (ValueError, OverflowError) as err:  # not a YAMLError: PyYAML lets Python's own through
            kind = str(node.tag).rsplit(":", 1)[-1]
            why = "it has more than 4300 digits" if kind == "int" else _one_line(str(err))[:120]
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this {kind}: {why}", node.start_mark
            ) from None


_TYPE_WORDS = {str: "a string", int: "a whole number", bool: "true or false"}


def _describe(value: Any, path: str = "") -> str:
    """A value's type (and, unless it may be a secret, the value), for an error."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if _SECRETISH.search(path):  # an env value or a sealed one: never print it
        if isinstance(value, bool):
            return "true or false"
        return "a number" if isinstance(value, int | float) else "a value of another type"
    return f"{type(value).__name__} {shown(value)}"


_SECRETISH = re.compile(r"\.(env|secrets)(\.|\[|$)")


@functools.cache
def _fields(cls: type) -> tuple[dict[str, Any], dict[str, dataclasses.Field[Any]]]:
    """A settings class's type hints, and its fields by YAML key."""
    return typing.get_type_hints(cls), {yaml_key(f): f for f in dataclasses.fields(cls)}


class _Builder:
    """Turns parsed YAML into settings, checking types; raises InvalidValue(message, key path)."""

    def __init__(self, kinds: Kinds) -> None:
        self.kinds = kinds

    def build(self, tp: Any, data: Any, path: str) -> Any:
        if tp is Any:  # free-form (a chart's values): passed on as parsed
            return data
        origin = typing.get_origin(tp)
        if isinstance(tp, type) and issubclass(tp, App):
            return self.app(data, path)
        if dataclasses.is_dataclass(tp):
            return self.dataclass(tp, data, path)
        if origin in (typing.Union, types.UnionType):  # X | None: an optional section
            (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
            return None if data is None else self.build(inner, data, path)
        if origin is tuple:  # tuple[X, ...]: a YAML list, kept immutable
            if not isinstance(data, list):
                raise InvalidValue(f"expected a list, got {_describe(data, path)}", path)
            item = typing.get_args(tp)[0]
            return tuple(self.build(item, x, f"{path}[{i}]") for i, x in enumerate(data))
        if origin in (Mapping, dict):  # Mapping[str, X]: names -> settings, in the file's order
            if not isinstance(data, dict):
                raise InvalidValue(f"expected a mapping, got {_describe(data, path)}", path)
            value_tp = typing.get_args(tp)[1]
            for key in data:
                if not isinstance(key, str):
                    raise InvalidValue(f"expected a name, got {_describe(key)}", f"{path}.{key_text(key)}")
            return {k: self.build(value_tp, v, f"{path}.{key_text(k)}") for k, v in data.items()}
        if origin is Literal:
            allowed = typing.get_args(tp)
            if not isinstance(data, str) or data not in allowed:
                raise InvalidValue(f"expected one of {', '.join(allowed)}, got {_describe(data, path)}", path)
            return data
        if type(data) is not tp:  # bool is an int subclass; YAML 1.1 reads `yes` as bool
            raise InvalidValue(f"expected {_TYPE_WORDS[tp]}, got {_describe(data, path)}", path)
        return data

    def app(self, data: Any, path: str) -> App:
        """An app: its `kind` (default web) chooses the settings class, and so the keys it may have."""
        kind = data.get("kind", "web") if isinstance(data, dict) else "web"
        if not isinstance(kind, str) or kind not in self.kinds:
            raise InvalidValue(f"expected one of {', '.join(self.kinds)}, got {_describe(kind)}", f"{path}.kind")
        return typing.cast(App, self.dataclass(self.kinds[kind], data, path))

    def unknown(self, cls: Any, key: object, fields: Mapping[str, Any]) -> str:
        """Why a key is refused: a close key it may mean, the kinds that have it, or the keys there are."""
        close = difflib.get_close_matches(key, list(fields), n=1) if isinstance(key, str) and len(key) < 100 else []
        if close:
            return f"unknown key; did you mean {close[0]!r}?"
        if isinstance(cls, type) and issubclass(cls, App):
            owners = [kind for kind, settings in self.kinds.items() if key in dataclass_keys(settings)]
            if owners:
                return f"is a key of kind {' and '.join(owners)}, and this app is kind {cls.kind}"
        return f"unknown key; expected one of {', '.join(fields)}"

    def dataclass(self, cls: Any, data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            raise InvalidValue(f"expected a mapping, got {_describe(data, path)}", path or "(top level)")
        hints, fields = _fields(cls)
        prefix = f"{path}." if path else ""
        for key in data:
            if key not in fields:
                raise InvalidValue(self.unknown(cls, key, fields), f"{prefix}{key_text(key)}")
        kwargs = {}
        for key, f in fields.items():
            if key in data:
                kwargs[f.name] = self.build(hints[f.name], data[key], f"{prefix}{key}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InvalidValue("is required", f"{prefix}{key}")
        try:
            return cls(**kwargs)
        except InvalidValue as err:  # a rule of the settings: its subpath is relative to this mapping
            raise InvalidValue(err.message, f"{path}{err.subpath}" or "(top level)") from None


def dataclass_keys(cls: type) -> set[str]:
    """The YAML keys of a settings class."""
    return {yaml_key(f) for f in dataclasses.fields(cls)}


def _one_line(text: str | None) -> str:
    return " ".join(str(text).split())


def parse_values(text: str, file: str, *, kinds: Kinds) -> Values:
    """Parse and check the text of a values file named `file`."""
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
        values = typing.cast(Values, _Builder(kinds).build(Values, data, ""))
        _refuse_root_where_restricted(values)
    except InvalidValue as err:
        raise ValuesError(file, err.subpath.lstrip("."), err.message) from None
    except RecursionError:
        raise ValuesError(file, "", "is nested too deeply") from None
    return values


def _refuse_root_where_restricted(values: Values) -> None:
    """A kind that keeps its image's root user (Ollama) in a namespace that enforces `restricted`: the
    gate's Pod Security check refuses the render for certain, so a values file hears it here, in one
    line with its key (exit 2, not a render error). Settings built in Python still meet the gate."""
    for name, app in values.apps.items():
        namespace = values.namespaces.get(app.namespace)
        if app.runs_as_root and namespace is not None and namespace.pod_security == "restricted":
            raise InvalidValue(
                f"namespace {app.namespace} enforces restricted (runAsNonRoot), and the {app.kind} kind runs as root "
                "(README, Security: Ollama runs as root, on purpose): keep the namespace baseline",
                f".apps.{name}.namespace",
            )


def load_values(path: str | Path, *, kinds: Kinds) -> Values:
    """Read, parse and check the values file at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValuesError(str(path), "", "not found; pass --values PATH to a values file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ValuesError(str(path), "", f"cannot be read: {err}") from None
    return parse_values(text, str(path), kinds=kinds)
