"""The README keeps up with the code: its values reference lists every key and its true default, its
example errors are what the synth prints, and the files it names exist."""

from __future__ import annotations

import copy
import dataclasses
import re
import textwrap
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import yaml
from conftest import LIBRARY_VALUES, ROOT, parse, render_values

from lib.kinds import SETTINGS
from lib.synth import check
from lib.values.loader import ValuesError
from lib.values.schema import App, Values, yaml_key

README = (ROOT / "README.md").read_text()
PLACEHOLDERS = {"namespaces": "<ns>", "apps": "<app>", "secrets": "<secret>", "ports": "<port>", "charts": "<chart>"}


MISSING = dataclasses.MISSING


def fields(cls: Any, prefix: str = "", defaults: Any = MISSING, kind: Any = None) -> Iterator[tuple[str, Any, Any]]:
    """Every leaf key of a settings class as the reference writes it (`apps.<app>.storage.size`), with
    the app settings class it belongs to (None outside apps) and its default as a values file without
    the key gets it (MISSING: required). `defaults` is the parent's default object (`cluster.dns`)."""
    kind = cls if isinstance(cls, type) and issubclass(cls, App) else kind
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        key, tp = f"{prefix}{yaml_key(f)}", hints[f.name]
        default = getattr(defaults, f.name) if defaults is not MISSING else default_of(f)
        optional = [t for t in typing.get_args(tp) if t is not type(None)]
        if typing.get_origin(tp) in (typing.Union, type(int | None)) and len(optional) == 1:
            tp = optional[0]
        if dataclasses.is_dataclass(tp):
            yield from fields(tp, f"{key}.", default if default not in (MISSING, None) else MISSING, kind)
        elif typing.get_origin(tp) in (Mapping, dict) and dataclasses.is_dataclass(typing.get_args(tp)[1]):
            placeholder = PLACEHOLDERS[yaml_key(f)]
            if key == "apps":
                for settings in SETTINGS.values():
                    yield from fields(settings, f"{key}.{placeholder}.")
            else:
                yield from fields(typing.get_args(tp)[1], f"{key}.{placeholder}.")
        else:
            yield key, kind, default


