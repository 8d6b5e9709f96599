"""The scaling case of `make bench`: the project's synth of a catalog with N copies of the Ollama app.

The library's own catalog (tests/catalogs/library.yaml, never the user's) with its `ollama` app
copied N times, and no other app (`ollama-<i>` at host
`ollama-<i>.example.com`, all in namespace `ml`), so N app units plus the namespace unit, through the
real pipeline: values loader, deploy units, GitOps annotations and bootstrap (one Argo CD Application per unit), every
check, and the atomic write into OUTDIR.

Usage: python tools/bench_units.py N OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lib  # noqa: E402,F401 - first: it points jsii at the pinned Node before cdk8s starts the kernel

# isort: split
from cdk8s import App  # noqa: E402

from lib.kinds import SETTINGS  # noqa: E402
from lib.synth import synth  # noqa: E402
from lib.units import deploy_units  # noqa: E402
from lib.values.loader import parse_values  # noqa: E402


def catalog(copies: int) -> str:
    """The library catalog with N copies of its ollama app in place of its apps."""
    data = yaml.safe_load((ROOT / "tests" / "catalogs" / "library.yaml").read_text())
    ollama = data["apps"]["ollama"]  # the other apps go: only the copies scale
    data["apps"] = {f"ollama-{i:03d}": {**ollama, "host": f"ollama-{i:03d}.example.com"} for i in range(copies)}
    return yaml.safe_dump(data, sort_keys=False)


def main() -> None:
    copies, outdir = int(sys.argv[1]), Path(sys.argv[2])
    values = parse_values(catalog(copies), "bench-catalog.yaml", kinds=SETTINGS)
    synth(deploy_units(App(), values), values, outdir)


if __name__ == "__main__":
    main()
