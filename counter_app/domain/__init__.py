"""Pure rules: no Qt, no HTTP, no SQL. The central API imports this package too."""
