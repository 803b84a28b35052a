"""Build tools of the installers (not shipped)."""
