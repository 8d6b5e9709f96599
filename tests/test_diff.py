"""tools/diff.py against real, throwaway git repositories holding a copy of the project, with the
library's catalog as their values file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import LIBRARY_VALUES, ROOT, tool

from lib import node_env
from lib.vendor import Locked, tree_digest, write_lock

PROJECT_FILES = ["main.py", "lib", "imports", "cdk8s.yaml"]
VALUES = "values-homelab.yaml"


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
    return subprocess.run([*command, *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def make_repo(path: Path, branch: str = "main") -> Path:
    """A one-commit repository with just what a synth needs."""
    path.mkdir()
    for name in PROJECT_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, path / name)
    shutil.copy2(LIBRARY_VALUES, path / VALUES)
    (path / ".gitignore").write_text("__pycache__/\n")
    git(path, "init", "-q", "-b", branch)
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "initial")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo")


def edit(repo: Path, pattern: str, replacement: str) -> None:
    """Change the values file, failing loudly when the pattern no longer matches it."""
    path = repo / VALUES
    text, count = re.subn(pattern, replacement, path.read_text(), count=1, flags=re.MULTILINE)
    assert count == 1, f"{pattern!r} not found in {VALUES}"
    path.write_text(text)


def diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the tool as `make diff` does, and check it left nothing behind."""
    scratch = repo.parent / "scratch"
    scratch.mkdir(exist_ok=True)
    env = {**node_env(), "TMPDIR": str(scratch)}
    status_before = git(repo, "status", "--porcelain")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "diff.py"), *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert list(scratch.iterdir()) == [], "temporary files left behind"
    assert git(repo, "status", "--porcelain") == status_before
    assert len(git(repo, "worktree", "list").splitlines()) == 1
    return done


def test_no_change_exits_0_even_with_exit_code(repo: Path) -> None:
    done = diff(repo, "--exit-code")
    assert (done.returncode, done.stdout, done.stderr) == (0, "no rendered changes\n", "")


def test_changed_values_show_a_diff_per_object_and_exit_1_with_exit_code_as_git_diff_does(repo: Path) -> None:
    """Without --exit-code a computed diff exits 0 (test_an_added_app_shows_its_image_as_added, say)."""
    edit(repo, r"^(\s+size:) 50Gi$", r"\1 60Gi")
    edit(repo, r'^(\s+tag:) "[^"]+"$', r'\1 "9.9.9"')
    edit(repo, r"^partOf: .*$", "partOf: lab")  # a label of every object, the cluster-scoped Namespace too
    done = diff(repo, "--exit-code")
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert out.startswith(
        "images:\n  changed: docker.io/ollama/ollama 0.40.2 -> 9.9.9 (Deployment ml/ollama, Job ml/ollama-verify)\n\n"
    ), "a new image first: what a reviewer most needs to see"
    assert "changed: PersistentVolumeClaim ml/ollama\n--- a/PersistentVolumeClaim/ml/ollama\n" in out
    assert "+++ b/PersistentVolumeClaim/ml/ollama\n" in out
    assert re.search(r"^-\s+storage: 50Gi$", out, re.MULTILINE)
    assert re.search(r"^\+\s+storage: 60Gi$", out, re.MULTILINE)
    assert re.search(r"^\+\s+image: docker.io/ollama/ollama:9.9.9$", out, re.MULTILINE)
    assert "changed: Namespace ml\n--- a/Namespace/ml\n" in out  # cluster-scoped: no namespace part
    keys = re.findall(r"^changed: (\S+) (?:(\S+)/)?(\S+)$", out, re.MULTILINE)
    assert {("Namespace", "", "ml"), ("Deployment", "ml", "ollama")} <= set(keys)
    assert keys == sorted(keys)
    assert out.endswith(f"{len(keys)} objects differ (0 added, 0 removed, {len(keys)} changed)\n")


def test_added_and_removed_objects(repo: Path) -> None:
    edit(repo, r"^(\s+models:)\n(\s+- .*\n)+", r"\1 []\n")
    done = diff(repo)
    assert done.returncode == 0, done.stderr
    assert "removed: ConfigMap ml/ollama-pull-models\n-apiVersion: v1\n-data:\n" in done.stdout, "its YAML, as -"
    assert "\n-... (" in done.stdout and " more lines)\n" in done.stdout, "the script is long: cut, with a count"
    assert "changed: Deployment ml/ollama\n" in done.stdout  # the init container is gone

    assert "removed: Job ml/ollama-verify\n" in done.stdout  # no model, nothing to verify
    assert "removed: NetworkPolicy ml/ollama-verify-egress\n" in done.stdout  # nor its egress
    assert re.search(r"^\d+ objects differ \(0 added, 5 removed, \d+ changed\)\n\Z", done.stdout, re.MULTILINE)

    git(repo, "commit", "-q", "-am", "no models")
    git(repo, "checkout", "-q", "HEAD~1", "--", VALUES)  # models back in the working tree only
    done = diff(repo)
    assert "added: ConfigMap ml/ollama-pull-models\n+apiVersion: v1\n+data:\n" in done.stdout, "its YAML, as +"
    assert re.search(r"^\d+ objects differ \(5 added, 0 removed, \d+ changed\)\n\Z", done.stdout, re.MULTILINE)


