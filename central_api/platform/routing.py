"""One module per resource; handlers stay thin."""
from fastapi import APIRouter

from central_api.platform.transaction import TransactionalRoute


def make_router(**kwargs) -> APIRouter:  # noqa: ANN003
    """Every router runs its routes in one transaction with idempotent POSTs."""
    return APIRouter(route_class=TransactionalRoute, **kwargs)
