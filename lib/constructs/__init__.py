"""The constructs: the hardened pod (`pod`), what every app has (`workload`), what a kind adds
(`ollama`, `n8n`), HTTPS, NetworkPolicies, secrets, verification, namespaces, GitOps."""
