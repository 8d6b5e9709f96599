"""Secret checks: no secret value in git, and every secret a pod reads is declared.

- a `Secret` with `data` or `stringData` would put its value in git: only SealedSecrets
  (ciphertext) and secrets created out of band are allowed;
- a secretKeyRef, envFrom or secret volume must name a SealedSecret rendered in the pod's
  namespace (and one of its keys) or a secret the values declare external (and one of its keys);
- a plain `env` value must not be a secret, by its name (one that contains PASS, PWD, SECRET, TOKEN,
  CREDENTIAL or API_KEY, or ends in _KEY or _KEYS) or by its value (a URL with user:password@, a
  token with a well-known prefix, a PEM private key): such a value comes from a declared secret.
  The same rule as the values loader's (`rules.plain_env`), with its one way through: a `_FILE`
  variable whose value is an absolute path names where a secret is mounted.

No message ever shows a value.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any

from lib import rules
from lib.checks.problems import Problem
from lib.manifests import Manifest, containers, namespace_of, pod_templates

SecretKeys = Mapping[tuple[str, str], Collection[str]]
"""(namespace, Secret name) -> its keys."""


def secret_problems(objects: list[Manifest], external_secrets: SecretKeys | None = None) -> list[Problem]:
    sealed = {
        (namespace_of(o), o["metadata"]["name"]): set(o["spec"].get("encryptedData", {}))
        for o in objects
        if o["kind"] == "SealedSecret"
    }
    known: dict[tuple[str, str], Collection[str]] = {**(external_secrets or {}), **sealed}
    problems = [
        Problem(
            o,
            f"holds {' and '.join(sorted(FIELDS & set(o)))} in git; declare it under apps.<app>.secrets, "
            "sealed (kubeseal) or external",
        )
        for o in objects
        if o["kind"] == "Secret" and FIELDS & set(o)
    ]
    for obj, pod in pod_templates(objects):
        ns = namespace_of(obj)
        for where, name, key in _secret_refs(pod):
            if (ns, name) not in known:
                message = f"Secret {name!r} is neither sealed here nor declared external in namespace {ns}"
                problems.append(Problem(obj, f"{where}: {message}"))
            elif key is not None and key not in known[(ns, name)]:
                problems.append(Problem(obj, f"{where}: Secret {name!r} has no key {key!r}"))
        for c in containers(pod):
            for var in c.get("env", []):
                if "value" in var:
                    try:
                        rules.plain_env(var["name"], var["value"])
                    except rules.InvalidValue as err:
                        problems.append(Problem(obj, f"container {c['name']}: env: {err.message}"))
    return problems


FIELDS = frozenset({"data", "stringData"})


def _secret_refs(pod: dict[str, Any]) -> Iterator[tuple[str, str, str | None]]:
    """(where, Secret name, key or None for the whole secret) of every secret a pod reads."""
    for c in containers(pod):
        for var in c.get("env", []):
            ref = var.get("valueFrom", {}).get("secretKeyRef")
            if ref is not None:
                yield f"container {c['name']}: env {var['name']}", ref["name"], ref["key"]
        for source in c.get("envFrom", []):
            if "secretRef" in source:
                yield f"container {c['name']}: envFrom", source["secretRef"]["name"], None
    for volume in pod.get("volumes", []):
        if "secret" in volume:
            yield f"volume {volume['name']}", volume["secret"]["secretName"], None
