"""Pure rules of the foundation: stations and their capabilities, masking, the clock."""
from datetime import datetime, timedelta, timezone

import pytest

from central_api.platform.clock import Clock
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.roles import Channel, Role, channel_for_role
from counter_app.domain.stations import STATIONS
from counter_app.domain.timefmt import format_local


def test_ten_face_sign_points_with_the_seed_capabilities():
    # The ten face-sign points keep ids 1-10; the label service points (issue 15) come after them.
    face_sign = [s for s in STATIONS if s.kind != "label_point"]
    assert [s.id for s in face_sign] == list(range(1, 11))
    assert all(s.can_face_sign for s in face_sign)
    by_name = {s.name: s for s in STATIONS}
    plate_offices = {s.name for s in STATIONS if s.can_confirm_plates}
    assert plate_offices == {"南京市车管所", "南京市车管所江北分所", "江宁车管所", "溧水车管所", "六合车管所",
                             "江浦车管所", "高淳车管所"}
    assert {s.name for s in STATIONS if s.can_book_exams} == {"南京市车管所", "南京市车管所江北分所"}
    assert {s.name for s in STATIONS if s.can_late_cancel} == {"南京市车管所", "南京市车管所江北分所"}
    assert {s.name for s in STATIONS if s.has_phone_desk} == {"南京市车管所"}
    assert {s.name for s in STATIONS if s.is_exam_site} == {"尧新考点", "天保考点", "汤铜考点"}
    assert by_name["汤铜考点"].phone == "18913859822"
    assert len({s.id for s in STATIONS}) == len({s.code for s in STATIONS}) == len(STATIONS)


def test_label_service_points_are_stations_with_the_capability():
    label_points = [s for s in STATIONS if s.kind == "label_point"]
    assert label_points and all(s.can_issue_labels and not s.can_face_sign for s in label_points)
    assert any("交警大队" in s.name for s in label_points)
    assert any("服务站" in s.name for s in label_points)
    assert any("二手车" in s.name for s in label_points)
    # The seven vehicle offices hand out labels too; the exam sites do not.
    assert {s.name for s in STATIONS if s.can_issue_labels and s.kind != "label_point"} == {
        "南京市车管所", "南京市车管所江北分所", "江宁车管所", "溧水车管所", "六合车管所", "江浦车管所", "高淳车管所"}


def test_masking_keeps_only_the_ends():
    assert mask_id_number("320102199001011234") == "3201**********1234"
    assert mask_mobile("13812345678") == "138****5678"
    assert mask_mobile("123") == "***"


def test_channels_follow_roles():
    assert channel_for_role(Role.PHONE_OPERATOR) is Channel.PHONE
    assert channel_for_role(Role.CLERK) is Channel.WINDOW
    assert channel_for_role(Role.SUPERVISOR) is Channel.WINDOW


def test_clock_runs_on_from_its_start_and_can_be_frozen():
    start = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)
    running = Clock(start)
    assert timedelta(0) <= running.now() - start < timedelta(seconds=5)
    frozen = Clock(start, frozen=True)
    frozen.advance(timedelta(minutes=15))
    assert frozen.now() == start + timedelta(minutes=15)
    with pytest.raises(ValueError):
        Clock(datetime(2026, 11, 25, 9, 0))


def test_times_show_in_nanjing():
    assert format_local(datetime(2026, 11, 25, 1, 15, tzinfo=timezone.utc)) == "2026-11-25 09:15"
