"""The real counter app fixtures of the view tests, for the security tests that drive a page."""
from tests.views.conftest import languages, make_counter  # noqa: F401