def test_an_added_app_shows_its_image_as_added(repo: Path) -> None:
    whoami = (
        "  whoami:\n    namespace: ml\n    image: {repository: docker.io/traefik/whoami, tag: v1.10.1}\n"
        "    port: 8080\n    resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 100m, memory: 64Mi}}\n"
    )
    (repo / VALUES).write_text((repo / VALUES).read_text() + whoami)
    done = diff(repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("images:\n  added: docker.io/traefik/whoami:v1.10.1 (Deployment ml/whoami)\n\n")
    assert "added: Deployment ml/whoami\n+apiVersion: apps/v1\n+kind: Deployment\n" in done.stdout
    assert "+      - image: docker.io/traefik/whoami:v1.10.1\n" in done.stdout


def test_unknown_revision_is_one_line_on_stderr(repo: Path) -> None:
    done = diff(repo, "--base", "no-such-rev")
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "error: unknown revision: no-such-rev\n")


def test_failing_synth_shows_its_last_error_line(repo: Path) -> None:
    edit(repo, r"^partOf:", "noSuchKey: 1\npartOf:")
    done = diff(repo)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("error: synth of the working tree failed: error: ")
    assert "noSuchKey" in done.stderr
    assert "Traceback" not in done.stderr


def test_default_base_is_the_merge_base_with_main(repo: Path) -> None:
    """main moved on since the feature branched: the feature is compared with where it branched, so
    main's later change never shows as reverted (the tests above run the whole tool on that base)."""
    git(repo, "checkout", "-q", "-b", "feature")
    edit(repo, r"^(\s+size:) 50Gi$", r"\1 60Gi")
    git(repo, "commit", "-q", "-am", "bigger volume")
    git(repo, "checkout", "-q", "main")
    edit(repo, r"^(\s+host:) \S+$", r"\1 other.example.com")
    git(repo, "commit", "-q", "-am", "other host")
    git(repo, "checkout", "-q", "feature")

    branched = git(repo, "rev-parse", "HEAD~1").strip()
    assert tool("diff").default_base(repo) == branched != git(repo, "rev-parse", "main").strip()


def test_without_a_main_branch_the_base_is_head(tmp_path: Path) -> None:
    assert tool("diff").default_base(make_repo(tmp_path / "repo", branch="trunk")) == "HEAD"


def test_a_chart_version_change_heads_the_report_in_its_charts_section(repo: Path) -> None:
    """Two vendored versions of the tests' chart; the values move from one to the other."""
    locked = {}
    for version, greeting in (("0.1.0", "hello"), ("0.2.0", "bonjour")):
        folder = repo / "charts" / "vendor" / "demo" / version
        shutil.copytree(ROOT / "tests" / "charts" / "demo", folder)
        chart = folder / "Chart.yaml"
        chart.write_text(chart.read_text().replace("version: 0.1.0", f"version: {version}"))
        (folder / "values.yaml").write_text((folder / "values.yaml").read_text().replace("hello", greeting))
        locked[("demo", version)] = Locked(
            name="demo", version=version, repository="https://charts.example.com/",
            path=f"charts/vendor/demo/{version}", digest=tree_digest(folder),
        )  # fmt: skip
    write_lock(locked, repo)
    chart = "charts:\n  demo:\n    namespace: ml\n    chart: {repository: https://charts.example.com/, name: demo, "
    values = chart + 'version: "0.1.0"}\n    values: {existingSecret: demo-credentials}\n'
    (repo / VALUES).write_text((repo / VALUES).read_text() + values)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "the demo chart")
    (repo / VALUES).write_text((repo / VALUES).read_text().replace('version: "0.1.0"', 'version: "0.2.0"'))
    done = diff(repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "charts:\n  changed: demo 0.1.0 -> 0.2.0 (0 objects added, 0 removed, 1 changed)\n\n"
        "changed: ConfigMap ml/demo-capabilities\n"
    ), "the chart bump first, with what it does to the objects"
    assert "+    greeting: bonjour\n" in done.stdout or "+  greeting: bonjour\n" in done.stdout
