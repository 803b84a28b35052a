"""Chinese names of the audited actions, as a clerk's end-of-day summary lists them."""
from __future__ import annotations

ACTION_NAMES = {
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "password_changed": "修改密码",
    "user_registered": "互联网用户注册",
    "user_face_signed": "面签升级",
    "user_changed": "用户信息变更",
    "vehicle_bound": "绑定机动车",
    "vehicle_unbound": "解绑机动车",
    "plate_confirmed": "号牌确认",
    "exam_booked": "考试预约",
    "exam_booking_cancelled": "取消考试预约",
    "exam_result_recorded": "考试成绩录入",
    "retest_fee_paid": "补考费缴纳",
    "exam_plan_published": "发布考试计划",
    "exam_plan_allocated": "考试排序分配",
    "candidate_created": "考生信息导入",
    "account_created": "新建账户",
    "account_changed": "账户变更",
    "password_reset": "重置密码",
    "calendar_day_set": "节假日维护",
    "calendar_day_removed": "节假日维护",
    "calendar_year_added": "节假日年份维护",
    "plate_blacklist_lifted": "解除黑名单",
    "plate_expiry_run": "号牌过期处理",
}


def action_name(action: str) -> str:
    return ACTION_NAMES.get(action, action)

ENTITY_NAMES = {
    "account": "账户",
    "internet_user": "互联网用户",
    "plate_reservation": "号牌预选",
    "plate_selection": "选号",
    "plate_blacklist": "选号黑名单",
    "exam_plan": "考试场次",
    "exam_booking": "考试预约",
    "exam_candidate": "考生",
    "calendar_day": "节假日",
    "calendar_year": "节假日年份",
}


def entity_label(entity: str, entity_id: str | None) -> str:
    """互联网用户 #12 — what an audit row is about, as a clerk reads it."""
    name = ENTITY_NAMES.get(entity, entity)
    return f"{name} #{entity_id}" if entity_id else name


# The workflow (as the end-of-day summary counts customers) each audited action belongs to.
WORKFLOW_OF_ACTION = {
    "user_registered": "面签注册",
    "user_face_signed": "面签注册",
    "user_changed": "面签注册",
    "vehicle_bound": "面签注册",
    "vehicle_unbound": "面签注册",
    "plate_confirmed": "号牌确认",
    "exam_booked": "考试预约",
    "exam_booking_cancelled": "取消预约",
}
