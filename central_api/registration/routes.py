"""The central vehicle and licence records the counter checks against (read-only, masked)."""
from typing import Annotated

from fastapi import Query
from sqlalchemy.orm import Session

from central_api.models import InternetUser
from central_api.platform.deps import IdPath, ServicesDep, SessionDep, principal_with
from central_api.platform.transaction import AUDITED_READ
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.registration import service as registration
from central_api.registration.schemas import (
    BoundVehicle,
    ContactChangeCreate,
    ContactChangePublic,
    PersonRecord,
    PersonRecords,
    LicencePublic,
    LicencesPublic,
    PersonalUserCreate,
    RecordPurpose,
    UnitUserCreate,
    UserPublic,
    UserUpdate,
    UsersPublic,
    VehicleBind,
    VehiclePublic,
    VehiclesPublic,
)
from counter_app.domain.identity import ID_DOCUMENT_NAMES, IdDocument, id_document_of
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.roles import Role


# --- /vehicles, /licences: the central records ----------------------------------------------------
records_router = make_router(tags=["records"])
RecordReader = principal_with(Role.CLERK, Role.SUPERVISOR)


@records_router.get("/vehicles", operation_id="list_vehicles", response_model=VehiclesPublic,
                    responses=error_responses(401, 403, 422))
def list_vehicles(
    _reader: RecordReader, session: SessionDep, services: ServicesDep,
    vin: Annotated[str | None, Query(max_length=64)] = None,
    plate: Annotated[str | None, Query(max_length=64)] = None,
    owner_id_number: Annotated[str | None, Query(max_length=64)] = None,
) -> VehiclesPublic:
    """Vehicles by VIN, plate or owner; each value through the shared validator (422 when malformed)."""
    if not (vin or plate or owner_id_number):
        return VehiclesPublic(data=[], count=0)
    rows = registration.search_vehicles(session, services, vin=vin, plate=plate, owner_id_number=owner_id_number)
    data = [
        VehiclePublic(id=v.id, vin=v.vin, plate=v.plate, owner_kind=v.owner_kind,
                      owner_id_number=mask_id_number(v.owner_id_number), owner_name=v.owner_name,
                      mobile=mask_mobile(v.mobile), vehicle_type=v.vehicle_type, use_nature=v.use_nature,
                      brand=v.brand, status=v.status)
        for v in rows
    ]
    return VehiclesPublic(data=data, count=len(data))


@records_router.get("/licences", operation_id="list_licences", response_model=LicencesPublic,
                    responses=error_responses(401, 403, 422))
def list_licences(_reader: RecordReader, session: SessionDep, services: ServicesDep,
                  id_number: Annotated[str, Query(max_length=64)]) -> LicencesPublic:
    lic = registration.search_licence(session, services, id_number)
    data = [] if lic is None else [LicencePublic(
        id=lic.id, id_number=mask_id_number(lic.id_number), name=lic.name, licence_class=lic.licence_class,
        status=lic.status, mobile=mask_mobile(lic.mobile), valid_until=lic.valid_until)]
    return LicencesPublic(data=data, count=len(data))


RecordClerk = principal_with(Role.CLERK)


@records_router.get("/person-records", operation_id="list_person_records", response_model=PersonRecords,
                    responses=error_responses(401, 403, 404, 422))
def list_person_records(_clerk: RecordClerk, session: SessionDep, services: ServicesDep,
                        id_number: Annotated[str, Query(max_length=64)]) -> PersonRecords:
    """The licence and vehicles in a person's name with their mobiles (masked), for 变更联系方式."""
    number, rows = registration.find_person_records(session, services, id_number)
    return PersonRecords(name=registration.holder_name(rows), id_number_masked=mask_id_number(number),
                         id_type_name=ID_DOCUMENT_NAMES[id_document_of(number)],
                         data=[PersonRecord(key=f"{kind}:{row.id}", kind=kind, ref=registration.record_ref(kind, row),
                                            mobile_masked=mask_mobile(row.mobile)) for kind, row in rows],
                         count=len(rows))


@records_router.post("/contact-changes", operation_id="change_contact", status_code=201,
                     response_model=ContactChangePublic, responses=error_responses(401, 403, 404, 422))
def change_contact(body: ContactChangeCreate, principal: RecordClerk, session: SessionDep,
                   services: ServicesDep) -> ContactChangePublic:
    """变更联系方式 at a window: the holder present with the ID card; all records or the chosen ones."""
    done = registration.change_contact(session, services, principal, id_number=body.id_number,
                                       new_mobile=body.new_mobile, holder_id_checked=body.holder_id_checked,
                                       records=body.records)
    return ContactChangePublic(receipt_no=done.receipt_no, at=done.at, name=done.name, id_number=done.id_number,
                               id_type_name=ID_DOCUMENT_NAMES[IdDocument(done.id_type)], records=done.records)


