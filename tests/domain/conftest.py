"""Hypothesis without its per-example deadline: the machine is shared, a slow first example
(python-stdnum loads its register on first use) is load, not a failing rule."""
from hypothesis import settings

settings.register_profile("domain", deadline=None)
settings.load_profile("domain")
