"""Camera-violation handling and payment (曝光处理, DOMAIN.md §6, issue 15)."""
