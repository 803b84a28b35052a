"""The counter application of the Nanjing vehicle offices (PySide6 client)."""

# The one version number: pyproject.toml reads it, the installers and the update check use it.
__version__ = "0.1.0"
