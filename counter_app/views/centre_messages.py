"""The one translation point for a refusal's text (the centre's, or this PC's own services').

A refusal carries a stable `code` and a Chinese `message` (the centre's exact words, with the
names, numbers and times of the case). The Chinese interface shows that message unchanged: the
Chinese "translation" of every entry here is the marker `SAME_AS_DOMAIN`. The English interface
shows the entry's English text; English is generic where the Chinese names the case's details.
A code without an entry (a newer centre) falls back to the centre's own message.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counter_app.views.names import SAME_AS_DOMAIN, field_kind_message, service_name, subject_name

# code → the English source text; looked up through Qt's translation (context "CentreMessages").
_ENGLISH: dict[str, str] = {
    # --- the link, the session, the device ----------------------------------------------
    "offline": QT_TRANSLATE_NOOP("CentreMessages", "Cannot reach the central service; check the network."),
    "timeout": QT_TRANSLATE_NOOP("CentreMessages", "The central service did not answer in time; try again."),
    "service_busy": QT_TRANSLATE_NOOP("CentreMessages", "The central service is busy; nothing was done. Try again in a moment."),
    "http_error": QT_TRANSLATE_NOOP("CentreMessages", "The central service answered with an error."),
    "internal_error": QT_TRANSLATE_NOOP("CentreMessages", "The central service failed; try again later or call the IT section."),
    "not_found": QT_TRANSLATE_NOOP("CentreMessages", "The central service does not know this request."),
    "method_not_allowed": QT_TRANSLATE_NOOP("CentreMessages", "The central service does not accept this request."),
    "validation_error": QT_TRANSLATE_NOOP("CentreMessages", "The request carried wrong or missing values; nothing was done."),
    "value_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "A number or date in the request is out of range; nothing was done."),
    "body_too_large": QT_TRANSLATE_NOOP("CentreMessages", "What was sent is too large; nothing was done."),
    "nul_character": QT_TRANSLATE_NOOP("CentreMessages", "The request contains a NUL character; nothing was done."),
    "idempotency_in_progress": QT_TRANSLATE_NOOP("CentreMessages", "The same transaction is being processed; wait for its result and do not send it again."),
    "idempotency_key_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The request number (Idempotency-Key) must be 1 to 128 characters."),
    "idempotency_key_reused": QT_TRANSLATE_NOOP("CentreMessages", "This request number was already used for a different operation; nothing was done twice."),
    "tls_failed": QT_TRANSLATE_NOOP("CentreMessages", "The central service's certificate failed verification; the connection was refused. Ask the IT section to check the address and certificate."),
    "ca_bundle_missing": QT_TRANSLATE_NOOP("CentreMessages", "The central service's certificate file (CA bundle) is missing; call the IT section."),
    "local_store_lost": QT_TRANSLATE_NOOP("CentreMessages", "This PC's data file was deleted or damaged; the transaction was not saved. Submit it again; if it keeps happening, call the IT section."),
    "unauthorized": QT_TRANSLATE_NOOP("CentreMessages", "Not signed in or the sign-in has expired; sign in again."),
    "not_authenticated": QT_TRANSLATE_NOOP("CentreMessages", "Not signed in; sign in first."),
    "invalid_token": QT_TRANSLATE_NOOP("CentreMessages", "The sign-in has expired; sign in again."),
    "session_replaced": QT_TRANSLATE_NOOP("CentreMessages", "This account signed in on another PC; this PC has been signed out. Sign in again."),
    "invalid_credentials": QT_TRANSLATE_NOOP("CentreMessages", "Wrong username or password."),
    "account_locked": QT_TRANSLATE_NOOP("CentreMessages", "This account is locked after repeated wrong passwords; try again later."),
    "login_rate_limited": QT_TRANSLATE_NOOP("CentreMessages", "Too many failed sign-ins from this PC; try again later."),
    "challenge_rate_limited": QT_TRANSLATE_NOOP("CentreMessages", "Too many sign-in requests; try again later."),
    "station_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "This account belongs to another station and cannot sign in here."),
    "station_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such station."),
    "password_change_required": QT_TRANSLATE_NOOP("CentreMessages", "After the first sign-in or a password reset, change the password first."),
    "password_expired": QT_TRANSLATE_NOOP("CentreMessages", "The password has not been changed for too long; change it first."),
    "password_reused": QT_TRANSLATE_NOOP("CentreMessages", "The new password must differ from the recently used ones."),
    "password_unchanged": QT_TRANSLATE_NOOP("CentreMessages", "The new password must differ from the current one."),
    "password_weak": QT_TRANSLATE_NOOP("CentreMessages", "The new password does not meet the rules: long enough, three of upper case, lower case, digits and symbols, not the user name, not common or easy to guess."),
    "device_required": QT_TRANSLATE_NOOP("CentreMessages", "This PC is not enrolled and cannot sign in; ask the system administrator to enrol it."),
    "device_not_enrolled": QT_TRANSLATE_NOOP("CentreMessages", "This PC is not enrolled or was withdrawn; ask the system administrator."),
    # {code}: the one-time enrolment code the clerk reads to the system administrator.
    "device_pending": QT_TRANSLATE_NOOP("CentreMessages", "This PC is not enrolled yet. Ask the system administrator to approve the enrolment code {code}, then sign in again."),
    "device_code_format": QT_TRANSLATE_NOOP("CentreMessages", "An enrolment code has 8 digits: check the code shown in that PC's sign-in window."),
    "device_proof_invalid": QT_TRANSLATE_NOOP("CentreMessages", "This PC's identity check failed; sign in again."),
    "device_station_unknown": QT_TRANSLATE_NOOP("CentreMessages", "Choose this PC's station first."),
    "device_known": QT_TRANSLATE_NOOP("CentreMessages", "This PC is already enrolled; to enrol it again, ask the system administrator."),
    "device_key_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The device's public key is malformed."),
    "device_code_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The enrolment code is wrong or expired; request a new one on that PC."),
    "device_code_clash": QT_TRANSLATE_NOOP("CentreMessages", "Enrolment code clash; try again."),
    "enrolment_rate_limited": QT_TRANSLATE_NOOP("CentreMessages", "Too many enrolment requests from this PC; try again later."),
    "update_not_published": QT_TRANSLATE_NOOP("CentreMessages", "The centre has not published the counter program for this platform."),
    "role_forbidden": QT_TRANSLATE_NOOP("CentreMessages", "This account's role may not do this."),
    "self_lockout": QT_TRANSLATE_NOOP("CentreMessages", "You cannot disable your own account or change your own role."),
    "username_taken": QT_TRANSLATE_NOOP("CentreMessages", "This username already exists."),
    # --- the security policy (issue 11 item 17) ------------------------------------------
    "max_failed_logins_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "Wrong passwords in a row before a lock-out must be {low} to {high}; nothing was saved."),
    "lockout_minutes_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "The lock-out must last {low} to {high} minutes; nothing was saved."),
    "max_failed_logins_per_address_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "Failed sign-ins allowed per PC address must be {low} to {high}; nothing was saved."),
    "password_max_age_days_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "The password age must be {low} to {high} days; nothing was saved."),
    "password_history_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "Recent passwords that may not be reused must be {low} to {high}; nothing was saved."),
    "token_ttl_minutes_out_of_range": QT_TRANSLATE_NOOP("CentreMessages", "A sign-in must last {low} to {high} minutes; nothing was saved."),
    "takeover_target_unknown": QT_TRANSLATE_NOOP("CentreMessages", "The account to send these transactions after the takeover does not exist or is disabled."),
    # --- the card reader (this PC) ------------------------------------------------------
    "card_expired": QT_TRANSLATE_NOOP("CentreMessages", "The document has expired and cannot prove identity."),
    "card_type_unsupported": QT_TRANSLATE_NOOP("CentreMessages", "This document type cannot be read at the counter; enter it by hand."),
    "card_unreadable": QT_TRANSLATE_NOOP("CentreMessages", "The card could not be read completely; place it on the reader again."),
    "reader_library_missing": QT_TRANSLATE_NOOP("CentreMessages", "The card reader's driver library is missing; ask the IT section to install it."),
    "reader_not_connected": QT_TRANSLATE_NOOP("CentreMessages", "The card reader is not connected; check the cable."),
    # --- registration and binding -------------------------------------------------------
    "user_exists": QT_TRANSLATE_NOOP("CentreMessages", "This ID number is already registered."),
    "already_face_signed": QT_TRANSLATE_NOOP("CentreMessages", "This user has already completed face-sign registration at a counter."),
    "unit_counter_only": QT_TRANSLATE_NOOP("CentreMessages", "A unit user can register only at a face-sign counter."),
    "station_capability": QT_TRANSLATE_NOOP("CentreMessages", "This station does not do face-sign registration."),
    "binding_limit_reached": QT_TRANSLATE_NOOP("CentreMessages", "The account already has as many bound vehicles as it may."),
    "binding_not_found": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle is not bound to this account."),
    "vehicle_already_bound": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle is already bound to this account."),
    "vehicle_users_full": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle is already bound to the most internet accounts allowed."),
    "vehicle_is_own": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle is registered to the applicant; tick it under the applicant's own vehicles."),
    "vehicle_not_owned": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle's registered owner is not the applicant; bind it as another person's vehicle (the owner's consent is needed)."),
    "vehicle_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such vehicle in the vehicle register."),
    "vehicle_search_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Search by one of plate number or VIN."),
    "vin_duplicate": QT_TRANSLATE_NOOP("CentreMessages", "The same VIN was entered twice."),
    "mobile_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The mobile number differs from the one on record."),
    "mobile_unchanged": QT_TRANSLATE_NOOP("CentreMessages", "The new mobile number is the same as the current one."),
    "contact_change_window_only": QT_TRANSLATE_NOOP("CentreMessages", "A change of contact must be made in person at a window with the ID document."),
    "id_not_checked": QT_TRANSLATE_NOOP("CentreMessages", "Check the applicant's ID document in person first."),
    "records_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No vehicle or driving licence is registered to this person."),
    "record_not_owned": QT_TRANSLATE_NOOP("CentreMessages", "Some chosen records are not registered to this person."),
    "registration_no_format": QT_TRANSLATE_NOOP("CentreMessages", "Wrong registration number format: R followed by 14 digits, e.g. R20261125000123."),
    "learner_has_licence": QT_TRANSLATE_NOOP("CentreMessages", "The applicant already holds a driving licence and cannot register as a learner; register as a driver to add a class."),
    "new_car_owner_has_records": QT_TRANSLATE_NOOP("CentreMessages", "The applicant already has vehicles or a licence on record and cannot register as a new car owner; choose vehicle owner or driver."),
    "search_criteria_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Search by one of notice code, plate number, ID number or VIN."),
    "consent_missing": QT_TRANSLATE_NOOP("CentreMessages", "The owner's consent is missing."),
    "consent_reference_missing": QT_TRANSLATE_NOOP("CentreMessages", "The owner's consent reference is missing."),
    "name_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The name is not valid."),
    "name_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The name does not match the records."),
    "owner_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The owner does not match the vehicle register."),
    "no_vehicle_on_record": QT_TRANSLATE_NOOP("CentreMessages", "No vehicle is registered to this person."),
    "invoice_code_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The invoice code is not valid."),
    "invoice_number_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The invoice number is not valid."),
    "invoice_photo_missing": QT_TRANSLATE_NOOP("CentreMessages", "The invoice photo is missing."),
    "invoice_photo_not_image": QT_TRANSLATE_NOOP("CentreMessages", "The invoice photo must be a JPEG or PNG image."),
    "invoice_photo_too_large": QT_TRANSLATE_NOOP("CentreMessages", "The invoice photo is too large; compress it and upload it again."),
    "vehicle_type_not_eligible": QT_TRANSLATE_NOOP("CentreMessages", "Internet plate selection is for small cars only; other vehicles are handled at a vehicle office window."),
    "vehicle_use_not_eligible": QT_TRANSLATE_NOOP("CentreMessages", "Internet plate selection is for non-commercial vehicles only; others are handled at a vehicle office window."),
    "vehicle_not_new": QT_TRANSLATE_NOOP("CentreMessages", "Internet plate selection is for new vehicles only; used vehicles are handled at a vehicle office window."),
    # --- plates ------------------------------------------------------------------------
    "reservation_already_confirmed": QT_TRANSLATE_NOOP("CentreMessages", "This plate has already been confirmed; do not confirm it again."),
    "reservation_expired": QT_TRANSLATE_NOOP("CentreMessages", "The deadline to confirm this plate has passed; the plate has lapsed and cannot be confirmed."),
    "notice_code_exhausted": QT_TRANSLATE_NOOP("CentreMessages", "Today's notice codes are used up; call the IT section."),
    "notice_code_format": QT_TRANSLATE_NOOP("CentreMessages", "Wrong notice code format: NJ followed by 12 digits."),
    "station_cannot_confirm_plates": QT_TRANSLATE_NOOP("CentreMessages", "This station does not confirm plates; go to a registration window of the vehicle office."),
    "delivery_station_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The pick-up or fitting place must be a vehicle office that handles plates."),
    "postal_address_required": QT_TRANSLATE_NOOP("CentreMessages", "Plates sent by post need a delivery address."),
    "postal_address_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Enter the full postal address."),
    "recipient_name_required": QT_TRANSLATE_NOOP("CentreMessages", "Enter the recipient's name."),
    "plate_state_conflict": QT_TRANSLATE_NOOP("CentreMessages", "The plate's state has changed; refresh and try again."),
    "plate_format_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Not a valid plate number."),
    "plate_in_current_draw": QT_TRANSLATE_NOOP("CentreMessages", "This plate is among your current random plates; choose it directly."),
    "plate_not_in_pool": QT_TRANSLATE_NOOP("CentreMessages", "This plate is not in a segment open for selection; try another number (no attempt is counted)."),
    "plate_not_offered": QT_TRANSLATE_NOOP("CentreMessages", "This plate is no longer held for you."),
    "plate_random_only": QT_TRANSLATE_NOOP("CentreMessages", "This plate is in a newly released segment that is for random selection only for now (no attempt is counted)."),
    "pool_empty": QT_TRANSLATE_NOOP("CentreMessages", "No plates are available in the pool; try again later."),
    "hold_expired": QT_TRANSLATE_NOOP("CentreMessages", "The hold on this plate has expired; the plate was released."),
    "custom_attempts_exhausted": QT_TRANSLATE_NOOP("CentreMessages", "All self-chosen attempts are used; use random selection."),
    "custom_closed": QT_TRANSLATE_NOOP("CentreMessages", "Self-chosen selection has ended (the held plate was not confirmed in time or was given up); use random selection."),
    "custom_hold_pending": QT_TRANSLATE_NOOP("CentreMessages", "Confirm or give up the held plate before choosing another."),
    "draws_exhausted": QT_TRANSLATE_NOOP("CentreMessages", "All random draws are used."),
    "selection_open_exists": QT_TRANSLATE_NOOP("CentreMessages", "A plate selection is already in progress; finish it or wait for it to end."),
    "selection_rate_limited": QT_TRANSLATE_NOOP("CentreMessages", "Too many plate selections started recently; try again later."),
    "selection_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such plate selection."),
    "selection_chosen": QT_TRANSLATE_NOOP("CentreMessages", "A plate was already chosen in this selection; it cannot go on."),
    "selection_exhausted": QT_TRANSLATE_NOOP("CentreMessages", "This selection has used all its self-chosen and random attempts."),
    "selection_lapsed": QT_TRANSLATE_NOOP("CentreMessages", "This selection ended after a long time without activity; start a new one."),
    "vin_has_plate": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle already has a chosen plate; it cannot select again."),
    "blacklisted": QT_TRANSLATE_NOOP("CentreMessages", "Barred from internet plate selection for not confirming a plate in time."),
    "blacklist_already_lifted": QT_TRANSLATE_NOOP("CentreMessages", "This blacklist entry was already lifted."),
    "reason_required": QT_TRANSLATE_NOOP("CentreMessages", "Enter the reason for lifting the blacklist entry."),
    "reason_too_long": QT_TRANSLATE_NOOP("CentreMessages", "The reason may not exceed 128 characters."),
    "segment_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Not a valid plate segment."),
    "segment_required": QT_TRANSLATE_NOOP("CentreMessages", "Enter the plate segment, e.g. 苏A:1LDDL."),
    # --- exams ---------------------------------------------------------------------------
    "not_eligible": QT_TRANSLATE_NOOP("CentreMessages", "The candidate may not book this subject now."),
    "not_eligible_for_session": QT_TRANSLATE_NOOP("CentreMessages", "The candidate may not book this session."),
    "open_booking_exists": QT_TRANSLATE_NOOP("CentreMessages", "The candidate already has a booking of this subject not yet taken."),
    "booking_closed": QT_TRANSLATE_NOOP("CentreMessages", "Booking for this session has closed."),
    "booking_not_open": QT_TRANSLATE_NOOP("CentreMessages", "This booking cannot be cancelled (already cancelled, taken or not allocated)."),
    "booking_still_open": QT_TRANSLATE_NOOP("CentreMessages", "Booking is still open; sessions are allocated after the deadline."),
    "booking_not_allocated": QT_TRANSLATE_NOOP("CentreMessages", "Results can be entered only for an allocated booking without a result."),
    "exam_over": QT_TRANSLATE_NOOP("CentreMessages", "The exam is over; the booking cannot be cancelled."),
    "cancel_on_exam_day": QT_TRANSLATE_NOOP("CentreMessages", "A booking cannot be cancelled on the exam day."),
    "cancel_too_late": QT_TRANSLATE_NOOP("CentreMessages", "Booking has closed and the last working day to cancel has passed; the booking can no longer be cancelled."),
    "late_cancel_in_person": QT_TRANSLATE_NOOP("CentreMessages", "Booking has closed: only the candidate in person, with a valid ID document, can cancel at an internet service window of the vehicle office."),
    "station_cannot_late_cancel": QT_TRANSLATE_NOOP("CentreMessages", "This station cannot cancel after booking has closed; go to a window of the Nanjing vehicle office or its Jiangbei branch."),
    "phone_desk_closed": QT_TRANSLATE_NOOP("CentreMessages", "Phone booking is open on working days within service hours only; it is closed now."),
    "channel_not_allowed": QT_TRANSLATE_NOOP("CentreMessages", "This subject cannot be booked this way; the candidate books in person at a window of the Nanjing vehicle office or its Jiangbei branch."),
    "exam_not_yet": QT_TRANSLATE_NOOP("CentreMessages", "The exam has not taken place yet; no result can be entered."),
    "exam_plan_exists": QT_TRANSLATE_NOOP("CentreMessages", "A session with this site, date, sitting, subject and vehicle class is already published."),
    "exam_plan_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such exam session."),
    "plan_deadline_passed": QT_TRANSLATE_NOOP("CentreMessages", "The exam date is too near: booking would already be closed when published."),
    "station_cannot_book_exams": QT_TRANSLATE_NOOP("CentreMessages", "This station does not take exam bookings; book at a window of the Nanjing vehicle office or its Jiangbei branch."),
    "station_has_no_phone_desk": QT_TRANSLATE_NOOP("CentreMessages", "This station has no phone booking desk."),
    "caller_mobile_required": QT_TRANSLATE_NOOP("CentreMessages", "A phone booking checks the caller's registered mobile number; enter it."),
    "caller_mobile_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The caller's mobile number differs from the registered one; the booking cannot be made."),
    "candidate_exists": QT_TRANSLATE_NOOP("CentreMessages", "This ID number already has a licence application."),
    "candidate_has_bookings": QT_TRANSLATE_NOOP("CentreMessages", "The candidate already has exam bookings; the application can no longer be changed. Ask a supervisor."),
    "accepted_in_future": QT_TRANSLATE_NOOP("CentreMessages", "The acceptance time cannot be later than now."),
    "permit_before_acceptance": QT_TRANSLATE_NOOP("CentreMessages", "The learner's permit cannot be issued before the application was accepted."),
    "permit_in_future": QT_TRANSLATE_NOOP("CentreMessages", "The learner's permit date cannot be later than today."),
    "history_in_future": QT_TRANSLATE_NOOP("CentreMessages", "Times in the candidate's records are later than now; check them."),
    "subject_repeated": QT_TRANSLATE_NOOP("CentreMessages", "Each subject may be entered only once."),
    "not_exam_site": QT_TRANSLATE_NOOP("CentreMessages", "A session's roster (with whole ID numbers) is downloaded only at its exam site."),
    "site_not_exam_site": QT_TRANSLATE_NOOP("CentreMessages", "The exam place must be an exam site."),
    "site_roster_closed": QT_TRANSLATE_NOOP("CentreMessages", "Rosters can be downloaded only the day before and on the exam day."),
    "roster_not_ready": QT_TRANSLATE_NOOP("CentreMessages", "This session is not allocated yet; there is no roster."),
    "fee_amount_wrong": QT_TRANSLATE_NOOP("CentreMessages", "The amount received differs from the retest fee."),
    "no_fee_owed": QT_TRANSLATE_NOOP("CentreMessages", "No retest fee is owed for this subject."),
    "terminal_receipt_required": QT_TRANSLATE_NOOP("CentreMessages", "A non-cash payment needs the payment terminal's receipt number."),
    "calendar_empty": QT_TRANSLATE_NOOP("CentreMessages", "The holiday calendar is empty; ask a supervisor to maintain it."),
    "calendar_range_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The date range is not valid (the end may not be before the start, and the span is limited)."),
    "calendar_unknown_year": QT_TRANSLATE_NOOP("CentreMessages", "The holiday calendar has no entries for that year."),
    "calendar_year_gap": QT_TRANSLATE_NOOP("CentreMessages", "Enter a year next to the years already known first."),
    "name_required": QT_TRANSLATE_NOOP("CentreMessages", "Enter the holiday's name (e.g. New Year's Day, Spring Festival working day)."),
    # --- the article's other services -------------------------------------------------------
    "label_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such inspection label application."),
    "label_not_awaiting_post": QT_TRANSLATE_NOOP("CentreMessages", "This label is not waiting to be posted (already posted or collected)."),
    "label_serial_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The label's printed serial number has the wrong length or characters."),
    "label_serial_used": QT_TRANSLATE_NOOP("CentreMessages", "A label with this serial number was already issued; use another label."),
    "label_year_invalid": QT_TRANSLATE_NOOP("CentreMessages", "Only this year's inspection label can be applied for."),
    "label_unpaid_fines": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle has unpaid fines; no inspection label can be issued."),
    "label_already_issued": QT_TRANSLATE_NOOP("CentreMessages", "This year's label has already been issued for this vehicle."),
    "label_vehicle_type": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle type is not exempt from inspection."),
    "label_vehicle_use": QT_TRANSLATE_NOOP("CentreMessages", "This vehicle use is not exempt from inspection."),
    "label_not_registered": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle is not registered."),
    "label_no_insurance": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle has no valid compulsory insurance."),
    "label_insurance_expired": QT_TRANSLATE_NOOP("CentreMessages", "The compulsory insurance has expired; renew it before applying."),
    "label_unhandled_violations": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle has unhandled traffic violations; handle them first."),
    "label_unhandled_accidents": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle has traffic accidents not closed; close them first."),
    "label_exempt_period_over": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle is past its inspection-exempt years and must be inspected."),
    "label_year_before_registration": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle was registered after that label year; no label for that year."),
    "station_cannot_issue_labels": QT_TRANSLATE_NOOP("CentreMessages", "This station is not an inspection label service point and cannot issue labels."),
    "tracking_number_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The tracking number must be 10 to 20 letters or digits."),
    "licence_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No driving licence with this ID number."),
    "review_already_done": QT_TRANSLATE_NOOP("CentreMessages", "The review for this scoring period was already done."),
    "study_incomplete": QT_TRANSLATE_NOOP("CentreMessages", "The review cannot be done: the study is incomplete."),
    "report_duplicate": QT_TRANSLATE_NOOP("CentreMessages", "This study platform record was already reported."),
    "report_in_future": QT_TRANSLATE_NOOP("CentreMessages", "The study end time is later than now."),
    "attempt_answers_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The answer times are not valid."),
    "attempt_score_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The test score must be between 0 and 100."),
    "attempt_times_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The test end time must be later than its start."),
    "sitting_minutes_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The minutes counted may not exceed the length of the study sitting."),
    "sitting_times_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The study end time must be later than its start."),
    "driver_name_required": QT_TRANSLATE_NOOP("CentreMessages", "Enter the driver's name."),
    "violation_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such violation record."),
    "violation_already_handled": QT_TRANSLATE_NOOP("CentreMessages", "This violation has already been handled."),
    "violation_needs_brigade": QT_TRANSLATE_NOOP("CentreMessages", "This violation must be handled by the traffic police brigade."),
    "violation_not_unhandled": QT_TRANSLATE_NOOP("CentreMessages", "This violation is not unhandled and cannot be passed to the brigade."),
    "violation_self_service": QT_TRANSLATE_NOOP("CentreMessages", "This violation can be handled and paid directly at a window or online; no need to pass it to the brigade."),
    "payment_amount_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The payment must be an amount above 0 (yuan, at most two decimals)."),
    "payment_amount_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The payment differs from the fine."),
    "payment_bank_unknown": QT_TRANSLATE_NOOP("CentreMessages", "Choose a bank that takes the payment."),
    "payment_duplicate": QT_TRANSLATE_NOOP("CentreMessages", "This fine is already paid or awaiting the bank's confirmation; it cannot be paid twice."),
    "payment_not_found": QT_TRANSLATE_NOOP("CentreMessages", "No such payment record."),
    "payment_not_handled": QT_TRANSLATE_NOOP("CentreMessages", "Handle the violation (issue the penalty decision) before paying the fine."),
    "payment_reference_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The bank transaction number must be 6 to 40 letters, digits or '-'."),
    "payment_reference_mismatch": QT_TRANSLATE_NOOP("CentreMessages", "The bank's transaction number differs from the payment record."),
    "payment_reference_used": QT_TRANSLATE_NOOP("CentreMessages", "This bank transaction number was used for another payment; check it."),
    # --- reasons (not refusals): why a subject cannot be booked, why a fine goes to the brigade.
    # The facts: {subject} and {purpose} in the interface language, dates as YYYY-MM-DD.
    "eligibility_not_applicable": QT_TRANSLATE_NOOP("CentreMessages", "{purpose} candidates do not book {subject}"),
    "eligibility_results_voided": QT_TRANSLATE_NOOP("CentreMessages", "Failed the 5th booked attempt at subject 2 or 3: the subjects passed are void; apply again"),
    "eligibility_passed": QT_TRANSLATE_NOOP("CentreMessages", "{subject}: already passed"),
    "eligibility_k1_first": QT_TRANSLATE_NOOP("CentreMessages", "Pass subject 1 before booking {subject}"),
    "eligibility_k2_k3_first": QT_TRANSLATE_NOOP("CentreMessages", "{subject} needs subjects 2 and 3 passed (or subject 3 booked for the same day)"),
    "eligibility_no_permit": QT_TRANSLATE_NOOP("CentreMessages", "No learner's permit yet: {subject} cannot be booked"),
    "eligibility_permit_expired": QT_TRANSLATE_NOOP("CentreMessages", "The learner's permit expired on {date}"),
    "eligibility_permit_wait": QT_TRANSLATE_NOOP("CentreMessages", "{subject} can be booked {days} days after the learner's permit was issued (from {earliest})"),
    "eligibility_retest_wait": QT_TRANSLATE_NOOP("CentreMessages", "{subject} was failed last time: it can be booked again after {days} days (from {earliest})"),
    "eligibility_fee_owed": QT_TRANSLATE_NOOP("CentreMessages", "{subject} was failed or missed last time: pay the retest fee first"),
    "eligibility_booking_cap": QT_TRANSLATE_NOOP("CentreMessages", "{subject} has been booked {cap} times while the learner's permit is valid: no more bookings"),
    "eligibility_open_booking": QT_TRANSLATE_NOOP("CentreMessages", "{subject} is already booked and not yet taken (exam on {date})"),
    "study_sitting_photo": QT_TRANSLATE_NOOP("CentreMessages", "The photo taken did not match the driver's: this sitting does not count"),
    "study_sitting_short": QT_TRANSLATE_NOOP("CentreMessages", "{minutes} minutes, less than {least}: not counted"),
    "study_test_too_early": QT_TRANSLATE_NOOP("CentreMessages", "The test must follow {minutes} minutes of video study"),
    "study_test_unanswered": QT_TRANSLATE_NOOP("CentreMessages", "{answered} of {questions} questions answered"),
    "study_test_too_fast": QT_TRANSLATE_NOOP("CentreMessages", "{fast} answers took less than {seconds} seconds"),
    "study_test_photo": QT_TRANSLATE_NOOP("CentreMessages", "The photo taken during the test did not match the driver's"),
    "study_test_score": QT_TRANSLATE_NOOP("CentreMessages", "Scored {score}, below {pass_score}"),
    "study_full_score": QT_TRANSLATE_NOOP("CentreMessages", "{points} points in the scoring period: full-score study and exam first; no review"),
    "study_minutes_missing": QT_TRANSLATE_NOOP("CentreMessages", "{missing} more minutes of video study ({counted} counted of {required}, at least {least} per sitting)"),
    "study_no_test": QT_TRANSLATE_NOOP("CentreMessages", "The {questions}-question test not taken yet"),
    "study_last_test_invalid": QT_TRANSLATE_NOOP("CentreMessages", "The last test does not count (see Tests)"),
    "violation_not_simple": QT_TRANSLATE_NOOP("CentreMessages", "The simplified procedure does not apply"),
    "violation_points": QT_TRANSLATE_NOOP("CentreMessages", "{points} points (only violations without points can be handled here)"),
    "violation_fine_over": QT_TRANSLATE_NOOP("CentreMessages", "A fine of {fine} yuan, over {limit} yuan"),
    "violation_bus": QT_TRANSLATE_NOOP("CentreMessages", "The vehicle ({vehicle_type}) is a large or medium bus"),
    "violation_key_use": QT_TRANSLATE_NOOP("CentreMessages", "A key vehicle (use: {use_nature})"),
}


def centre_message(exc: BaseException) -> str:
    """The clerk's text for a refusal with `code` and `message` (ApiError, Refused, FieldError)."""
    details = getattr(exc, "details", None) or []
    facts = details[0] if details and isinstance(details[0], dict) else {}
    return refusal_text(getattr(exc, "code", ""), getattr(exc, "message", None) or str(exc), facts)


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def refusal_text(code: str | None, message: str, facts: dict | None = None) -> str:
    """The clerk's text for the refusal `code` whose Chinese words are `message` (e.g. a refused
    write kept in the outbox)."""
    if not code:
        return message
    source = _ENGLISH.get(code)
    english = QCoreApplication.translate("CentreMessages", source) if source else field_kind_message(code)
    if english is None or english == SAME_AS_DOMAIN:
        return message
    if facts and "{" in english:  # the facts the English needs (the Chinese names them in its own words)
        return english.format_map(_Facts({k: str(v) for k, v in facts.items()}))
    return english


def known_codes() -> frozenset[str]:
    """The codes with an entry of their own (the tests check every refusal code has one)."""
    return frozenset(_ENGLISH)


def reason_texts(reasons: list[str], codes: list[dict] | None) -> list[str]:
    """Each reason of a list the centre sent (`reasons` in its words, `reason_codes` beside them)
    in the interface language: Chinese shows the centre's words, English words each from its code
    and facts; a reason without a code (or an older centre without codes) keeps its words."""
    if not codes or len(codes) != len(reasons):
        return list(reasons)
    texts = []
    for words, coded in zip(reasons, codes):
        facts = dict(coded.get("facts") or {})
        if "subject" in facts:
            facts["subject"] = subject_name(str(facts["subject"]), str(facts["subject"]))
        if "purpose" in facts:
            facts["purpose"] = service_name("purpose", str(facts["purpose"]), {})
        texts.append(refusal_text(coded.get("code"), words, facts))
    return texts