# --- /users: internet users -----------------------------------------------------------------------
users_router = make_router(prefix="/users", tags=["users"])
ReaderDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.INTERNET)
# Registration at a face-sign counter, or online through the 122 gateway; units only at a counter.
WriterDep = principal_with(Role.CLERK, Role.INTERNET)
# Units: the gateway may ask, and is told 403 unit_counter_only by the service (a stated rule).
CounterDep = principal_with(Role.CLERK, Role.INTERNET)
ClerkDep = principal_with(Role.CLERK)
WRITE_ERRORS = error_responses(401, 403, 404, 409, 422)


def user_public(session: Session, user: InternetUser, *, masked: bool, none_bound: bool = False) -> UserPublic:
    """`none_bound`: the caller knows the account has no vehicle (just created without VINs),
    so the bound vehicles are not queried."""
    vehicles = [] if none_bound else [
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


@users_router.get("", operation_id="list_users", response_model=UsersPublic, responses=error_responses(401, 403, 422))
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


@users_router.get("/{user_id}", operation_id="get_user", response_model=UserPublic,
                  responses=error_responses(401, 403, 404, 422), openapi_extra=AUDITED_READ)
def get_user(reader: ReaderDep, session: SessionDep, services: ServicesDep, user_id: IdPath,
             purpose: Annotated[RecordPurpose, Query()] = RecordPurpose.COUNTER_RECORD) -> UserPublic:
    """The open record. Whole ID and mobile numbers only for a clerk at a face-sign station (the
    workflow that prints and signs the form), each such read audited with who, whose record and
    `purpose`; every other reader gets them masked (issue 11 item 6)."""
    user = registration.get_user(session, user_id)
    whole = registration.may_read_whole(session, reader)
    if whole:
        registration.audit_whole_read(session, services, reader, user, purpose.value)
    return user_public(session, user, masked=not whole)


@users_router.post("/personal", operation_id="register_personal", status_code=201, response_model=UserPublic,
                   responses=WRITE_ERRORS)
def register_personal(body: PersonalUserCreate, principal: WriterDep, session: SessionDep,
                      services: ServicesDep) -> UserPublic:
    user = registration.register_personal(session, services, principal, body)
    return user_public(session, user, masked=False, none_bound=not body.vins and not body.others)


@users_router.post("/unit", operation_id="register_unit", status_code=201, response_model=UserPublic,
                   responses=WRITE_ERRORS)
def register_unit(body: UnitUserCreate, principal: CounterDep, session: SessionDep,
                  services: ServicesDep) -> UserPublic:
    user = registration.register_unit(session, services, principal, body)
    return user_public(session, user, masked=False, none_bound=not body.vins)


@users_router.post("/{user_id}/face-sign", operation_id="face_sign_user", response_model=UserPublic,
                   responses=WRITE_ERRORS)
def face_sign(principal: ClerkDep, session: SessionDep, services: ServicesDep,
              user_id: IdPath) -> UserPublic:
    """Upgrade an online account at the counter (keeps its bindings, limit 1 → 3)."""
    return user_public(session, registration.face_sign(session, services, principal, user_id), masked=False)


@users_router.patch("/{user_id}", operation_id="change_user", response_model=UserPublic, responses=WRITE_ERRORS)
def change_user(body: UserUpdate, principal: WriterDep, session: SessionDep, services: ServicesDep,
                user_id: IdPath) -> UserPublic:
    user = registration.change_mobile(session, services, principal, user_id, body.mobile)
    return user_public(session, user, masked=False)


@users_router.post("/{user_id}/vehicles", operation_id="bind_vehicle", status_code=201, response_model=UserPublic,
                   responses=WRITE_ERRORS)
def bind_vehicle(body: VehicleBind, principal: WriterDep, session: SessionDep, services: ServicesDep,
                 user_id: IdPath) -> UserPublic:
    user = registration.bind_vehicle(session, services, principal, user_id, body.vin,
                                     owner_id_number=body.owner_id_number, consent_way=body.consent_way,
                                     consent_ref=body.consent_ref)
    return user_public(session, user, masked=False)


@users_router.delete("/{user_id}/vehicles/{vehicle_id}", operation_id="unbind_vehicle", response_model=UserPublic,
                     responses=WRITE_ERRORS)
def unbind_vehicle(principal: WriterDep, session: SessionDep, services: ServicesDep,
                   user_id: IdPath, vehicle_id: IdPath) -> UserPublic:
    user = registration.unbind_vehicle(session, services, principal, user_id, vehicle_id)
    return user_public(session, user, masked=False)


# The area's one router, which the app includes.
router = make_router()
for _part in (records_router, users_router):
    router.include_router(_part)
