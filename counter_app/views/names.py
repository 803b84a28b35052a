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
    "audit_action": {
        "login": QT_TRANSLATE_NOOP("Names", "Sign-in"),
        "login_failed": QT_TRANSLATE_NOOP("Names", "Failed sign-in"),
        "logout": QT_TRANSLATE_NOOP("Names", "Sign-out"),
        "password_changed": QT_TRANSLATE_NOOP("Names", "Password changed"),
        "user_registered": QT_TRANSLATE_NOOP("Names", "Internet user registered"),
        "user_face_signed": QT_TRANSLATE_NOOP("Names", "Face-sign upgrade"),
        "user_changed": QT_TRANSLATE_NOOP("Names", "User details changed"),
        "vehicle_bound": QT_TRANSLATE_NOOP("Names", "Vehicle bound"),
        "vehicle_unbound": QT_TRANSLATE_NOOP("Names", "Vehicle unbound"),
        "plate_confirmed": QT_TRANSLATE_NOOP("Names", "Plate confirmed"),
        "exam_booked": QT_TRANSLATE_NOOP("Names", "Exam booked"),
        "exam_booking_cancelled": QT_TRANSLATE_NOOP("Names", "Exam booking cancelled"),
        "exam_result_recorded": QT_TRANSLATE_NOOP("Names", "Exam result recorded"),
        "retest_fee_paid": QT_TRANSLATE_NOOP("Names", "Retest fee paid"),
        "exam_plan_published": QT_TRANSLATE_NOOP("Names", "Exam session published"),
        "exam_plan_allocated": QT_TRANSLATE_NOOP("Names", "Exam seats allocated"),
        "candidate_created": QT_TRANSLATE_NOOP("Names", "Candidate imported"),
        "account_created": QT_TRANSLATE_NOOP("Names", "Account created"),
        "account_changed": QT_TRANSLATE_NOOP("Names", "Account changed"),
        "password_reset": QT_TRANSLATE_NOOP("Names", "Password reset"),
        "calendar_day_set": QT_TRANSLATE_NOOP("Names", "Calendar day set"),
        "calendar_day_removed": QT_TRANSLATE_NOOP("Names", "Calendar day removed"),
        "calendar_year_added": QT_TRANSLATE_NOOP("Names", "Calendar year added"),
        "plate_blacklist_lifted": QT_TRANSLATE_NOOP("Names", "Blacklist entry lifted"),
        "plate_expiry_run": QT_TRANSLATE_NOOP("Names", "Plate expiry run"),
        "exam_no_show_run": QT_TRANSLATE_NOOP("Names", "No-show run"),
        "exam_booking_no_show": QT_TRANSLATE_NOOP("Names", "No-show counted as failed"),
        "exam_booking_fell": QT_TRANSLATE_NOOP("Names", "Subject 4 cancelled with subject 3"),
        "contact_changed": QT_TRANSLATE_NOOP("Names", "Contact changed"),
        "access_refused": QT_TRANSLATE_NOOP("Names", "Access refused"),
        "login_locked": QT_TRANSLATE_NOOP("Names", "Sign-in locked"),
        "login_refused": QT_TRANSLATE_NOOP("Names", "Sign-in refused"),
        "account_unlocked": QT_TRANSLATE_NOOP("Names", "Lock-out lifted"),
        "device_enrolment_requested": QT_TRANSLATE_NOOP("Names", "PC enrolment requested"),
        "device_approved": QT_TRANSLATE_NOOP("Names", "PC enrolment approved"),
        "device_revoked": QT_TRANSLATE_NOOP("Names", "PC enrolment revoked"),
        "outbox_takeover": QT_TRANSLATE_NOOP("Names", "Queued writes taken over"),
        "personal_record_read": QT_TRANSLATE_NOOP("Names", "Personal data read whole"),
        "plate_segment_added": QT_TRANSLATE_NOOP("Names", "Plate segment added"),
        "plate_chosen": QT_TRANSLATE_NOOP("Names", "Plate chosen"),
        "plate_draw": QT_TRANSLATE_NOOP("Names", "Plate drawn"),
        "plate_custom_attempt": QT_TRANSLATE_NOOP("Names", "Custom plate tried"),
        "plate_selection_started": QT_TRANSLATE_NOOP("Names", "Plate selection started"),
        "site_roster_downloaded": QT_TRANSLATE_NOOP("Names", "Exam site roster downloaded"),
        "application_accepted": QT_TRANSLATE_NOOP("Names", "Licence application accepted"),
        "application_corrected": QT_TRANSLATE_NOOP("Names", "Application corrected"),
        "inspection_label_issue": QT_TRANSLATE_NOOP("Names", "Inspection-exempt label issued"),
        "inspection_label_post_apply": QT_TRANSLATE_NOOP("Names", "Label applied for online"),
        "inspection_label_dispatch": QT_TRANSLATE_NOOP("Names", "Label posted"),
        "violation_handle": QT_TRANSLATE_NOOP("Names", "Violation handled"),
        "violation_refer": QT_TRANSLATE_NOOP("Names", "Sent to the brigade"),
        "violation_pay": QT_TRANSLATE_NOOP("Names", "Fine paid"),
        "violation_payment_confirm": QT_TRANSLATE_NOOP("Names", "Payment confirmed by the bank"),
        "violation_payment_confirm_repeat": QT_TRANSLATE_NOOP("Names", "Repeated bank confirmation"),
        "study_sitting_report": QT_TRANSLATE_NOOP("Names", "Study sitting reported"),
        "study_test_report": QT_TRANSLATE_NOOP("Names", "Study test reported"),
        "licence_review": QT_TRANSLATE_NOOP("Names", "Licence review"),
    },
    "audit_entity": {
        "account": QT_TRANSLATE_NOOP("Names", "Account"),
        "internet_user": QT_TRANSLATE_NOOP("Names", "Internet user"),
        "plate_reservation": QT_TRANSLATE_NOOP("Names", "Plate reservation"),
        "plate_selection": QT_TRANSLATE_NOOP("Names", "Plate selection"),
        "plate_blacklist": QT_TRANSLATE_NOOP("Names", "Selection blacklist"),
        "exam_plan": QT_TRANSLATE_NOOP("Names", "Exam session"),
        "exam_booking": QT_TRANSLATE_NOOP("Names", "Exam booking"),
        "exam_candidate": QT_TRANSLATE_NOOP("Names", "Candidate"),
        "calendar_day": QT_TRANSLATE_NOOP("Names", "Calendar day"),
        "calendar_year": QT_TRANSLATE_NOOP("Names", "Calendar year"),
        "vehicle_record": QT_TRANSLATE_NOOP("Names", "Vehicle record"),
        "licence_record": QT_TRANSLATE_NOOP("Names", "Licence record"),
        "contact": QT_TRANSLATE_NOOP("Names", "Contact"),
        "device": QT_TRANSLATE_NOOP("Names", "PC"),
        "access": QT_TRANSLATE_NOOP("Names", "Access"),
        "inspection_label": QT_TRANSLATE_NOOP("Names", "Inspection-exempt label"),
        "traffic_violation": QT_TRANSLATE_NOOP("Names", "Traffic violation"),
        "violation_payment": QT_TRANSLATE_NOOP("Names", "Fine payment"),
        "study_sitting": QT_TRANSLATE_NOOP("Names", "Study sitting"),
        "study_test": QT_TRANSLATE_NOOP("Names", "Study test"),
    },
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
