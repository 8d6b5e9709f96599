"""The README keeps up with the code: its values reference lists every key, and the files it names exist."""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterator, Mapping
from typing import Any

from conftest import ROOT

from lib.kinds import SETTINGS
from lib.values.schema import Values, yaml_key

README = (ROOT / "README.md").read_text()


def keys(cls: Any, prefix: str = "") -> Iterator[str]:
    """Every leaf key of a settings class as the reference writes it: `apps.<app>.storage.size`."""
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        key, tp = f"{prefix}{yaml_key(f)}", hints[f.name]
        optional = [t for t in typing.get_args(tp) if t is not type(None)]
        if typing.get_origin(tp) in (typing.Union, type(int | None)) and len(optional) == 1:
            tp = optional[0]
        if dataclasses.is_dataclass(tp):
            yield from keys(tp, f"{key}.")
        elif typing.get_origin(tp) in (Mapping, dict) and dataclasses.is_dataclass(typing.get_args(tp)[1]):
            placeholder = {"namespaces": "<ns>", "apps": "<app>", "secrets": "<secret>"}[yaml_key(f)]
            if key == "apps":
                for settings in SETTINGS.values():
                    yield from keys(settings, f"{key}.{placeholder}.")
            else:
                yield from keys(typing.get_args(tp)[1], f"{key}.{placeholder}.")
        else:
            yield key


def reference() -> list[str]:
    section = README[README.index("### Values reference") :]
    section = section[: section.index("\n## ")]
    return re.findall(r"^\| `([^`]+)` \|", section, re.MULTILINE)


def test_the_values_reference_lists_every_key_once_and_no_other() -> None:
    documented, schema = reference(), set(keys(Values))
    assert len(documented) == len(set(documented)), "a key is listed twice"
    assert sorted(schema - set(documented)) == [], "keys missing from README, Values reference"
    assert sorted(set(documented) - schema) == [], "README lists keys the values file does not have"


def test_every_dist_file_the_readme_names_exists() -> None:
    named = set(re.findall(r"`([a-z0-9-]+/[A-Za-z]+\.[a-z0-9.-]+\.k8s\.yaml)`", README))
    assert len(named) >= 10
    missing = sorted(path for path in named if not (ROOT / "dist" / path).is_file())
    assert missing == []
