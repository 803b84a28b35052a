"""Issue 10 on paper: the document type and others' vehicles with the consent on the registration
form; the contact-change receipt. Text read back with pdftotext."""
import subprocess
from datetime import datetime, timezone

from counter_app.services.contact import contact_receipt
from counter_app.services.printing import render_pdf
from counter_app.services.registration import registration_form

PRINTED_AT = datetime(2026, 11, 25, 1, 30, tzinfo=timezone.utc)  # 09:30 in Nanjing


def _text(tmp_path, spec) -> str:  # noqa: ANN001
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(render_pdf(spec))
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_registration_form_prints_the_document_and_the_owners_consent(tmp_path):
    user = {
        "kind": "personal", "user_type": "driver", "name": "陈家明", "id_type": "hk_macau_permit",
        "id_number": "810000199001011230", "mobile": "13900000000", "face_signed": True, "binding_limit": 3,
        "binding_count": 1, "registration_no": "R20261125000009",
        "vehicles": [
            {"plate": "苏A12345", "vin": "LSVAU2180N2183294", "vehicle_type": "小型普通客车", "brand": "上汽大众",
             "own": True},
            {"plate": "苏A67890", "vin": "LFV2A21K5G3012345", "vehicle_type": "小型普通客车", "brand": "一汽-大众",
             "own": False, "owner_name": "张伟", "consent_way": "signed_authorisation", "consent_ref": "SQ-2026-0001"},
        ],
    }
    text = _text(tmp_path, registration_form(user, change=False, clerk="王警官（clerk01）", station="南京市车管所",
                                             printed_at=PRINTED_AT))
    # The consent cell wraps in its column: the owner and the way, then the reference.
    for expected in ("港澳居民居住证", "本人", "张伟（所有人签字授权书", "SQ-2026-0001）", "他人名下机动车"):
        assert expected in text, expected


def test_contact_change_receipt(tmp_path):
    done = {"receipt_no": "BG20261125000042", "at": "2026-11-25T01:40:00+00:00", "name": "李娜",
            "id_number": "32010419900708024X", "id_type_name": "居民身份证",
            "records": [{"kind": "vehicle", "record_id": 7, "ref": "机动车 苏A5K3Q9", "old": "189****1111",
                         "new": "138****9876"}]}
    text = _text(tmp_path, contact_receipt(done, clerk="王警官（clerk01）", station="南京市车管所", printed_at=PRINTED_AT))
    for expected in ("机动车/驾驶证联系方式变更回执", "BG20261125000042", "32010419900708024X", "机动车 苏A5K3Q9",
                     "189****1111", "138****9876", "2026-11-25 09:40", "申请人签字", "NJ122-BG-01"):
        assert expected in text, expected


def test_booking_receipt_names_the_candidates_document(tmp_path):
    from counter_app.services.exams import Clerk, booking_receipt

    booking = {
        "id": 42, "candidate_name": "林志明", "id_number_masked": "8300**********0158", "id_type_name": "台湾居民居住证",
        "subject_name": "科目一", "channel": "window", "status": "requested",
        "requested_at": "2026-11-25T01:30:00+00:00", "ranking_time": "2026-09-01T01:00:00+00:00",
        "ranking_rule": 1, "ranking_rule_text": "首次预约科目一，按驾驶证申请受理时间排序",
        "plan": {"exam_date": "2026-12-07", "start_time": "07:45", "site_name": "尧新考点", "licence_class": "C1",
                 "booking_deadline": "2026-12-01T16:00:00+00:00"},
    }
    clerk = Clerk("王警官", "clerk01", "南京市车管所", PRINTED_AT)
    text = _text(tmp_path, booking_receipt(booking, clerk))
    assert "证件号码" in text and "8300**********0158" in text and "台湾居民居住证" in text
