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
    "exam_no_show_run": "缺考处理",
    "exam_booking_no_show": "缺考记为不合格",
    "exam_booking_fell": "科目四随科目三取消",
    "contact_changed": "变更联系方式",
    # 等保 level 3 (issue 11): access, devices, lock-outs, personal data read whole.
    "access_refused": "拒绝越权访问",
    "login_locked": "登录锁定",
    "login_refused": "拒绝登录",
    "account_unlocked": "解除锁定",
    "device_enrolment_requested": "本机申请登记",
    "device_approved": "批准本机登记",
    "device_revoked": "撤销本机登记",
    "outbox_takeover": "接管待同步业务",
    "personal_record_read": "查看完整个人信息",
    "plate_segment_added": "新增号牌号段",
    "plate_chosen": "选定号牌",
    "plate_draw": "随机选号",
    "plate_custom_attempt": "自编号牌",
    "plate_selection_started": "开始选号",
    "site_roster_downloaded": "下载考点名册",
    "application_accepted": "驾驶证申请受理",
    "application_corrected": "更正申请信息",
    # The article's other services (issue 15).
    "inspection_label_issue": "核发免检标志",
    "inspection_label_post_apply": "网上申领免检标志",
    "inspection_label_dispatch": "邮寄免检标志",
    "violation_handle": "违法处理",
    "violation_refer": "转交警大队",
    "violation_pay": "罚款缴纳",
    "violation_payment_confirm": "银行确认缴款",
    "violation_payment_confirm_repeat": "银行重复确认",
    "study_sitting_report": "学习记录上报",
    "study_test_report": "测试记录上报",
    "licence_review": "驾驶证审验",
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
    "vehicle_record": "机动车登记信息",
    "licence_record": "驾驶证登记信息",
    "contact": "联系方式",
    "device": "本机",
    "access": "访问",
    "inspection_label": "免检标志",
    "traffic_violation": "交通违法",
    "violation_payment": "罚款缴纳",
    "study_sitting": "学习记录",
    "study_test": "学习测试",
}


def entity_label(entity: str, entity_id: str | None) -> str:
    """互联网用户 #12 — what an audit row is about, as a clerk reads it."""
    name = ENTITY_NAMES.get(entity, entity)
    return f"{name} #{entity_id}" if entity_id else name


#: Chinese names of the fields a request may carry, for validation messages a clerk reads aloud.
FIELD_NAMES = {
    "id_number": "证件号码", "name": "姓名", "mobile": "手机号码", "user_type": "用户类型",
    "vins": "车辆识别代号", "vin": "车辆识别代号", "plate": "号牌号码", "uscc": "统一社会信用代码",
    "unit_name": "单位名称", "address": "地址", "agent_name": "经办人姓名", "agent_id_number": "经办人证件号码",
    "agent_mobile": "经办人手机号码", "authorisation_ref": "单位授权书编号",
    "invoice_photo": "发票照片", "invoice_code": "发票代码", "invoice_number": "发票号码",
    "vehicle_type": "车辆类型", "use": "使用性质", "new_vehicle": "是否新车",
    "notice_code": "预选通知编号", "delivery_way": "领取方式", "postal_address": "邮寄地址",
    "point_station_id": "领取点", "document_checked": "核验凭证",
    "subject": "考试科目", "plan_id": "考试场次", "exam_date": "考试日期", "session": "场次",
    "licence_class": "准驾车型", "capacity": "考试人数", "site_station_id": "考场",
    "reason": "原因", "id_checked": "是否核验身份证件", "result": "考试结果",
    "application_accepted_at": "受理时间", "permit_issued_on": "学习驾驶证明签发日期",
    "birth_date": "出生日期", "history": "考试记录", "purpose": "申请事项",
    "username": "用户名", "password": "密码", "role": "角色", "station_id": "站点",
    "owner_id_number": "所有人证件号码", "consent_way": "所有人同意方式",
    "consent_reference": "授权书编号", "others": "他人名下机动车", "records": "登记记录",
    "new_mobile": "新手机号码", "holder_id_checked": "是否核验本人身份证件",
    "date": "日期", "from": "起始日期", "to": "截止日期", "since": "同步时间",
    "body": "请求内容",
}


def field_label(path: str) -> str:
    """「发票照片」 for invoice_photo; list items as 「车辆识别代号」第2项 for vins.1."""
    parts = path.split(".")
    head = FIELD_NAMES.get(parts[0], parts[0])
    index = next((p for p in parts[1:] if p.isdigit()), None)
    return f"{head}第{int(index) + 1}项" if index is not None else head


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
