"""The service's injectable clock (the same class the client uses)."""
from counter_app.domain.clock import Clock

__all__ = ["Clock"]
