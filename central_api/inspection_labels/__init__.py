"""Six-year inspection-exempt labels (6年免检标志, DOMAIN.md §6, issue 15)."""
