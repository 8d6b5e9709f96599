"""Synthesize the cluster's desired state into plain YAML.

    python main.py [--values values-homelab.yaml] [--outdir dist]

`cdk8s synth` runs this file too; it passes its output folder as CDK8S_OUTDIR.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from lib.app import synth
from lib.config import ValuesError, load_values
from lib.validate import RenderError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the cluster's desired state into plain Kubernetes YAML.")
    parser.add_argument("--values", default="values-homelab.yaml", help="values file (default: %(default)s)")
    parser.add_argument(
        "--outdir",
        default=os.environ.get("CDK8S_OUTDIR", "dist"),
        help="output folder, replaced whole (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        values = load_values(args.values)
    except ValuesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    # Everything allocated so far lives until exit: keep the collector off it, now and at shutdown.
    gc.freeze()
    try:
        synth(values, Path(args.outdir))
    except RenderError as err:
        print(f"error: {args.values}: the render is invalid; {args.outdir}/ is unchanged:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    gc.freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main())
