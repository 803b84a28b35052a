"""Domain names and validation messages in the interface language.

The domain and the centre speak Chinese (the names printed on forms, the messages a clerk reads
aloud); the English interface shows English names. A name or message whose Chinese translation
is `SAME_AS_DOMAIN` shows the domain's own Chinese text in the Chinese interface, so the two
never drift apart.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def field_kind_message(code: str) -> str | None:
    """English for a value-check code of the domain (`id_number_checksum`, `vin_length` …) by its
    kind; None for a code of another kind."""
    english = {
        "id": QCoreApplication.translate("Names", "Not a valid resident ID number (18 characters: region, birth date, sequence, check digit)."),
        "uscc": QCoreApplication.translate("Names", "Not a valid unified social credit code (18 characters with a correct check character)."),
        "vin": QCoreApplication.translate("Names", "Not a valid VIN (17 characters, no I, O or Q, correct check digit)."),
        "mobile": QCoreApplication.translate("Names", "Not a valid mainland mobile number (11 digits)."),
        "plate": QCoreApplication.translate("Names", "Not a valid plate number, e.g. 苏A12345 (no letters I or O)."),
    }.get(code.split("_")[0])
    return None if english == SAME_AS_DOMAIN else english


def field_message(exc: FieldError) -> str:
    """The clerk's message for a value that fails the domain's check."""
    return field_kind_message(exc.code) or exc.message


# table → key → English source (context "Names"); the Chinese names live in the services.
_SERVICE_NAMES: dict[str, dict[str, str]] = {
    "sms_state": {"queued": QT_TRANSLATE_NOOP("Names", "Queued"), "sent": QT_TRANSLATE_NOOP("Names", "Sent"),
                  "failed": QT_TRANSLATE_NOOP("Names", "Failed")},
    "segment_status": {"released": QT_TRANSLATE_NOOP("Names", "Released"),
                       "pending": QT_TRANSLATE_NOOP("Names", "Awaiting release"),
                       "exhausted": QT_TRANSLATE_NOOP("Names", "Used up")},
    "day_kind": {"holiday": QT_TRANSLATE_NOOP("Names", "Holiday"),
                 "workday": QT_TRANSLATE_NOOP("Names", "Working day (swapped)"),
                 "weekday": QT_TRANSLATE_NOOP("Names", "Weekday"), "weekend": QT_TRANSLATE_NOOP("Names", "Weekend")},
    "role": {"clerk": QT_TRANSLATE_NOOP("Names", "Window officer"),
             "phone_operator": QT_TRANSLATE_NOOP("Names", "Phone booking operator"),
             "supervisor": QT_TRANSLATE_NOOP("Names", "Supervisor"),
             "internet": QT_TRANSLATE_NOOP("Names", "Internet platform gateway")},
    "booking_status": {"requested": QT_TRANSLATE_NOOP("Names", "Requested, awaiting allocation"),
                       "allocated": QT_TRANSLATE_NOOP("Names", "Booked"),
                       "not_allocated": QT_TRANSLATE_NOOP("Names", "Not allocated"),
                       "cancelled": QT_TRANSLATE_NOOP("Names", "Cancelled"),
                       "completed": QT_TRANSLATE_NOOP("Names", "Taken")},
    "booking_channel": {"window": QT_TRANSLATE_NOOP("Names", "Window"), "phone": QT_TRANSLATE_NOOP("Names", "Phone"),
                        "internet": QT_TRANSLATE_NOOP("Names", "Internet")},
    "label_status": {"issued": QT_TRANSLATE_NOOP("Names", "Issued"),
                     "awaiting_post": QT_TRANSLATE_NOOP("Names", "Awaiting post"),
                     "posted": QT_TRANSLATE_NOOP("Names", "Posted")},
    "label_channel": {"counter": QT_TRANSLATE_NOOP("Names", "Collected at a service point"),
                      "post": QT_TRANSLATE_NOOP("Names", "Applied online, by post")},
    "violation_status": {"unhandled": QT_TRANSLATE_NOOP("Names", "Not handled"),
                         "handled": QT_TRANSLATE_NOOP("Names", "Handled, fine unpaid"),
                         "paid": QT_TRANSLATE_NOOP("Names", "Paid"),
                         "referred": QT_TRANSLATE_NOOP("Names", "Sent to the brigade")},
    "payment_status": {"pending": QT_TRANSLATE_NOOP("Names", "Awaiting bank confirmation"),
                       "confirmed": QT_TRANSLATE_NOOP("Names", "Confirmed by the bank")},
    "id_document": {"resident_id": QT_TRANSLATE_NOOP("Names", "Resident ID card"),
                    "hk_macau_permit": QT_TRANSLATE_NOOP("Names", "Residence permit (Hong Kong / Macao residents)"),
                    "taiwan_permit": QT_TRANSLATE_NOOP("Names", "Residence permit (Taiwan residents)"),
                    "foreign_pr_card": QT_TRANSLATE_NOOP("Names", "Foreigner's permanent residence ID card"),
                    "uscc": QT_TRANSLATE_NOOP("Names", "Unified social credit code certificate")},
    "licence_class": {
                      "A1": QT_TRANSLATE_NOOP("Names", "Large bus"),
                      "A2": QT_TRANSLATE_NOOP("Names", "Heavy tractor-trailer"),
                      "A3": QT_TRANSLATE_NOOP("Names", "City bus"),
                      "B1": QT_TRANSLATE_NOOP("Names", "Medium bus"),
                      "B2": QT_TRANSLATE_NOOP("Names", "Large truck"),
                      "C1": QT_TRANSLATE_NOOP("Names", "Small car"),
                      "C2": QT_TRANSLATE_NOOP("Names", "Small automatic car"),
                      "C3": QT_TRANSLATE_NOOP("Names", "Low-speed truck"),
                      "C4": QT_TRANSLATE_NOOP("Names", "Three-wheeled car"),
                      "C5": QT_TRANSLATE_NOOP("Names", "Small automatic car for the disabled"),
                      "C6": QT_TRANSLATE_NOOP("Names", "Light tractor-trailer"),
                      "D": QT_TRANSLATE_NOOP("Names", "Three-wheeled motorcycle"),
                      "E": QT_TRANSLATE_NOOP("Names", "Two-wheeled motorcycle"),
                      "F": QT_TRANSLATE_NOOP("Names", "Light motorcycle"),
                      "M": QT_TRANSLATE_NOOP("Names", "Wheeled special machinery"),
                      "N": QT_TRANSLATE_NOOP("Names", "Trolleybus"),
                      "P": QT_TRANSLATE_NOOP("Names", "Tram")},
    "purpose": {"learner": QT_TRANSLATE_NOOP("Names", "Licence application"),
                "restore": QT_TRANSLATE_NOOP("Names", "Driving qualification restoration"),
                "full_score": QT_TRANSLATE_NOOP("Names", "Full-score study")},
    "consent_way": {"owner_present": QT_TRANSLATE_NOOP("Names", "Owner present"),
                    "signed_authorisation": QT_TRANSLATE_NOOP("Names", "Owner's signed authorisation")},
}


def service_name(table: str, key: str, names: Mapping[str, str]) -> str:
    """The name of `key` in the interface language; `names` is the service's Chinese table, shown
    as it is in the Chinese interface (and for a key without an English name)."""
    domain_name = names.get(key, str(key))
    source = _SERVICE_NAMES.get(table, {}).get(str(key))
    name = QCoreApplication.translate("Names", source) if source else SAME_AS_DOMAIN
    return domain_name if name == SAME_AS_DOMAIN else name
