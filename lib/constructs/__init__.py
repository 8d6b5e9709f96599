"""The constructs: what every app has (`web_app`), what a kind adds (`ollama`), HTTPS, namespaces, GitOps."""
