"""The counter application of the Nanjing vehicle offices (PySide6 client)."""
