"""The central vehicle and licence records the counter checks against (read-only, masked)."""
from typing import Annotated

from fastapi import Query

from central_api import registration
from central_api.deps import ServicesDep, SessionDep, principal_with
from central_api.errors import error_responses
from central_api.routes import make_router
from central_api.schemas import (
    ContactChangeCreate,
    ContactChangePublic,
    LicencePublic,
    LicencesPublic,
    PersonRecord,
    PersonRecords,
    VehiclePublic,
    VehiclesPublic,
)
from counter_app.domain.identity import ID_DOCUMENT_NAMES, IdDocument, id_document_of
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.roles import Role

router = make_router(tags=["records"])
RecordReader = principal_with(Role.CLERK, Role.SUPERVISOR)
ClerkDep = principal_with(Role.CLERK)


@router.get("/vehicles", operation_id="list_vehicles", response_model=VehiclesPublic,
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


@router.get("/licences", operation_id="list_licences", response_model=LicencesPublic,
            responses=error_responses(401, 403, 422))
def list_licences(_reader: RecordReader, session: SessionDep, services: ServicesDep,
                  id_number: Annotated[str, Query(max_length=64)]) -> LicencesPublic:
    lic = registration.search_licence(session, services, id_number)
    data = [] if lic is None else [LicencePublic(
        id=lic.id, id_number=mask_id_number(lic.id_number), name=lic.name, licence_class=lic.licence_class,
        status=lic.status, mobile=mask_mobile(lic.mobile), valid_until=lic.valid_until)]
    return LicencesPublic(data=data, count=len(data))


@router.get("/person-records", operation_id="list_person_records", response_model=PersonRecords,
            responses=error_responses(401, 403, 404, 422))
def list_person_records(_clerk: ClerkDep, session: SessionDep, services: ServicesDep,
                        id_number: Annotated[str, Query(max_length=64)]) -> PersonRecords:
    """The licence and vehicles in a person's name with their mobiles (masked), for 变更联系方式."""
    number, rows = registration.find_person_records(session, services, id_number)
    kind, first = rows[0]
    data = [PersonRecord(key=f"{k}:{r.id}", kind=k, ref=registration.record_ref(k, r), mobile_masked=mask_mobile(r.mobile))
            for k, r in rows]
    return PersonRecords(name=first.name if kind == "licence" else first.owner_name,  # type: ignore[union-attr]
                         id_number_masked=mask_id_number(number),
                         id_type_name=ID_DOCUMENT_NAMES[id_document_of(number)], data=data, count=len(data))


@router.post("/contact-changes", operation_id="change_contact", status_code=201, response_model=ContactChangePublic,
             responses=error_responses(401, 403, 404, 422))
def change_contact(body: ContactChangeCreate, principal: ClerkDep, session: SessionDep,
                   services: ServicesDep) -> ContactChangePublic:
    """变更联系方式 at a window: the holder present with the ID card; all records or the chosen ones."""
    done = registration.change_contact(session, services, principal, id_number=body.id_number,
                                       new_mobile=body.new_mobile, holder_id_checked=body.holder_id_checked,
                                       records=body.records)
    return ContactChangePublic(receipt_no=done.receipt_no, at=done.at, name=done.name, id_number=done.id_number,
                               id_type_name=ID_DOCUMENT_NAMES[IdDocument(done.id_type)], records=done.records)
