"""Qt widgets only: one module per workflow. Views call services, never HTTP or SQL."""
