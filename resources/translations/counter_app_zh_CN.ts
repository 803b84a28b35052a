<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BookingHistoryBox</name>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="31" />
      <source>Bookings so far</source>
      <translation>历次预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="36" />
      <source>Exam date</source>
      <translation>考试日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="37" />
      <source>Subject</source>
      <translation>科目</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="39" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="46" />
      <source>Absent: a fail, retest fee owed</source>
      <translation>缺考=不合格，须缴补考费</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="48" />
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="50" />
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="53" />
      <source>Cancelled (not the candidate's own reason)</source>
      <translation>已取消（非本人原因）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="54" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="55" />
      <source>Requested, waiting for allocation</source>
      <translation>已申请，待排序</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="55" />
      <source>Seat allocated</source>
      <translation>预约成功</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_history.py" line="56" />
      <source>No seat</source>
      <translation>未排上考位</translation>
    </message>
  </context>
  <context>
    <name>CandidateLookup</name>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="62" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="63" />
      <source>Caller's mobile</source>
      <translation>来电手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="64" />
      <source>as the caller states it</source>
      <translation>由来电人报出</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="65" />
      <source>Find</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="76" />
      <source>Ask the caller for the registered mobile number (11 digits).</source>
      <translation>请来电人报出登记的手机号码（11位）。</translation>
    </message>
  </context>
  <context>
    <name>ConnectionBadge</name>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="41" />
      <source>Connecting...</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="43" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="45" />
      <source>Offline</source>
      <translation>离线</translation>
    </message>
  </context>
  <context>
    <name>ConsentFields</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="268" />
      <source>VIN</source>
      <translation>车辆识别代号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="270" />
      <source>Owner's ID number</source>
      <translation>所有人证件号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="276" />
      <source>Authorisation number</source>
      <translation>授权书编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="308" />
      <source>Enter the number of the owner's signed authorisation.</source>
      <translation>请填写所有人签字授权书的编号。</translation>
    </message>
  </context>
  <context>
    <name>ContactChangePage</name>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="42" />
      <source>Change of contact mobile</source>
      <translation>变更联系方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="44" />
      <source>The holder must be present with the ID card. Tick the records to change, or none to change every record in the holder's name.</source>
      <translation>须本人持身份证件到窗口办理。勾选要变更的登记记录；不勾选则变更本人名下的全部记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="52" />
      <source>Show records</source>
      <translation>查询登记记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="54" />
      <source>Read ID card</source>
      <translation>读取身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="58" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="59" />
      <source>Record</source>
      <translation>登记记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="60" />
      <source>Mobile on record</source>
      <translation>登记手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="63" />
      <source>Holder present, ID card checked</source>
      <translation>本人到场，已核验身份证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="69" />
      <source>Change the mobile</source>
      <translation>变更手机号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="71" />
      <source>Print receipt</source>
      <translation>打印回执</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="83" />
      <source>New mobile</source>
      <translation>新手机号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="116" />
      <source>{0} · {1} · {2}</source>
      <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="121" />
      <source>No card on the reader.</source>
      <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="143" />
      <source>Check the holder's ID card first: the change is made in person only.</source>
      <translation>请先核验本人身份证件：联系方式变更须本人到场办理。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="157" />
      <source>Sending...</source>
      <translation>正在提交…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="164" />
      <source>Changed: {0} record(s) now carry {1}. Print the receipt for signature.</source>
      <translation>变更成功：{0} 条登记记录的手机号已变更为 {1}。请打印回执由本人签字。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="170" />
      <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre's answer.</source>
      <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/contact_change_page.py" line="195" />
      <source>The central service cannot be reached: a contact change needs its answer at once, nothing was changed.</source>
      <translation>无法连接中心服务：变更联系方式须中心即时答复，本次未作任何变更。</translation>
    </message>
  </context>
  <context>
    <name>ExamBookingPage</name>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="115" />
      <source>Exam booking</source>
      <translation>考试预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="118" />
      <source>Subjects: bookable now, or why not</source>
      <translation>考试科目：现在可否预约及原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="119" />
      <source>Sessions: requests so far against the seats</source>
      <translation>考试场次：已申请人数 / 计划人数</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="120" />
      <source>Also show sessions whose booking has closed</source>
      <translation>同时显示已截止预约的场次</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="121" />
      <source>Book the selected session</source>
      <translation>预约所选场次</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="122" />
      <source>Print booking receipt</source>
      <translation>打印预约凭证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="123" />
      <source>Print roster</source>
      <translation>打印考生名册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="124" />
      <source>Export roster (CSV)</source>
      <translation>导出考生名册（CSV）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="125" />
      <source>Publish a session...</source>
      <translation>发布考试计划…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="126" />
      <source>Allocate the seats</source>
      <translation>排序分配</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="132" />
      <location filename="../../counter_app/views/exam_booking_page.py" line="150" />
      <source>Subject</source>
      <translation>科目</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="133" />
      <source>Bookable</source>
      <translation>可否预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="133" />
      <source>Yes</source>
      <translation>可以预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="133" />
      <source>No</source>
      <translation>不能预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="135" />
      <source>Would rank by</source>
      <translation>排序依据</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="136" />
      <source>Why not</source>
      <translation>不能预约的原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="142" />
      <source>{0} (rule {1})</source>
      <translation>{0}（规则{1}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="145" />
      <source>Open</source>
      <translation>预约中</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="145" />
      <source>Closed</source>
      <translation>已截止</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="145" />
      <source>Allocated</source>
      <translation>已分配</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="147" />
      <source>Date</source>
      <translation>考试日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="148" />
      <source>Start</source>
      <translation>场次</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="149" />
      <source>Exam site</source>
      <translation>考场</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="151" />
      <source>Class</source>
      <translation>车型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="152" />
      <source>Requests / seats</source>
      <translation>已申请 / 计划</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="154" />
      <source>Booking closes</source>
      <translation>预约截止</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="155" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="181" />
      <source>learner permit valid until {0}</source>
      <translation>学习驾驶证明有效期至 {0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="182" />
      <source>no learner permit yet</source>
      <translation>尚未取得学习驾驶证明</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="183" />
      <source>{0} · {1} · {2} {3} · {4} · application accepted {5} · {6}</source>
      <translation>{0} · {1} · {2} {3} · {4} · 受理时间 {5} · {6}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="255" />
      <source>Booked: {0} {1} at {2}, {3}. Booking number {4}. It ranks by {5} (rule {6}: {7}); the seats are allocated after booking closes and the result comes by SMS.</source>
      <translation>预约申请成功：{0} {1} {2} {3}，预约号 {4}。排序时间 {5}（规则{6}：{7}）；预约截止后排序分配考位，结果以短信通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="278" />
      <source>Published: {0} {1} at {2}, {3} ({4}), {5} seats.</source>
      <translation>已发布：{0} {1} {2} {3}（{4}），计划 {5} 人。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="298" />
      <source>Allocated: {0} of {1} requests got a seat ({2} seats); everyone is told by SMS.</source>
      <translation>排序分配完成：{1} 人中 {0} 人排上考位（计划 {2} 人），结果已短信通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="309" />
      <source>Booking receipt</source>
      <translation>预约凭证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="323" />
      <source>Roster</source>
      <translation>考生名册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="331" />
      <source>Export roster</source>
      <translation>导出考生名册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_booking_page.py" line="340" />
      <source>Roster saved to {0}</source>
      <translation>考生名册已保存到 {0}</translation>
    </message>
  </context>
  <context>
    <name>ExamCancelPage</name>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="105" />
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="107" />
      <source>The candidate's bookings</source>
      <translation>考生的预约记录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="108" />
      <source>Cancellation</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="109" />
      <source>Reason</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="110" />
      <source>The candidate's own reasons</source>
      <translation>本人原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="111" />
      <source>Not the candidate's own reasons</source>
      <translation>非本人原因</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="112" />
      <source>The candidate's ID card has been checked in person</source>
      <translation>已当面核验本人有效身份证件</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="113" />
      <source>Cancel the selected booking</source>
      <translation>取消所选预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="114" />
      <source>Cancel this booking?</source>
      <translation>确认取消该预约？</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="115" />
      <source>Yes, cancel it</source>
      <translation>确认取消</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="116" />
      <source>No</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="117" />
      <source>Print cancellation receipt</source>
      <translation>打印取消凭证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="123" />
      <source>Booking no.</source>
      <translation>预约号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="124" />
      <source>Subject</source>
      <translation>科目</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="125" />
      <source>Exam</source>
      <translation>考试时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="126" />
      <source>Exam site</source>
      <translation>考场</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="127" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="129" />
      <source>Ranks by</source>
      <translation>排序时间（规则）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="129" />
      <source>{0} (rule {1})</source>
      <translation>{0}（规则{1}）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="131" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="132" />
      <source>Booking closes</source>
      <translation>预约截止</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="150" />
      <source>This candidate has no bookings.</source>
      <translation>该考生没有预约记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="163" />
      <source>Select a booking that is not yet cancelled or sat.</source>
      <translation>请选择一条尚未取消、尚未考试的预约。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="165" />
      <source>Booking is still open (until {0}): it may be cancelled now.</source>
      <translation>预约尚未截止（截止时间 {0}），现在可以直接取消。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="169" />
      <source>Booking has closed: only the candidate in person, with the ID card, at the 南京市车管所 or 江北分所 window, no later than the last working day before the exam.</source>
      <translation>预约已截止：只能由考生本人持有效身份证件到南京市车管所或江北分所窗口取消，最迟在考试前一个工作日。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="173" />
      <source>Booking has closed: check the candidate's ID card in person and tick the box; possible until the last working day before the exam, never on the exam day.</source>
      <translation>预约已截止：须当面核验考生本人有效身份证件并勾选；最迟在考试前一个工作日办理，考试当天不能取消。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="198" />
      <source>Booking {0} cancelled at {1}.</source>
      <translation>预约 {0} 已于 {1} 取消。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="200" />
      <source>The freed seat went to the next candidate in rank, who is told by SMS.</source>
      <translation>空出的考位已按排序递补给下一位考生，并以短信通知。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_cancel_page.py" line="211" />
      <source>Cancellation receipt</source>
      <translation>取消预约凭证</translation>
    </message>
  </context>
  <context>
    <name>ExamPage</name>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="143" />
      <source>Saved on this PC; sending to the centre...</source>
      <translation>已保存在本机，正在发送到中心…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="149" />
      <source>The centre cannot be reached now: the request waits in the outbox (待同步) and is sent when the link returns; its outcome shows under Sync status.</source>
      <translation>现在无法连接中心：该请求已保存在本机待同步队列，网络恢复后自动发送，办理结果见“同步状态”。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_widgets.py" line="161" />
      <source>Unexpected error: {0}</source>
      <translation>发生意外错误：{0}</translation>
    </message>
  </context>
  <context>
    <name>LockPanel</name>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="100" />
      <source>The window is locked</source>
      <translation>窗口已锁定</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="102" />
      <source>Signed in as {0}. Enter the password to continue.</source>
      <translation>当前登录：{0}。请输入密码继续。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="104" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="105" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="106" />
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/idle_lock.py" line="119" />
      <source>Wrong password.</source>
      <translation>密码错误。</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="95" />
      <source>Sign in - Nanjing vehicle office counter</source>
      <translation>登录 - 南京市车管所柜台业务系统</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="96" />
      <source>Nanjing Vehicle Office Counter System</source>
      <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="97" />
      <source>Sign in with your station account</source>
      <translation>请使用本站点的账户登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="98" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="98" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="98" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="98" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="101" />
      <source>e.g. clerk01</source>
      <translation>例如 clerk01</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="102" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="109" />
      <source>Enter the user name and the password.</source>
      <translation>请输入用户名和密码。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="114" />
      <source>Signing in...</source>
      <translation>正在登录…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/login_dialog.py" line="130" />
      <source>Sign-in failed: unexpected error.</source>
      <translation>登录失败：发生意外错误。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="42" />
      <location filename="../../counter_app/views/main_window.py" line="47" />
      <source>Nanjing Vehicle Office Counter System</source>
      <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="49" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="51" />
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="61" />
      <source>Face-sign registration</source>
      <translation>面签注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="62" />
      <source>Change of contact</source>
      <translation>变更联系方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="63" />
      <source>Plate confirmation</source>
      <translation>号牌确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="64" />
      <source>Exam booking</source>
      <translation>考试预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="65" />
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="66" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="67" />
      <source>Sync status</source>
      <translation>同步状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="129" />
      <source>Counter clerk</source>
      <translation>窗口民警</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="130" />
      <source>Phone operator</source>
      <translation>电话预约话务员</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="131" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="132" />
      <source>Internet platform</source>
      <translation>互联网平台</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="134" />
      <source>Station: {0}</source>
      <translation>站点：{0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="136" />
      <source>User: {0} ({1}), {2}</source>
      <translation>用户：{0}（{1}），{2}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="165" />
      <source>Queued writes: {0}</source>
      <translation>待同步：{0} 条</translation>
    </message>
  </context>
  <context>
    <name>OthersBox</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="326" />
      <source>Vehicles of other owners (owner's consent; counted toward the limit of 3)</source>
      <translation>他人名下机动车（须所有人同意，计入3辆上限）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="328" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="330" />
      <source>Remove selected</source>
      <translation>移除所选</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="332" />
      <source>VIN</source>
      <translation>车辆识别代号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="333" />
      <source>Owner's ID number</source>
      <translation>所有人证件号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="334" />
      <source>Consent</source>
      <translation>所有人同意方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="334" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
  </context>
  <context>
    <name>PersonalForm</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="206" />
      <source>Read ID card</source>
      <translation>读取身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="205" />
      <source>Register (face-sign)</source>
      <translation>提交面签注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="207" />
      <source>Own vehicles on record (tick to bind; not counted toward the limit):</source>
      <translation>本人名下机动车（勾选绑定，不计入绑定上限）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="221" />
      <source>User type</source>
      <translation>用户类型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="221" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="221" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="222" />
      <source>Mobile</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="227" />
      <source>Document</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="244" />
      <source>No card on the reader.</source>
      <translation>读卡器上没有身份证。</translation>
    </message>
  </context>
  <context>
    <name>PlatesPage</name>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="234" />
      <source>Collect at a plate-making point</source>
      <translation>到制牌点领取</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="235" />
      <source>By post, owner installs</source>
      <translation>邮寄到家（自行安装）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="236" />
      <source>By post, postman installs ({0} yuan)</source>
      <translation>邮寄到家（邮递员上门安装，{0} 元）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="237" />
      <source>Free installation at an installation point</source>
      <translation>到安装点免费安装</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="241" />
      <source>Plate confirmation</source>
      <translation>号牌确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="242" />
      <source>Scan or type the notice code, plate, ID number or VIN</source>
      <translation>扫描或输入通知编号、号牌号码、身份证号码或车辆识别代号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="243" />
      <source>Find</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="244" />
      <source>Confirm the plate</source>
      <translation>确认号牌</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="245" />
      <source>Plate</source>
      <translation>号牌号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="245" />
      <source>Confirm by</source>
      <translation>确认期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="245" />
      <source>Blacklist</source>
      <translation>黑名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="247" />
      <source>Document</source>
      <translation>核验材料</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="247" />
      <source>Delivery</source>
      <translation>交付方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="247" />
      <source>Point</source>
      <translation>领取/安装地点</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="248" />
      <source>Postal address</source>
      <translation>邮寄地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="248" />
      <source>Fee</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="250" />
      <source>I have checked the registration certificate or the SMS notice</source>
      <translation>已核验机动车登记证书或选号短信通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="253" />
      <source>SMS notice</source>
      <translation>选号短信通知</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="254" />
      <source>Vehicle registration certificate</source>
      <translation>机动车登记证书</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="267" />
      <source>Where the post should deliver the plates</source>
      <translation>号牌邮寄送达的地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="268" />
      <source>Confirm plate</source>
      <translation>确认号牌</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="269" />
      <source>Print notice</source>
      <translation>打印确认通知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="279" />
      <source>Searching...</source>
      <translation>正在查询…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="289" />
      <source>No plate reservation found for {0}.</source>
      <translation>未找到 {0} 的号牌预选记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="292" />
      <source>{0} reservation(s) found.</source>
      <translation>找到 {0} 条号牌预选记录。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="302" />
      <source>Not a notice code, plate, ID number or VIN: {0}</source>
      <translation>不是通知编号、号牌号码、身份证号码或车辆识别代号：{0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="304" />
      <source>The central service cannot be reached: plate reservations are only kept there. Try again when the connection is back.</source>
      <translation>无法连接中心服务：号牌预选记录只保存在中心，请恢复连接后再查询。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="310" />
      <source>The search failed.</source>
      <translation>查询失败。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="329" />
      <source>{0} (end of day)</source>
      <translation>{0}（当日内有效）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="335" />
      <source>The deadline has passed: this plate can no longer be confirmed.</source>
      <translation>已超过确认期限，该号牌不能再确认。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="342" />
      <source>Confirmed {0} at {1}. {2}; ready from {3}.</source>
      <translation>已于 {0} 在{1}确认。{2}；{3} 起可取。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="358" />
      <source>{0} yuan</source>
      <translation>{0} 元</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="358" />
      <source>Free</source>
      <translation>免费</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="383" />
      <source>Confirming with the central service...</source>
      <translation>正在向中心服务确认…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="398" />
      <source>Not confirmed: confirming a plate needs the central service, which cannot be reached now. Nothing was saved; confirm again when the connection is back.</source>
      <translation>未确认：号牌确认需要连接中心服务，当前无法连接。本次未保存，请恢复连接后重新确认。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="405" />
      <source>The confirmation failed.</source>
      <translation>确认失败。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="420" />
      <source>Plate confirmation notice</source>
      <translation>机动车号牌确认通知单</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="425" />
      <source>The notice could not be printed.</source>
      <translation>确认通知单未能打印。</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="26" />
      <source>Print preview: {0}</source>
      <translation>打印预览：{0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="38" />
      <source>{0} page(s)</source>
      <translation>共 {0} 页</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="39" />
      <source>Print...</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="41" />
      <source>Save as PDF...</source>
      <translation>另存为PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="42" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="83" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
  </context>
  <context>
    <name>PrintingPage</name>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="23" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="26" />
      <source>Printed since sign-in</source>
      <translation>本次登录以来打印的单据</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="28" />
      <source>Printed at</source>
      <translation>打印时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="29" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="30" />
      <source>File</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="33" />
      <source>Print again</source>
      <translation>重新打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="42" />
      <location filename="../../counter_app/views/printing_page.py" line="99" />
      <source>End-of-day summary</source>
      <translation>窗口日终业务汇总</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="49" />
      <source>Print my summary</source>
      <translation>打印本人日终汇总表</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="52" />
      <source>The business this account did on the day, from the centre's audit trail, for signature.</source>
      <translation>按中心审计日志汇总本账户当日办理的业务，打印后签字留存。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="55" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="80" />
      <source>Select a document first.</source>
      <translation>请先选择一份单据。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/printing_page.py" line="105" />
      <source>The summary is made from the centre's records: it needs the link.</source>
      <translation>日终汇总依据中心记录生成，须联网后打印。</translation>
    </message>
  </context>
  <context>
    <name>PublishPlanDialog</name>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="79" />
      <source>Publish an exam session</source>
      <translation>发布考试计划</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="80" />
      <source>Exam site</source>
      <translation>考场</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="80" />
      <source>Date</source>
      <translation>考试日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="80" />
      <source>Start</source>
      <translation>开考时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="81" />
      <source>Subject</source>
      <translation>科目</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="81" />
      <source>Licence class</source>
      <translation>准驾车型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="81" />
      <source>Seats</source>
      <translation>计划人数</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="83" />
      <source>Publish</source>
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="84" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/exam_plan_dialog.py" line="94" />
      <source>Publishing...</source>
      <translation>正在发布…</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="415" />
      <source>Open record</source>
      <translation>用户档案</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="421" />
      <location filename="../../counter_app/views/registration_page.py" line="428" />
      <location filename="../../counter_app/views/registration_page.py" line="437" />
      <source>Plate</source>
      <translation>号牌号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="422" />
      <location filename="../../counter_app/views/registration_page.py" line="429" />
      <location filename="../../counter_app/views/registration_page.py" line="438" />
      <source>VIN</source>
      <translation>车辆识别代号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="423" />
      <location filename="../../counter_app/views/registration_page.py" line="430" />
      <source>Vehicle type</source>
      <translation>车辆类型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="424" />
      <location filename="../../counter_app/views/registration_page.py" line="440" />
      <source>Bound at</source>
      <translation>绑定时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="431" />
      <source>Mobile on record</source>
      <translation>登记手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="439" />
      <source>Owner and consent</source>
      <translation>所有人及同意方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="445" />
      <source>Bind another owner's vehicle</source>
      <translation>绑定他人名下机动车</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="448" />
      <source>Face-sign upgrade</source>
      <translation>面签升级</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="450" />
      <source>Unbind selected</source>
      <translation>解绑所选车辆</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="451" />
      <source>Print application form</source>
      <translation>打印申请表</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="454" />
      <source>VIN (scan, or pick a vehicle below)</source>
      <translation>车辆识别代号（可扫码，或在下方选择车辆）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="456" />
      <source>Bind</source>
      <translation>绑定</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="459" />
      <source>New mobile</source>
      <translation>新手机号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="461" />
      <source>Change mobile</source>
      <translation>变更手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="478" />
      <source>Bound vehicles</source>
      <translation>已绑定的机动车</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="481" />
      <source>Other vehicles on record</source>
      <translation>名下其他登记车辆</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="491" />
      <source>Vehicles of other owners (with the owner's consent)</source>
      <translation>他人名下机动车（经所有人同意）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="525" />
      <source>Search for a user, or register a new one.</source>
      <translation>请查询用户，或办理新用户注册。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="530" />
      <source>Unit user</source>
      <translation>单位用户</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="531" />
      <source>face-signed</source>
      <translation>面签注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="531" />
      <source>registered online</source>
      <translation>互联网注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="533" />
      <source>{0}  {1}  {2}
ID: {3}   Mobile: {4}
{5}; vehicles bound {6} of {7}</source>
      <translation>{0}  {1}  {2}
证件号码：{3}　手机号码：{4}
{5}；已绑定机动车 {6}/{7} 辆</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="550" />
      <source>Sending...</source>
      <translation>正在提交…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="555" />
      <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre's answer.</source>
      <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="565" />
      <source>Saved: {0}. Print the form for the applicant to sign.</source>
      <translation>已保存：{0}。请打印申请表交申请人签字。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="570" />
      <source>The central service cannot be reached: this change needs its answer at once, nothing was changed.</source>
      <translation>无法连接中心服务：此项变更须中心即时答复，本次未作任何变更。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="575" />
      <source>face-sign upgrade (1 → 3 vehicles)</source>
      <translation>面签升级（可绑定车辆 1 → 3 辆）</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="585" />
      <source>bind vehicle {0}</source>
      <translation>绑定机动车 {0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="594" />
      <source>bind vehicle {0} of another owner</source>
      <translation>绑定他人名下机动车 {0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="600" />
      <source>Select a bound vehicle first.</source>
      <translation>请先选择一辆已绑定的机动车。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="604" />
      <source>unbind vehicle {0}</source>
      <translation>解绑机动车 {0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="614" />
      <source>mobile {0} → {1}</source>
      <translation>手机号码 {0} → {1}</translation>
    </message>
  </context>
  <context>
    <name>RegistrationPage</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="636" />
      <source>Face-sign registration</source>
      <translation>面签注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="640" />
      <source>ID number or unified social credit code</source>
      <translation>身份证号码或统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="641" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="643" />
      <source>Read ID card</source>
      <translation>读取身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="646" />
      <source>Registration no.</source>
      <translation>注册编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="647" />
      <source>Kind</source>
      <translation>用户类型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="648" />
      <source>Unit user</source>
      <translation>单位用户</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="649" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="650" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="651" />
      <source>Mobile</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="652" />
      <source>Registered</source>
      <translation>注册方式</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="652" />
      <source>face-sign</source>
      <translation>面签</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="652" />
      <source>online</source>
      <translation>互联网</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="653" />
      <source>Vehicles</source>
      <translation>绑定车辆</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="654" />
      <source>Since</source>
      <translation>注册日期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="678" />
      <source>Find and change</source>
      <translation>查询与变更</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="679" />
      <source>Personal registration</source>
      <translation>个人用户注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="680" />
      <source>Unit registration</source>
      <translation>单位用户注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="692" />
      <source>No card on the reader.</source>
      <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="701" />
      <source>Searching...</source>
      <translation>正在查询…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="708" />
      <source>{0} account(s) found.</source>
      <translation>查到 {0} 个账户。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="712" />
      <source>Not registered yet: use the registration tabs.</source>
      <translation>尚未注册，请在“个人用户注册”或“单位用户注册”中办理。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="733" />
      <source>Registered as {0} at {1}. Print the form for signature.</source>
      <translation>注册成功，编号 {0}（{1}）。请打印申请表交申请人签字。</translation>
    </message>
  </context>
  <context>
    <name>ReservationTableModel</name>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="62" />
      <source>Plate</source>
      <translation>号牌号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="62" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="62" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="63" />
      <source>Notice code</source>
      <translation>通知编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="63" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="63" />
      <source>Confirm by</source>
      <translation>确认期限</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="64" />
      <source>Blacklist</source>
      <translation>黑名单</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="68" />
      <source>Waiting for confirmation</source>
      <translation>待确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="68" />
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="69" />
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="73" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/plates_page.py" line="74" />
      <source>Yes, until {0}</source>
      <translation>是，至 {0}</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="49" />
      <source>Saved at</source>
      <translation>保存时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="49" />
      <source>Business</source>
      <translation>业务</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="50" />
      <source>Attempts</source>
      <translation>尝试次数</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="52" />
      <source>Centre's answer</source>
      <translation>中心答复</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="90" />
      <source>Sync status</source>
      <translation>同步状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="91" />
      <source>Central service</source>
      <translation>中心服务</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="91" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="91" />
      <source>Central clock</source>
      <translation>中心时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="92" />
      <source>Writes waiting to be sent</source>
      <translation>待同步的业务</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="95" />
      <source>Check now</source>
      <translation>立即检查</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="96" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="97" />
      <source>Mark as dealt with</source>
      <translation>标记已处理</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="98" />
      <source>Waiting to be sent (待同步), oldest first:</source>
      <translation>待同步的业务（按办理先后）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="99" />
      <source>Refused by the centre (待处理): deal with each, then mark it:</source>
      <translation>中心未受理的业务（待处理）：逐条处理后标记：</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="115" />
      <source>The centre cannot be reached; the writes wait on this PC.</source>
      <translation>无法连接中心服务，业务已保存在本机等待同步。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="124" />
      <source>Sending {0} of {1}</source>
      <translation>正在同步 {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="129" />
      <source>Select a refused write first.</source>
      <translation>请先选择一条待处理的业务。</translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="385" />
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="385" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="385" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="386" />
      <source>Agent name</source>
      <translation>经办人姓名</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="386" />
      <source>Agent ID number</source>
      <translation>经办人身份证号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="386" />
      <source>Agent mobile</source>
      <translation>经办人手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="387" />
      <source>Authorisation number</source>
      <translation>授权书编号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="365" />
      <source>Read agent's ID card</source>
      <translation>读取经办人身份证</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="364" />
      <source>Register unit</source>
      <translation>提交单位注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="366" />
      <source>Vehicles of the unit on record (tick to bind):</source>
      <translation>单位名下登记的机动车（勾选需绑定的车辆）：</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="393" />
      <source>No card on the reader.</source>
      <translation>读卡器上没有身份证。</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="69" />
      <source>Bind</source>
      <translation>绑定</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="70" />
      <source>Plate</source>
      <translation>号牌号码</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="71" />
      <source>VIN</source>
      <translation>车辆识别代号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="72" />
      <source>Vehicle type</source>
      <translation>车辆类型</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="73" />
      <source>Brand</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="74" />
      <source>Mobile on record</source>
      <translation>登记手机号</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="124" />
      <source>Required.</source>
      <translation>此项必填。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="146" />
      <source>Offline: the vehicles on record cannot be listed now; the registration can still be saved.</source>
      <translation>离线：暂时无法列出名下登记车辆，仍可保存注册信息（联网后由中心核验）。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="153" />
      <source>Correct the fields marked in red first.</source>
      <translation>请先更正红色提示的项目。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="163" />
      <source>Saved on this PC; sending to the centre for checking...</source>
      <translation>已保存在本机，正在提交中心核验…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="174" />
      <source>Saved, waiting to sync (待同步): the centre cannot be reached now. The registration is sent and checked when the link returns; a refusal appears under Sync status.</source>
      <translation>已保存，待同步：当前无法连接中心服务。网络恢复后将自动提交中心核验；如中心未受理，将列入“同步状态”的待处理清单。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="188" />
      <source>The central service cannot be reached. Registration needs it to check the vehicle and licence records: nothing was saved, please submit again when the link is back.</source>
      <translation>无法连接中心服务。面签注册须联网核验机动车和驾驶证登记信息，本次未保存，请在网络恢复后重新提交。</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/registration_page.py" line="191" />
      <source>Unexpected error: {0}</source>
      <translation>发生意外错误：{0}</translation>
    </message>
  </context>
</TS>