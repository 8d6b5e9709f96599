"""An adversarial review's findings, each now one line and exit status 2 with dist/ untouched: values
that used to end in a traceback, values the cluster would refuse or that break at run time, values
accepted without a word, and plain values that are secrets.

Every case runs `main.main()` in-process on the library catalog with one change, and checks the whole
line the synth prints."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import LIBRARY_VALUES
from test_foundation import tree

import main

LIBRARY: dict[str, Any] = yaml.safe_load(LIBRARY_VALUES.read_text())
OL = "apps.ollama"


def edited(*changes: tuple[str, Any]) -> dict[str, Any]:
    """The library catalog with the value at each dotted path set (or removed, for ...)."""
    data = copy.deepcopy(LIBRARY)
    for path, value in changes:
        *parents, last = path.split(".")
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        if value is ...:
            del node[last]
        else:
            node[last] = value
    return data


def synth(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """(exit status, stderr) of a synth of `text` into a dist/ that must stay as it was on an error."""
    values, dist = tmp_path / "values.yaml", tmp_path / "dist"
    (dist / "unit").mkdir(parents=True, exist_ok=True)
    (dist / "unit" / "kustomization.yaml").write_text("resources: []\n")
    before = tree(dist)
    values.write_text(text)
    status = main.main(["--values", str(values), "--outdir", str(dist)])
    err = capsys.readouterr().err
    if status != 0:
        assert tree(dist) == before, "dist/ changed on an error"
    return status, err


@pytest.fixture
def refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[str], str]:
    """The one line a values file (text) is refused with, without `error: <file>: `."""

    def run(text: str) -> str:
        status, err = synth(tmp_path, text, capsys)
        assert status == 2, err
        assert "Traceback" not in err
        lines = err.splitlines()
        assert len(lines) == 1, err
        prefix = f"error: {tmp_path / 'values.yaml'}: "
        assert lines[0].startswith(prefix), lines[0]
        return lines[0].removeprefix(prefix)

    return run


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


# ---------------------------------------------------------------- point 3: former tracebacks


REPO = "https://github.com/jetzinger/home-k3s-cdk8s.git"
EXPECTED_URL = "expected an https:// Git URL such as https://github.com/me/homelab.git"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            dump(edited((f"{OL}.storage.size", "1e9999999"))),
            f"{OL}.storage.size: '1e9999999' is more than Kubernetes can hold in a quantity (2^63-1)",
        ),
        (
            LIBRARY_VALUES.read_text() + "? [a, b]\n: c\n",
            "line 99, column 3: invalid YAML: a key must be a name, not a list",
        ),
        (
            LIBRARY_VALUES.read_text() + "? {a: 1}\n: c\n",
            "line 99, column 3: invalid YAML: a key must be a name, not a mapping",
        ),
        (
            dump(edited(("gitops.repoURL", "https://[github.com/me/lab.git"))),
            f"gitops.repoURL: {EXPECTED_URL}, got 'https://[github.com/me/lab.git'",
        ),
        (
            dump(edited(("gitops.repoURL", "https://github.com\uff03/me/lab.git"))),
            f"gitops.repoURL: {EXPECTED_URL} (printable ASCII, no spaces: percent-encode the rest), got "
            "'https://github.com\uff03/me/lab.git'",
        ),
    ],
    ids=["decimal overflow", "a list as a key", "a mapping as a key", "invalid IPv6 URL", "full-width # (NFKC)"],
)
def test_what_used_to_end_in_a_traceback_is_one_line(refused: Callable[[str], str], text: str, line: str) -> None:
    assert refused(text) == line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            LIBRARY_VALUES.read_text() + "when: 2024-13-01\n",
            "line 99, column 7: invalid YAML: cannot read this timestamp: month must be in 1..12",
        ),
        (
            LIBRARY_VALUES.read_text().replace("port: 11434", "port: " + "9" * 5000),
            "line 45, column 11: invalid YAML: cannot read this int: it has more than 4300 digits",
        ),
        (
            LIBRARY_VALUES.read_text().replace("port: 11434", "port: 0x" + "f" * 5000),
            f"{OL}.port: expected a port from 1 to 65535, got a number of 20000 bits",
        ),
        (
            dump(edited((f"{OL}.storage.size", "1" + "0" * 5000))),
            f"{OL}.storage.size: '10000000000000000000000000000000000000000000000000000000000000000000000000...' is "
            "more than Kubernetes can hold in a quantity (2^63-1)",
        ),
    ],
    ids=["a date that is not one", "an integer of 5000 digits", "a hex integer of 20000 bits", "a long quantity"],
)
def test_what_python_cannot_read_or_print_is_one_line_too(refused: Callable[[str], str], text: str, line: str) -> None:
    assert refused(text) == line
