"""The values file: its settings (`schema`) and the loader that reads them (`loader`)."""
