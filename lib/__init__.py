"""cdk8s constructs and charts that render the home K3s cluster's desired state."""

import os
from pathlib import Path

__version__ = "0.1.0"

# jsii runs its kernel on the Node binary named by JSII_NODE. Prefer the
# project's pinned Node 22 (package.json): the machine's Node 20 makes jsii
# print an end-of-life banner on every run. Set before cdk8s is imported.
_PINNED_NODE = Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "node"
if _PINNED_NODE.exists():
    os.environ.setdefault("JSII_NODE", str(_PINNED_NODE))
