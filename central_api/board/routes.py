"""Endpoints of the live board; thin: the rules are in service.py.

- PUT /counters/{device_id}/heartbeat: every signed-in counter PC, every half minute (a PUT: a
  repeat only refreshes the same row, so it needs no Idempotency-Key);
- GET /board: the supervisors' board across the ten sites.
"""
from typing import Annotated

from fastapi import Path

from central_api.board import service
from central_api.board.schemas import BoardPublic, Heartbeat, HeartbeatAnswer
from central_api.platform.deps import ServicesDep, SessionDep, SupervisorDep, principal_with
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from counter_app.domain.roles import Role

router = make_router(tags=["board"])
CounterDep = principal_with(Role.CLERK, Role.PHONE_OPERATOR, Role.SUPERVISOR)  # the counter program's users
DeviceId = Annotated[str, Path(min_length=8, max_length=36, pattern=r"^[A-Za-z0-9-]+$")]


@router.put("/counters/{device_id}/heartbeat", operation_id="counter_heartbeat", response_model=HeartbeatAnswer,
            responses=error_responses(401, 403, 422))
def heartbeat(principal: CounterDep, session: SessionDep, services: ServicesDep, device_id: DeviceId,
              body: Heartbeat) -> HeartbeatAnswer:
    """This PC is alive: who is signed in here, and what waits in its outbox."""
    return service.beat(session, services, principal, device_id, body)


@router.get("/board", operation_id="live_board", response_model=BoardPublic, responses=error_responses(401, 403))
def live_board(_principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> BoardPublic:
    """Per station and per counter PC: online or not, writes waiting, today's customers and figures."""
    return service.board(session, services)
