"""No values file ends in a traceback: property-based, from the schema's own structure.

Each example is the library catalog (plus a web app, so every kind of `lib/kinds.py` SETTINGS is
there) with one key, found by walking the settings dataclasses of `lib/values/schema.py`, set to a
hostile value: a number past every bound, odd Unicode (look-alikes, controls, lone surrogates,
non-characters), a value of another type, a key that is not a string (a number, null, a list, a
mapping), deep nesting. The synth must exit 0 (it renders, and the gate passes) or 2 with one line
naming the file, and leave dist/ as it was; never a traceback, never exit 1 (the values let through
something the gate, or the cluster, refuses).

Written by a small emitter of its own (flow YAML, explicit `?` keys), so a key may be anything; the
examples are derandomized: the same ones on every run.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import math
import tempfile
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from conftest import LIBRARY_VALUES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_foundation import tree

import main
from lib.kinds import SETTINGS
from lib.values.schema import App, Values, yaml_key

WEB_APP = {
    "namespace": "ml",
    "image": {"repository": "docker.io/traefik/whoami", "tag": "v1.10.1"},
    "port": 8080,
    "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}},
    "securityContext": {"runAsUser": 1000},  # so that a restricted namespace is a step further, not refused at once
}
OPEN_WEBUI = {
    "kind": "open-webui",
    "namespace": "apps",
    "image": {"repository": "ghcr.io/open-webui/open-webui", "tag": "0.12.4"},
    "resources": {"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "3Gi"}},
    "storage": {"storageClassName": "nfs-client", "size": "5Gi", "mountPath": "/app/backend/data"},
    "host": "chat.example.com",
    "talksTo": ["ollama"],
    "secrets": {"open-webui-secrets": {"external": ["secret-key"], "env": {"WEBUI_SECRET_KEY": "secret-key"}}},
}
BASE: dict[str, Any] = yaml.safe_load(LIBRARY_VALUES.read_text())
BASE["apps"]["whoami"] = WEB_APP
BASE["apps"]["open-webui"] = OPEN_WEBUI
APP_OF_KIND = {"web": "whoami", "ollama": "ollama", "n8n": "n8n", "open-webui": "open-webui"}
assert set(APP_OF_KIND) == set(SETTINGS), "every registered kind has an app in the base catalog"


@dataclasses.dataclass(frozen=True)
class Complex:
    """A YAML key that is a list or a mapping (Python cannot hold one as a dict key)."""

    value: Any = dataclasses.field(hash=False, compare=False)
    tag: int = 0


# ---------------------------------------------------------------- the schema's own structure

Path_ = tuple[str | int, ...]


def walk(tp: Any, path: Path_ = ()) -> list[tuple[Path_, Any]]:
    """(path, type) of every key under a settings type: a Mapping's values under one real name, a
    list's first item, each registered kind's app under the base catalog's app of that kind."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, type(int | None)):
        (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
        return walk(inner, path)
    found: list[tuple[Path_, Any]] = [(path, tp)] if path else []
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        for f in dataclasses.fields(tp):
            found += walk(hints[f.name], (*path, yaml_key(f)))
    elif origin is tuple:
        found += walk(typing.get_args(tp)[0], (*path, 0))
    elif origin in (Mapping, dict):
        value = typing.get_args(tp)[1]
        if isinstance(value, type) and issubclass(value, App):
            for kind, cls in SETTINGS.items():
                found += walk(cls, (*path, APP_OF_KIND[kind]))
        else:
            name = {"namespaces": "ml", "secrets": "n8n-secrets", "ports": "http"}.get(str(path[-1]), "key")
            found += walk(value, (*path, name))
    return found


PATHS = walk(Values)


# ---------------------------------------------------------------- hostile values

NASTY_CHARACTERS = [
    "\u212a",  # KELVIN SIGN: K under IGNORECASE
    "\u017f",  # LATIN SMALL LETTER LONG S: s under IGNORECASE
    "\uff03",  # FULLWIDTH NUMBER SIGN: # under NFKC
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u200b",  # ZERO WIDTH SPACE
    "\ufeff",  # BYTE ORDER MARK
    "\u2028",  # LINE SEPARATOR
    "\x85",  # NEXT LINE (a YAML 1.1 line break)
    "\x00",
    "\x1b",
    "\x7f",
    "\ud800",  # a lone surrogate
    "\ufffe",  # a non-character
    "\U0001f600",
    "\u0131",  # DOTLESS I
    "é",
]
alphabet = st.sampled_from([*NASTY_CHARACTERS, *"az09-_./:@ \t\n"])
NASTY_STRINGS = [
    "",
    " ",
    "1e9999999",
    "0x10",
    "-1",
    "yes",
    "~",
    ".inf",
    "-0",
    "9" * 30,
    "x" * 300,
    "x" * 200_000,
    "a" * 53,
    "https://[github.com/me/lab.git",
    "https://u:p@github.com/me/lab.git",
    "https://github.com:99999/me/lab.git",
    "0.0.0.0/0",
    "::/0",
    "192.168.2.10",
    "1n",
    "kube-system",
    "argocd",
    "../etc/passwd",
    "/./x",
    "/a.b",
    "/a-b",
    "/TMP",
    "/tmp",
    "/data",
    "/scripts",
    "/models",
    "localtime",
    "Mars/Olympus",
    "web",  # values of other keys: rules across keys (entry points, hosts, ports, paths)
    "websecure",
    "ml",
    "http",
    "ollama.home.jetzinger.com",
    "sk-" + "A1b2C3d4" * 4,
    "postgres://u:" + "pw-not-real" + "@db/app",
]
BOUNDARY_INTS = [0, 1, -1, 65535, 65536, 2**31 - 1, 2**31, 2**32, 2**62, 2**63, 2**64, 2**70, 16**5000]
HOSTILE_KEYS = [0, -1, 2**70, True, None, 1.5, Complex(["a", "b"]), Complex({"a": 1}, 1), "", "x" * 2000]


@dataclasses.dataclass(frozen=True)
class Raw:
    """YAML text written as it is: nesting deeper than Python's recursion (or libyaml's 1000 levels)."""

    text: str

    def __repr__(self) -> str:
        return f"Raw({self.text[:20]!r}...)"


def deep(levels: int) -> Raw:
    return Raw("[" * levels + "x" + "]" * levels)


hostile_leaf = st.one_of(
    st.sampled_from(BOUNDARY_INTS),
    st.integers(),
    st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -0.0, 0.5]),
    st.booleans(),
    st.none(),
    st.sampled_from(NASTY_STRINGS),
    st.text(alphabet, max_size=40),
    st.lists(st.sampled_from(NASTY_STRINGS), max_size=3),
    st.dictionaries(st.sampled_from(HOSTILE_KEYS), st.sampled_from(NASTY_STRINGS), max_size=2),
    st.sampled_from([deep(40), deep(999), deep(2000)]),
)


