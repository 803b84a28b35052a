"""Domain names and validation messages in the interface language.

The domain and the centre speak Chinese (the names printed on forms, the messages a clerk reads
aloud); the English interface shows English names. A name or message whose Chinese translation
is `SAME_AS_DOMAIN` shows the domain's own Chinese text in the Chinese interface, so the two
never drift apart.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.identity import FieldError
from counter_app.domain.registration import USER_TYPE_NAMES, UserType

SAME_AS_DOMAIN = "（同领域提示）"


def user_type_name(value: str | None) -> str:
    names = {
        UserType.VEHICLE_OWNER: QCoreApplication.translate("Names", "Vehicle owner"),
        UserType.DRIVER: QCoreApplication.translate("Names", "Driver"),
        UserType.LEARNER: QCoreApplication.translate("Names", "Learner applying for a first licence"),
        UserType.NEW_CAR_OWNER: QCoreApplication.translate("Names", "New car owner"),
    }
    if value is None:
        return QCoreApplication.translate("Names", "Unit user")
    name = names[UserType(value)]
    return USER_TYPE_NAMES[UserType(value)] if name == SAME_AS_DOMAIN else name


def subject_name(code: str, domain_name: str) -> str:
    names = {
        "k1": QCoreApplication.translate("Names", "Subject 1 (theory)"),
        "k2": QCoreApplication.translate("Names", "Subject 2 (site driving)"),
        "k3": QCoreApplication.translate("Names", "Subject 3 (road driving)"),
        "k4": QCoreApplication.translate("Names", "Subject 4 (safe driving knowledge)"),
        "restore": QCoreApplication.translate("Names", "Driving qualification restoration exam"),
        "full_score": QCoreApplication.translate("Names", "Full-score study exam"),
    }
    name = names.get(code, SAME_AS_DOMAIN)
    return domain_name if name == SAME_AS_DOMAIN else name


def field_message(exc: FieldError) -> str:
    """The clerk's message for a value that fails the domain's check."""
    kind = exc.code.split("_")[0]
    english = {
        "id": QCoreApplication.translate("Names", "Not a valid resident ID number (18 characters: region, birth date, sequence, check digit)."),
        "uscc": QCoreApplication.translate("Names", "Not a valid unified social credit code (18 characters with a correct check character)."),
        "vin": QCoreApplication.translate("Names", "Not a valid VIN (17 characters, no I, O or Q, correct check digit)."),
        "mobile": QCoreApplication.translate("Names", "Not a valid mainland mobile number (11 digits)."),
        "plate": QCoreApplication.translate("Names", "Not a valid plate number, e.g. 苏A12345 (no letters I or O)."),
    }.get(kind)
    if english is None or english == SAME_AS_DOMAIN:
        return exc.message
    return english
