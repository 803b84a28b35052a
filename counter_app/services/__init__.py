"""I/O the views call: the central API, the local store, background tasks, settings."""