def default_of(f: dataclasses.Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return MISSING


def keys(cls: Any) -> set[str]:
    return {key for key, _, _ in fields(cls)}


def reference() -> dict[str, tuple[str, str]]:
    """The values reference: key -> (its default column, its rule column)."""
    section = README[README.index("### Values reference") :]
    section = section[: section.index("\n## ")]
    rows = re.findall(r"^\| `([^`]+)` \| (.*?) \| (.*) \|$", section, re.MULTILINE)
    assert len(rows) == len({key for key, _, _ in rows}), "a key is listed twice"
    return {key: (default, rule) for key, default, rule in rows}


def test_the_values_reference_lists_every_key_once_and_no_other() -> None:
    documented, schema = set(reference()), keys(Values)
    assert sorted(schema - documented) == [], "keys missing from README, Values reference"
    assert sorted(documented - schema) == [], "README lists keys the values file does not have"


def literal(value: Any) -> str | None:
    """How the reference writes a default value: `web`, `1`, `[]`, `{}`, `true`; None for a value it
    describes in words (a settings object, None)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"' if re.fullmatch(r"[0-9.]+", value) else value or '""'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple | list) and not value:
        return "[]"
    if isinstance(value, Mapping) and not value:
        return "{}"
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(value) + "]"
    return None


DEFAULT_CASES = list(fields(Values))
BASE = {key: default for key, _, default in fields(App, "apps.<app>.")}


@pytest.mark.parametrize(
    ("key", "kind", "default"), DEFAULT_CASES, ids=[f"{k}@{getattr(c, '__name__', '')}" for k, c, _ in DEFAULT_CASES]
)
def test_every_default_the_reference_shows_is_the_code_s(key: str, kind: Any, default: Any) -> None:
    """The default column starts with the base default as a literal (`web`, `[]`, `"1.33"`) or
    `required`, and names a kind's own where it differs (`ollama`: `11434`); a default of None is
    a behaviour, said in words."""
    column = reference()[key][0]
    if kind not in (None, App) and key in BASE:  # a kind's own default, where it differs from the base one
        if key.endswith(".kind") or BASE[key] == default or default is None:
            return
        assert f"`{kind.kind}`: `{literal(default)}`" in column or f"`{kind.kind}`: must be" in column, (key, column)
        return
    if default is MISSING:
        assert column.startswith("required"), f"{key}: the code requires it, the README says {column!r}"
    elif literal(default) is not None:
        assert column.startswith(f"`{literal(default)}`"), f"{key}: the README says {column!r}, the code {default!r}"


# ---------------------------------------------------------------- the example errors


def example() -> dict[str, Any]:
    """The README's example app (Adding an app), in the library catalog, in a `restricted` namespace `web`."""
    section = README[README.index("### Adding an app") :]
    block = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert block is not None
    data = yaml.safe_load(LIBRARY_VALUES.read_text())
    data["namespaces"]["web"] = {"podSecurity": "restricted"}
    data["apps"].update(yaml.safe_load(textwrap.dedent(block[1]))["apps"])
    return data


def set_key(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    *parents, last = path.split(".")
    node = changed
    for key in parents:
        node = node[key]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return changed


CHANGES = {  # the key each README example error is about -> the change to the example that causes it
    "apps.whoami.storage.size": ("apps.whoami.storage.size", "1GB"),
    "apps.whoami.image.tag": ("apps.whoami.image.tag", "main"),
    "apps.whoami.namespace": ("apps.whoami.namespace", "nowhere"),
    "apps.whoami.models": ("apps.whoami.models", ["llama3.2:1b"]),
    "apps.whoami.securityContext.runAsUser": ("apps.whoami.securityContext", ...),
    "apps.whoami.replicas": ("apps.whoami.replicas", 2),
}


def example_errors() -> list[str]:
    section = README[README.index("### Adding an app") : README.index("### Shapes")]
    block = re.search(r"```text\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return block[1].splitlines()


def test_the_readme_example_renders() -> None:
    parse(yaml.safe_dump(example()))


def test_the_readme_s_root_image_recipe_renders_and_passes_the_gate() -> None:
    """Open WebUI as a `web` app (README, An image that runs as root), added to a catalog without one."""
    section = README[README.index("### An image that runs as root") : README.index("### Adding a kind")]
    block = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert block is not None
    data = yaml.safe_load(LIBRARY_VALUES.read_text())
    added = yaml.safe_load(block[1])["apps"]
    assert "open-webui" not in data["apps"] and set(added) == {"open-webui"}
    data["apps"].update(added)
    values = parse(yaml.safe_dump(data))
    check(render_values(values), values)


@pytest.mark.parametrize("line", example_errors())
def test_each_example_error_is_what_the_synth_prints(line: str) -> None:
    prefix = "error: values-homelab.yaml: "
    assert line.startswith(prefix)
    key = line.removeprefix(prefix).split(":")[0]
    assert key in CHANGES, f"no change known for the README's example error about {key}"
    with pytest.raises(ValuesError) as caught:
        parse(yaml.safe_dump(set_key(example(), *CHANGES[key])), "values-homelab.yaml")
    assert f"error: {caught.value}" == line


# ---------------------------------------------------------------- files named


def named_dist_files() -> Iterator[tuple[str, str]]:
    """(file, the kind its README section is about, or "") for each dist file the README names: a section
    "<...> in dist/: <kind>" describes what that kind renders."""
    for section in re.split(r"^## ", README, flags=re.MULTILINE):
        title = section.split("\n", 1)[0].lower().replace(" ", "-")
        kind = max((k for k in SETTINGS if "in-dist/" in title and k in title), key=len, default="")
        for file in re.findall(r"`([a-z0-9-]+/[A-Za-z]+\.[a-z0-9.-]+\.k8s\.yaml)`", section):
            yield file, kind


def test_every_dist_file_the_readme_names_exists_in_its_unit() -> None:
    """A file of a unit the homelab renders must exist. The user's to change: a unit they removed, and
    an app whose kind they changed (what the README shows of that kind is not theirs any more)."""
    apps = yaml.safe_load((ROOT / "values-homelab.yaml").read_text()).get("apps") or {}
    missing = sorted(
        file
        for file, kind in set(named_dist_files())
        if (ROOT / "dist" / file).parent.is_dir()
        and not (ROOT / "dist" / file).is_file()
        and (not kind or (apps.get(file.split("/")[0]) or {}).get("kind", "web") == kind)
    )
    assert missing == []


def test_every_file_the_layout_names_exists() -> None:
    """Each path of the Layout table, and each file its row names inside a folder of it."""
    section = README[README.index("## Layout") :]
    section = section[: section.index("\n## ", 1)]
    named = []
    for paths, what in re.findall(r"^\| (`[^|]+`) \| (.*) \|$", section, re.MULTILINE):
        folders = [p for p in re.findall(r"`([^`]+)`", paths) if p.endswith("/")]
        named += re.findall(r"`([^`]+)`", paths)
        named += [f"{folder}{f}" for folder in folders for f in re.findall(r"`([\w.-]+\.(?:py|sh|js|md))`", what)]
    assert len(named) > 20
    assert sorted(p for p in named if not (ROOT / p.rstrip("/")).exists()) == []
