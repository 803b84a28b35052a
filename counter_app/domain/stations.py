"""The ten face-sign points of the seed article, with their capabilities.

Capabilities follow DOMAIN.md: all ten do face-sign registration; the seven 车管所 confirm
plates; walk-in exam booking and after-deadline cancellation only at 南京市车管所 and 江北分所;
the phone desk is at 南京市车管所; the three 考点 are exam sites. This catalogue seeds the
central database (where supervisors may edit it) and lets the client's log-in dialog list the
stations before it has ever synced.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StationInfo:
    id: int
    code: str
    name: str
    address: str
    phone: str
    kind: str  # office | branch | exam_site | label_point
    can_face_sign: bool = True
    can_confirm_plates: bool = False
    can_book_exams: bool = False
    can_late_cancel: bool = False
    has_phone_desk: bool = False
    is_exam_site: bool = False
    can_issue_labels: bool = False  # 6年免检标志 service point (issue 15)


STATIONS: tuple[StationInfo, ...] = (
    StationInfo(1, "NJ-CGS", "南京市车管所", "玄武区东方城68号", "96889622", "office",
                can_confirm_plates=True, can_book_exams=True, can_late_cancel=True, has_phone_desk=True,
                can_issue_labels=True),
    StationInfo(2, "NJ-JB", "南京市车管所江北分所", "浦珠中路359号", "83141605", "office",
                can_confirm_plates=True, can_book_exams=True, can_late_cancel=True, can_issue_labels=True),
    StationInfo(3, "NJ-JN", "江宁车管所", "秦淮路18号", "52128128", "branch", can_confirm_plates=True,
                can_issue_labels=True),
    StationInfo(4, "NJ-LS", "溧水车管所", "永阳镇麟秀路168号", "57245717", "branch", can_confirm_plates=True,
                can_issue_labels=True),
    StationInfo(5, "NJ-LH", "六合车管所", "六合区雄州气象路6号", "57555255", "branch", can_confirm_plates=True,
                can_issue_labels=True),
    StationInfo(6, "NJ-JP", "江浦车管所", "浦口区江浦街道龙华路11号", "58140612", "branch",
                can_confirm_plates=True, can_issue_labels=True),
    StationInfo(7, "NJ-GC", "高淳车管所", "丹阳湖北路18号", "57347977", "branch", can_confirm_plates=True,
                can_issue_labels=True),
    StationInfo(8, "NJ-YX", "尧新考点", "栖霞区尧新大道90号", "18913833485", "exam_site", is_exam_site=True),
    StationInfo(9, "NJ-TB", "天保考点", "雨花台区天保桥路8号", "18913867961", "exam_site", is_exam_site=True),
    StationInfo(10, "NJ-TT", "汤铜考点", "江宁区淳化街道104国道天勤驾校院内", "18913859822", "exam_site",
                is_exam_site=True),
    # Service points of the 6-year label (seed: 137 of them — brigades, registration service
    # stations, second-hand car markets, some police stations, inspection stations); the demo
    # catalogue holds a few of each kind, addresses by district only. They do no counter work
    # other than labels.
    *(StationInfo(station_id, code, name, address, "", "label_point", can_face_sign=False, can_issue_labels=True)
      for station_id, code, name, address in (
          (11, "NJ-XW-DD", "玄武交警大队", "玄武区"),
          (12, "NJ-QH-DD", "秦淮交警大队", "秦淮区"),
          (13, "NJ-GL-DD", "鼓楼交警大队", "鼓楼区"),
          (14, "NJ-YHT-FWZ", "雨花台机动车登记服务站", "雨花台区"),
          (15, "NJ-QX-FWZ", "栖霞机动车登记服务站", "栖霞区"),
          (16, "NJ-ESC", "南京二手车交易市场", "秦淮区"),
      )),
)

CAPABILITY_FIELDS = (
    "can_face_sign",
    "can_confirm_plates",
    "can_book_exams",
    "can_late_cancel",
    "has_phone_desk",
    "is_exam_site",
    "can_issue_labels",
)


def station_by_id(station_id: int) -> StationInfo | None:
    return next((s for s in STATIONS if s.id == station_id), None)