def near(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A value of about the right shape for `tp`, made of hostile pieces (and now and then any hostile leaf)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, type(int | None)):
        (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
        return st.one_of(st.none(), near(inner, depth))
    if tp is bool:
        shaped: st.SearchStrategy[Any] = st.sampled_from([True, False, "true", 1])
    elif tp is int:
        shaped = st.one_of(st.sampled_from(BOUNDARY_INTS), st.integers(min_value=-10, max_value=10**6))
    elif tp is str:
        shaped = st.one_of(st.sampled_from(NASTY_STRINGS), st.text(alphabet, max_size=30))
    elif origin is Literal:
        shaped = st.one_of(st.sampled_from(typing.get_args(tp)), st.sampled_from(NASTY_STRINGS))
    elif origin is tuple:
        shaped = st.lists(near(typing.get_args(tp)[0], depth + 1), max_size=3)
    elif origin in (Mapping, dict):
        keys = st.one_of(st.sampled_from(["a", "B_C", "x.y/z", "http"]), st.text(alphabet, max_size=8))
        shaped = st.dictionaries(keys, near(typing.get_args(tp)[1], depth + 1), max_size=2)
    elif dataclasses.is_dataclass(tp) and depth < 3:
        hints = typing.get_type_hints(tp)
        fields = {yaml_key(f): near(hints[f.name], depth + 1) for f in dataclasses.fields(tp)}
        shaped = st.fixed_dictionaries({}, optional=fields)
    else:
        shaped = st.just({})
    return st.one_of(shaped, shaped, shaped, hostile_leaf)


# ---------------------------------------------------------------- writing it


def emit(value: Any) -> str:
    """Flow YAML for any value: explicit `?` keys (so a key may be a list or a mapping, of any length),
    every non-printable character escaped, integers of any size in hex."""
    if isinstance(value, Complex):
        return emit(value.value)
    if isinstance(value, Raw):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if value.bit_length() < 64 else ("-" if value < 0 else "") + hex(abs(value))
    if isinstance(value, float):
        return (
            ".nan"
            if math.isnan(value)
            else (".inf" if value > 0 else "-.inf")
            if math.isinf(value)
            else f"{value:.17e}"
        )
    if isinstance(value, str):
        return '"' + "".join(_escape(c) for c in value) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(emit(v) for v in value) + "]"
    return "{" + ", ".join(f"? {emit(k)} : {emit(v)}" for k, v in value.items()) + "}"


def _escape(c: str) -> str:
    if c in '"\\':
        return "\\" + c
    if " " <= c <= "~" or "\xa0" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c > "\uffff":
        return c
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def put(data: Any, path: Path_, value: Any) -> Any:
    """`data` with the value at `path` replaced, made where missing (a list item at 0)."""
    if not path:
        return value
    key, *rest = path
    if isinstance(key, int):
        items = list(data) if isinstance(data, list) and data else [{}]
        return [put(items[0], tuple(rest), value), *items[1:]]
    node = dict(data) if isinstance(data, dict) else {}
    node[key] = put(node.get(key), tuple(rest), value)
    return node


def with_key(data: Any, path: Path_, key: Any, value: Any) -> Any:
    """`data` with one more key (of any type) in the mapping at `path`, when there is one."""
    node = data
    for step in path:
        node = node[step] if isinstance(node, dict | list) and (isinstance(node, dict) or step == 0) else None
        if node is None:
            return data
    if isinstance(node, dict):
        node[key] = value
    return data


# ---------------------------------------------------------------- the property


@settings(
    max_examples=120,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(st.data())
def test_any_values_file_exits_0_or_2_in_one_line_and_never_touches_dist_on_error(data: st.DataObject) -> None:
    path, tp = data.draw(st.sampled_from(PATHS), label="path")
    document = put(copy.deepcopy(BASE), path, data.draw(near(tp), label="value"))
    if data.draw(st.integers(0, 2), label="a second key") == 0:  # rules across keys
        other, other_tp = data.draw(st.sampled_from(PATHS), label="second path")
        document = put(document, other, data.draw(near(other_tp), label="second value"))
    if data.draw(st.integers(0, 3), label="odd key") == 0:
        parent = path[: data.draw(st.integers(0, len(path) - 1), label="depth")]
        document = with_key(document, parent, data.draw(st.sampled_from(HOSTILE_KEYS), label="key"), "x")
    text = emit(document)

    with tempfile.TemporaryDirectory() as tmp:
        values, dist = Path(tmp) / "values.yaml", Path(tmp) / "dist"
        (dist / "unit").mkdir(parents=True)
        (dist / "unit" / "kustomization.yaml").write_text("resources: []\n")
        values.write_text(text, encoding="utf-8", errors="surrogatepass")
        before = tree(dist)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = main.main(["--values", str(values), "--outdir", str(dist)])
        lines = err.getvalue().splitlines()
        assert status in (0, 2), f"exit {status} for {path}: {err.getvalue()[:2000]}"
        if status == 2:
            assert len(lines) == 1, err.getvalue()[:2000]
            assert lines[0].startswith(f"error: {values}: "), lines[0][:300]
            assert len(lines[0]) < 2000, "a message shows a value cut short"
            assert tree(dist) == before, "dist/ changed on an error"
