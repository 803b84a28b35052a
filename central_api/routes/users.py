from typing import Annotated

from fastapi import Query
from sqlalchemy.orm import Session

from central_api import registration
from central_api.deps import IdPath, ServicesDep, SessionDep, principal_with
from central_api.errors import error_responses
from central_api.models import InternetUser
from central_api.routes import make_router
from central_api.schemas import (
    BoundVehicle,
    PersonalUserCreate,
    UnitUserCreate,
    UserPublic,
    UsersPublic,
    UserUpdate,
    VehicleBind,
)
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.roles import Role

router = make_router(prefix="/users", tags=["users"])
ReaderDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.INTERNET)
# Registration at a face-sign counter, or online through the 122 gateway; units only at a counter.
WriterDep = principal_with(Role.CLERK, Role.INTERNET)
# Units: the gateway may ask, and is told 403 unit_counter_only by the service (a stated rule).
CounterDep = principal_with(Role.CLERK, Role.INTERNET)
ClerkDep = principal_with(Role.CLERK)
WRITE_ERRORS = error_responses(401, 403, 404, 409, 422)


def user_public(session: Session, user: InternetUser, *, masked: bool) -> UserPublic:
    vehicles = [
        BoundVehicle(vehicle_id=v.id, vin=v.vin, plate=v.plate, vehicle_type=v.vehicle_type, brand=v.brand,
                     bound_at=uv.bound_at, own=uv.own, owner_name=None if uv.own else v.owner_name,
                     consent_way=uv.consent_way, consent_ref=uv.consent_ref)
        for uv, v in registration.bound_vehicles(session, user.id)
    ]
    public = UserPublic.model_validate(
        {c.key: getattr(user, c.key) for c in InternetUser.__table__.columns if c.key in UserPublic.model_fields}
        | {"vehicles": vehicles}
    )
    if masked:
        public.id_number = mask_id_number(public.id_number)
        public.mobile = mask_mobile(public.mobile)
        if public.agent_id_number:
            public.agent_id_number = mask_id_number(public.agent_id_number)
    return public


@router.get("", operation_id="list_users", response_model=UsersPublic, responses=error_responses(401, 403, 422))
def list_users(
    _reader: ReaderDep, session: SessionDep, services: ServicesDep,
    id_number: Annotated[str | None, Query(max_length=64)] = None,
    registration_no: Annotated[str | None, Query(max_length=64)] = None,
) -> UsersPublic:
    """Search by ID number / USCC or registration number; numbers are masked in the list.
    A malformed value is a 422 with the shared validator's code, not an empty list."""
    if not id_number and not registration_no:
        return UsersPublic(data=[], count=0)
    users = registration.find_users(session, services, id_number=id_number, registration_no=registration_no)
    return UsersPublic(data=[user_public(session, u, masked=True) for u in users], count=len(users))


@router.get("/{user_id}", operation_id="get_user", response_model=UserPublic, responses=error_responses(401, 403, 404))
def get_user(_reader: ReaderDep, session: SessionDep, user_id: IdPath) -> UserPublic:
    """The open record: the whole numbers, as the face-sign workflow needs them."""
    return user_public(session, registration.get_user(session, user_id), masked=False)


@router.post("/personal", operation_id="register_personal", status_code=201, response_model=UserPublic,
             responses=WRITE_ERRORS)
def register_personal(body: PersonalUserCreate, principal: WriterDep, session: SessionDep,
                      services: ServicesDep) -> UserPublic:
    user = registration.register_personal(session, services, principal, body)
    return user_public(session, user, masked=False)


@router.post("/unit", operation_id="register_unit", status_code=201, response_model=UserPublic,
             responses=WRITE_ERRORS)
def register_unit(body: UnitUserCreate, principal: CounterDep, session: SessionDep,
                  services: ServicesDep) -> UserPublic:
    user = registration.register_unit(session, services, principal, body)
    return user_public(session, user, masked=False)


@router.post("/{user_id}/face-sign", operation_id="face_sign_user", response_model=UserPublic,
             responses=WRITE_ERRORS)
def face_sign(principal: ClerkDep, session: SessionDep, services: ServicesDep,
              user_id: IdPath) -> UserPublic:
    """Upgrade an online account at the counter (keeps its bindings, limit 1 → 3)."""
    return user_public(session, registration.face_sign(session, services, principal, user_id), masked=False)


@router.patch("/{user_id}", operation_id="change_user", response_model=UserPublic, responses=WRITE_ERRORS)
def change_user(body: UserUpdate, principal: WriterDep, session: SessionDep, services: ServicesDep,
                user_id: IdPath) -> UserPublic:
    user = registration.change_mobile(session, services, principal, user_id, body.mobile)
    return user_public(session, user, masked=False)


@router.post("/{user_id}/vehicles", operation_id="bind_vehicle", status_code=201, response_model=UserPublic,
             responses=WRITE_ERRORS)
def bind_vehicle(body: VehicleBind, principal: WriterDep, session: SessionDep, services: ServicesDep,
                 user_id: IdPath) -> UserPublic:
    user = registration.bind_vehicle(session, services, principal, user_id, body.vin,
                                     owner_id_number=body.owner_id_number, consent_way=body.consent_way,
                                     consent_ref=body.consent_ref)
    return user_public(session, user, masked=False)


@router.delete("/{user_id}/vehicles/{vehicle_id}", operation_id="unbind_vehicle", response_model=UserPublic,
               responses=WRITE_ERRORS)
def unbind_vehicle(principal: WriterDep, session: SessionDep, services: ServicesDep,
                   user_id: IdPath, vehicle_id: IdPath) -> UserPublic:
    user = registration.unbind_vehicle(session, services, principal, user_id, vehicle_id)
    return user_public(session, user, masked=False)
