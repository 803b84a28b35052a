"""The plate confirmation notice: the plate large, the delivery way, when and where, the fee."""
from datetime import date, datetime

import pytest

from counter_app.domain.timefmt import SHANGHAI
from counter_app.services.plates import Reservation, notice_pdf
from tests.test_printing import text_pages

CONFIRMED = dict(
    id=1, plate="苏A0B01C", status="confirmed", notice_code="NJ261125885617", deadline=date(2026, 11, 30),
    chosen_at=datetime(2026, 11, 25, 8, 0, tzinfo=SHANGHAI), owner_name="赵磊",
    id_number_masked="3201**********0358", vin="LSVAU2185TS200001", blacklisted=False, blacklisted_until=None,
    confirmed_at=datetime(2026, 11, 25, 9, 12, tzinfo=SHANGHAI), confirmed_station="南京市车管所",
    fee_yuan=0, ready_date=date(2026, 11, 28),
)
PRINTED = datetime(2026, 11, 25, 9, 13, tzinfo=SHANGHAI)


def _text(tmp_path, **changes) -> str:  # noqa: ANN001, ANN003
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice_pdf(Reservation(**{**CONFIRMED, **changes}), clerk="王警官（clerk01）",
                                station="南京市车管所", printed_at=PRINTED))
    pages = text_pages(path)
    assert len(pages) == 1
    return pages[0]


def test_postman_installation_notice_shows_address_date_and_fee(tmp_path):
    text = _text(tmp_path, delivery_way="post_postman_install", postal_address="南京市栖霞区仙林大道163号",
                 fee_yuan=30)
    for expected in ("机动车号牌确认通知单", "苏A0B01C", "NJ261125885617", "■ 邮寄到家（邮递员上门安装）",
                     "□ 到制牌点领取", "南京市栖霞区仙林大道163号", "2026年11月28日起", "30元", "赵磊",
                     "经办：王警官（clerk01）", "2026-11-25 09:13"):
        assert expected in text, expected


def test_collection_notice_shows_the_point_and_free(tmp_path):
    text = _text(tmp_path, delivery_way="collect", delivery_place="江宁车管所（秦淮路18号）")
    assert "■ 到制牌点领取" in text and "江宁车管所（秦淮路18号）" in text and "免费" in text


def test_only_a_confirmed_reservation_has_a_notice():
    with pytest.raises(ValueError):
        notice_pdf(Reservation(**{**CONFIRMED, "status": "reserved"}), clerk="x", station="y", printed_at=PRINTED)
