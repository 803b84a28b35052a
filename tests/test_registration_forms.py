"""The printed registration forms: every Chinese character present, only the embedded font."""
import subprocess
from datetime import datetime, timezone

from counter_app.services.printing import render_pdf
from counter_app.services.registration import registration_form

PRINTED_AT = datetime(2026, 11, 25, 1, 30, tzinfo=timezone.utc)  # 09:30 in Nanjing
PERSON = {
    "kind": "personal", "user_type": "driver", "name": "陈静", "id_number": "320111197902140282",
    "mobile": "18761602345", "face_signed": True, "binding_limit": 3, "binding_count": 1,
    "registration_no": "R20261125000007",
    "vehicles": [{"plate": "苏AD12345", "vin": "LSVAU2180N2183294", "vehicle_type": "小型普通客车", "brand": "上汽大众"}],
}
UNIT = {
    "kind": "unit", "user_type": None, "name": "南京宁通物流有限公司", "id_number": "91320100MA1N8K2X57",
    "mobile": "13770881234", "address": "南京市江宁区秣陵街道将军大道99号", "agent_name": "周强",
    "agent_id_number": "320114198306150517", "authorisation_ref": "宁通授〔2026〕18号",
    "face_signed": True, "binding_limit": 20, "binding_count": 0, "registration_no": "R20261125000008", "vehicles": [],
}


def _text(tmp_path, spec) -> str:  # noqa: ANN001
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(render_pdf(spec))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all("WenQuanYiZenHei" in row and row.split()[-5] == "yes" for row in fonts.strip().splitlines()[2:])
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_personal_form_new_registration(tmp_path):
    text = _text(tmp_path, registration_form(PERSON, change=False, clerk="王警官（clerk01）", station="南京市车管所",
                                             printed_at=PRINTED_AT))
    for expected in ("互联网个人用户注册/变更申请表", "■ 新注册", "□ 变更", "■ 驾驶人用户", "□ 车主用户", "陈静",
                     "320111197902140282", "18761602345", "苏AD12345", "LSVAU2180N2183294", "申请人签字", "经办民警签字",
                     "年", "月", "日", "R20261125000007", "NJ122-GR-01", "经办：王警官（clerk01）", "南京市车管所",
                     "2026-11-25 09:30"):
        assert expected in text, expected


def test_personal_form_change_lists_the_changes(tmp_path):
    text = _text(tmp_path, registration_form(PERSON, change=True, changes=["手机号码 187****2345 → 159****4567"],
                                             clerk="王警官（clerk01）", station="南京市车管所", printed_at=PRINTED_AT))
    assert "□ 新注册" in text and "■ 变更" in text
    assert "手机号码 187****2345 → 159****4567" in text


def test_unit_form(tmp_path):
    text = _text(tmp_path, registration_form(UNIT, change=False, clerk="王警官（clerk01）", station="南京市车管所",
                                             printed_at=PRINTED_AT))
    for expected in ("互联网单位用户注册/变更申请表", "南京宁通物流有限公司", "91320100MA1N8K2X57", "周强",
                     "宁通授〔2026〕18号", "单位盖章", "经办人签字", "NJ122-DW-01"):
        assert expected in text, expected
