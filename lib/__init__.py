"""cdk8s constructs and charts that render the home K3s cluster's desired state."""

import os
from collections.abc import Mapping
from pathlib import Path

__version__ = "0.1.0"

NODE_BIN = Path(__file__).resolve().parent.parent / "node_modules" / ".bin"
"""The project's Node tools (package.json): the cdk8s CLI, and the pinned Node 22 jsii runs on."""
PINNED_NODE = NODE_BIN / "node"


def node_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """`env` (default: this process's) as `make` gives the tools: the pinned Node first on PATH and as
    jsii's runtime, no upgrade check of the cdk8s CLI. The one place besides the Makefile that names it."""
    base = dict(os.environ if env is None else env)
    return {
        **base,
        "PATH": f"{NODE_BIN}{os.pathsep}{base.get('PATH', '')}",
        "JSII_NODE": base.get("JSII_NODE", str(PINNED_NODE)),
        "CDK8S_CHECK_UPGRADE": "false",
    }


# jsii runs its kernel on the Node binary named by JSII_NODE. Prefer the
# project's pinned Node 22 (package.json): the machine's Node 20 makes jsii
# print an end-of-life banner on every run. Set before cdk8s is imported.
if PINNED_NODE.exists():
    os.environ.setdefault("JSII_NODE", str(PINNED_NODE))
