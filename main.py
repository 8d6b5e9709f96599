"""Synthesize the cluster's desired state into plain YAML.

    python main.py [--values values-homelab.yaml] [--outdir DIR]

values file -> typed settings -> deploy units (lib/units: cdk8s Charts, Helm charts) -> the safety
gate -> <outdir>/<unit>/.
The output folder is --outdir, else CDK8S_OUTDIR (`cdk8s synth` passes its own), else the values
file's `gitops.path` (the folder the GitOps engine syncs: dist for the homelab).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

import lib  # noqa: F401 - first: it points jsii at the pinned Node before cdk8s starts the kernel

# isort: split
from cdk8s import App

from lib.checks import RenderError
from lib.kinds import SETTINGS
from lib.output import OutputError
from lib.rules import InvalidValue
from lib.synth import synth
from lib.units import deploy_units
from lib.values.loader import ValuesError, load_values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the cluster's desired state into plain Kubernetes YAML.")
    parser.add_argument("--values", default="values-homelab.yaml", help="values file (default: %(default)s)")
    parser.add_argument(
        "--outdir",
        default=os.environ.get("CDK8S_OUTDIR"),
        help="output folder, replaced whole (default: the values file's gitops.path)",
    )
    args = parser.parse_args(argv)
    try:
        values = load_values(args.values, kinds=SETTINGS)
    except ValuesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for source, target in values.unordered:
        print(
            f"note: {args.values}: apps.{source}.talksTo: {target} already waits for {source}; "
            f"{source}'s unit does not wait for {target}'s (a cycle cannot be ordered)",
            file=sys.stderr,
        )
    outdir = args.outdir or values.gitops.path
    # Everything allocated so far lives until exit: keep the collector off it, now and at shutdown.
    gc.freeze()
    try:
        units = deploy_units(App(), values, repository=Path(args.values).resolve().parent)
        synth(units, values, Path(outdir))
    except InvalidValue as err:  # a value only the render can judge: a chart's values, a vendored chart
        print(f"error: {ValuesError(args.values, err.subpath.lstrip('.'), err.message)}", file=sys.stderr)
        return 2
    except RenderError as err:
        print(f"error: {args.values}: the render is invalid; {outdir}/ is unchanged:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except OutputError as err:
        print(f"error: --outdir: {err}", file=sys.stderr)
        return 2
    gc.freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main())
