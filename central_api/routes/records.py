"""The central vehicle and licence records the counter checks against (read-only, masked)."""
from typing import Annotated

from fastapi import Query

from central_api import registration
from central_api.deps import SessionDep, principal_with
from central_api.errors import error_responses
from central_api.routes import make_router
from central_api.schemas import LicencePublic, LicencesPublic, VehiclePublic, VehiclesPublic
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.roles import Role

router = make_router(tags=["records"])
RecordReader = principal_with(Role.CLERK, Role.SUPERVISOR)


@router.get("/vehicles", operation_id="list_vehicles", response_model=VehiclesPublic,
            responses=error_responses(401, 403, 422))
def list_vehicles(
    _reader: RecordReader, session: SessionDep,
    vin: Annotated[str | None, Query(max_length=17)] = None,
    plate: Annotated[str | None, Query(max_length=10)] = None,
    owner_id_number: Annotated[str | None, Query(max_length=18)] = None,
) -> VehiclesPublic:
    if not (vin or plate or owner_id_number):
        return VehiclesPublic(data=[], count=0)
    rows = registration.vehicles_by(session, vin=vin, plate=plate, owner_id_number=owner_id_number)
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
def list_licences(_reader: RecordReader, session: SessionDep,
                  id_number: Annotated[str, Query(max_length=18)]) -> LicencesPublic:
    lic = registration.licence_of(session, id_number.strip().upper())
    data = [] if lic is None else [LicencePublic(
        id=lic.id, id_number=mask_id_number(lic.id_number), name=lic.name, licence_class=lic.licence_class,
        status=lic.status, mobile=mask_mobile(lic.mobile), valid_until=lic.valid_until)]
    return LicencesPublic(data=data, count=len(data))
