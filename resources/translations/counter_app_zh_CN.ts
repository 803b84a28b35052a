<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingHistoryBox</name>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="30"/>
        <source>Bookings so far</source>
        <translation>历次预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="35"/>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="36"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="44"/>
        <source>Absent: a fail, retest fee owed</source>
        <translation>缺考=不合格，须缴补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="46"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="48"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="51"/>
        <source>Cancelled (not the candidate&apos;s own reason)</source>
        <translation>已取消（非本人原因）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="52"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="53"/>
        <source>Requested, waiting for allocation</source>
        <translation>已申请，待排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="53"/>
        <source>Seat allocated</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_history.py" line="54"/>
        <source>No seat</source>
        <translation>未排上考位</translation>
    </message>
</context>
<context>
    <name>CandidateLookup</name>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="67"/>
        <source>as the caller states it</source>
        <translation>由来电人报出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="79"/>
        <source>Ask the caller for the registered mobile number (11 digits).</source>
        <translation>请来电人报出登记的手机号码（11位）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="65"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="66"/>
        <source>Caller&apos;s &amp;mobile</source>
        <translation>来电手机号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="68"/>
        <source>&amp;Find</source>
        <translation>查询(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="49"/>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="51"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="53"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="406"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="408"/>
        <source>Owner&apos;s ID number</source>
        <translation>所有人证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="414"/>
        <source>Authorisation number</source>
        <translation>授权书编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="449"/>
        <source>Enter the number of the owner&apos;s signed authorisation.</source>
        <translation>请填写所有人签字授权书的编号。</translation>
    </message>
</context>
<context>
    <name>ContactChangePage</name>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="42"/>
        <source>Change of contact mobile</source>
        <translation>变更联系方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="44"/>
        <source>The holder must be present with the ID card. Tick the records to change, or none to change every record in the holder&apos;s name.</source>
        <translation>须本人持身份证件到窗口办理。勾选要变更的登记记录；不勾选则变更本人名下的全部记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="52"/>
        <source>Show records</source>
        <translation>查询登记记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="54"/>
        <source>Read ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="58"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="59"/>
        <source>Record</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="60"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="63"/>
        <source>Holder present, ID card checked</source>
        <translation>本人到场，已核验身份证件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="69"/>
        <source>Change the mobile</source>
        <translation>变更手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="71"/>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="83"/>
        <source>New mobile</source>
        <translation>新手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="116"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="121"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="143"/>
        <source>Check the holder&apos;s ID card first: the change is made in person only.</source>
        <translation>请先核验本人身份证件：联系方式变更须本人到场办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="157"/>
        <source>Sending...</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="164"/>
        <source>Changed: {0} record(s) now carry {1}. Print the receipt for signature.</source>
        <translation>变更成功：{0} 条登记记录的手机号已变更为 {1}。请打印回执由本人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="170"/>
        <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre&apos;s answer.</source>
        <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="195"/>
        <source>The central service cannot be reached: a contact change needs its answer at once, nothing was changed.</source>
        <translation>无法连接中心服务：变更联系方式须中心即时答复，本次未作任何变更。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <location filename="../../counter_app/views/diagnostics_export.py" line="16"/>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/diagnostics_export.py" line="32"/>
        <source>Diagnostics saved to {0}. It holds the recent logs, the versions and the settings of this PC, and no personal data.</source>
        <translation>诊断信息已保存到 {0}。其中包括近期日志、版本和本机设置，不含个人信息。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/diagnostics_export.py" line="37"/>
        <source>The diagnostics could not be saved: {0}</source>
        <translation>诊断信息未能保存：{0}</translation>
    </message>
</context>
<context>
    <name>ExamBookingPage</name>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="183"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="186"/>
        <source>Subjects: bookable now, or why not</source>
        <translation>考试科目：现在可否预约及原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="187"/>
        <source>Sessions: requests so far against the seats</source>
        <translation>考试场次：已申请人数 / 计划人数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="201"/>
        <location filename="../../counter_app/views/exam_booking_page.py" line="219"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="202"/>
        <source>Bookable</source>
        <translation>可否预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="202"/>
        <source>Yes</source>
        <translation>可以预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="202"/>
        <source>No</source>
        <translation>不能预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="204"/>
        <source>Would rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="205"/>
        <source>Why not</source>
        <translation>不能预约的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="211"/>
        <source>{0} (rule {1})</source>
        <translation>{0}（规则{1}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="214"/>
        <source>Open</source>
        <translation>预约中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="214"/>
        <source>Closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="214"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="216"/>
        <source>Date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="217"/>
        <source>Start</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="218"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="220"/>
        <source>Class</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="221"/>
        <source>Requests / seats</source>
        <translation>已申请 / 计划</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="223"/>
        <source>Booking closes</source>
        <translation>预约截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="224"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="286"/>
        <source>learner permit valid until {0}</source>
        <translation>学习驾驶证明有效期至 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="287"/>
        <source>no learner permit yet</source>
        <translation>尚未取得学习驾驶证明</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="288"/>
        <source>{0} · {1} · {2} {3} · {4} · application accepted {5} · {6}</source>
        <translation>{0} · {1} · {2} {3} · {4} · 受理时间 {5} · {6}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="392"/>
        <source>Booked: {0} {1} at {2}, {3}. Booking number {4}. It ranks by {5} (rule {6}: {7}); the seats are allocated after booking closes and the result comes by SMS.</source>
        <translation>预约申请成功：{0} {1} {2} {3}，预约号 {4}。排序时间 {5}（规则{6}：{7}）；预约截止后排序分配考位，结果以短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="415"/>
        <source>Published: {0} {1} at {2}, {3} ({4}), {5} seats.</source>
        <translation>已发布：{0} {1} {2} {3}（{4}），计划 {5} 人。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="435"/>
        <source>Allocated: {0} of {1} requests got a seat ({2} seats); everyone is told by SMS.</source>
        <translation>排序分配完成：{1} 人中 {0} 人排上考位（计划 {2} 人），结果已短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="448"/>
        <source>Booking receipt</source>
        <translation>预约凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="463"/>
        <source>Roster</source>
        <translation>考生名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="471"/>
        <source>Export roster</source>
        <translation>导出考生名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="480"/>
        <source>Roster saved to {0}</source>
        <translation>考生名册已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="188"/>
        <source>Also show sessions whose booking has c&amp;losed</source>
        <translation>同时显示已截止预约的场次(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="189"/>
        <source>&amp;Book the selected session</source>
        <translation>预约所选场次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="190"/>
        <source>&amp;Print booking receipt</source>
        <translation>打印预约凭证(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="191"/>
        <source>Print &amp;roster</source>
        <translation>打印考生名册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="192"/>
        <source>E&amp;xport roster (CSV)</source>
        <translation>导出考生名册（CSV）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="193"/>
        <source>P&amp;ublish a session...</source>
        <translation>发布考试计划…(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="194"/>
        <source>&amp;Allocate the seats</source>
        <translation>排序分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="245"/>
        <source>The phone desk books on working days {0}–{1} only; it is closed now. Callers book on the internet or at a window.</source>
        <translation>电话预约仅在工作日 {0}–{1} 办理，现在不在服务时间内；来电人可通过互联网或到窗口预约。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="312"/>
        <source>Last chance: this is the candidate&apos;s last booking of {0} allowed within the permit ({1} of {1}); after a fail or an absence the candidate must apply again.</source>
        <translation>最后一次机会：这是该考生在学习驾驶证明有效期内{0}的最后一次预约（第 {1} 次，共 {1} 次）；缺考或不合格后须重新申请。</translation>
    </message>
</context>
<context>
    <name>ExamCancelPage</name>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="113"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="115"/>
        <source>The candidate&apos;s bookings</source>
        <translation>考生的预约记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="116"/>
        <source>Cancellation</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="117"/>
        <source>Reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="122"/>
        <source>Cancel this booking?</source>
        <translation>确认取消该预约？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="131"/>
        <source>Booking no.</source>
        <translation>预约号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="132"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="133"/>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="134"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="135"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="137"/>
        <source>Ranks by</source>
        <translation>排序时间（规则）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="137"/>
        <source>{0} (rule {1})</source>
        <translation>{0}（规则{1}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="139"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="140"/>
        <source>Booking closes</source>
        <translation>预约截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="169"/>
        <source>This candidate has no bookings.</source>
        <translation>该考生没有预约记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="185"/>
        <source>Select a booking that is not yet cancelled or sat.</source>
        <translation>请选择一条尚未取消、尚未考试的预约。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="187"/>
        <source>Booking is still open (until {0}): it may be cancelled now.</source>
        <translation>预约尚未截止（截止时间 {0}），现在可以直接取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="191"/>
        <source>Booking has closed: only the candidate in person, with the ID card, at the 南京市车管所 or 江北分所 window, no later than the last working day before the exam.</source>
        <translation>预约已截止：只能由考生本人持有效身份证件到南京市车管所或江北分所窗口取消，最迟在考试前一个工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="195"/>
        <source>Booking has closed: check the candidate&apos;s ID card in person and tick the box; possible until the last working day before the exam, never on the exam day.</source>
        <translation>预约已截止：须当面核验考生本人有效身份证件并勾选；最迟在考试前一个工作日办理，考试当天不能取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="232"/>
        <source>Booking {0} cancelled at {1}.</source>
        <translation>预约 {0} 已于 {1} 取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="234"/>
        <source>The freed seat went to the next candidate in rank, who is told by SMS.</source>
        <translation>空出的考位已按排序递补给下一位考生，并以短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="245"/>
        <source>Cancellation receipt</source>
        <translation>取消预约凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="118"/>
        <source>The candidate&apos;s &amp;own reasons</source>
        <translation>本人原因(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="119"/>
        <source>&amp;Not the candidate&apos;s own reasons</source>
        <translation>非本人原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="120"/>
        <source>The candidate&apos;s ID card has been &amp;checked in person</source>
        <translation>已当面核验考生身份证(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="121"/>
        <source>C&amp;ancel the selected booking</source>
        <translation>取消所选预约(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="123"/>
        <source>&amp;Yes, cancel it</source>
        <translation>确认取消(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="124"/>
        <source>N&amp;o</source>
        <translation>不取消(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="125"/>
        <source>&amp;Print cancellation receipt</source>
        <translation>打印取消凭证(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="170"/>
        <source>Saved on this PC; sending to the centre...</source>
        <translation>已保存在本机，正在发送到中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="176"/>
        <source>The centre cannot be reached now: the request waits in the outbox (待同步) and is sent when the link returns; its outcome shows under Sync status.</source>
        <translation>现在无法连接中心：该请求已保存在本机待同步队列，网络恢复后自动发送，办理结果见“同步状态”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="191"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="105"/>
        <source>Lookup cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="152"/>
        <source>Looking up... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="189"/>
        <source>The central service cannot be reached now; try again when the link is back.</source>
        <translation>无法连接中心服务，请在网络恢复后重试。</translation>
    </message>
</context>
<context>
    <name>InspectionLabelPage</name>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="139"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="140"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="141"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="143"/>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="144"/>
        <source>Issued</source>
        <translation>核发时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="145"/>
        <source>Where / address</source>
        <translation>地点/邮寄地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="146"/>
        <location filename="../../counter_app/views/inspection_label_page.py" line="163"/>
        <source>Tracking number</source>
        <translation>邮件号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="150"/>
        <source>Inspection-exempt label</source>
        <translation>免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="151"/>
        <source>Scan or type the plate or the VIN</source>
        <translation>扫描或输入号牌号码、车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="152"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="153"/>
        <source>Labels of this vehicle</source>
        <translation>本车检验合格标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="154"/>
        <source>Issue this year&apos;s label here</source>
        <translation>在本服务点核发本年度标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="156"/>
        <location filename="../../counter_app/views/inspection_label_page.py" line="162"/>
        <source>Label serial</source>
        <translation>标志流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="157"/>
        <source>scan the serial printed on the label</source>
        <translation>扫描标志上印刷的流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="158"/>
        <source>Issue the environmental label with it</source>
        <translation>同时核发环保标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="159"/>
        <source>Issue label</source>
        <translation>核发标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="160"/>
        <source>Print form</source>
        <translation>打印核发单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="161"/>
        <source>Label applied for online: post it</source>
        <translation>网上申领的标志：邮寄</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="164"/>
        <source>Record posting</source>
        <translation>登记邮寄</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="186"/>
        <source>{0}  {1}  {2}, {3}; owner {4}; registered {5}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}，{3}；所有人 {4}；注册登记 {5}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="189"/>
        <source>May have the {0} label.</source>
        <translation>可以核发{0}年度检验合格标志。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="192"/>
        <source>No {0} label:</source>
        <translation>不能核发{0}年度检验合格标志：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="229"/>
        <source>Label {0} issued for {1}.</source>
        <translation>已核发{1}年度标志 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="237"/>
        <source>Inspection label form</source>
        <translation>检验合格标志核发单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="248"/>
        <source>Posted: tracking number {0}.</source>
        <translation>已邮寄，邮件号 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="155"/>
        <source>This station does not hand out labels</source>
        <translation>本站点不是免检标志服务点，不能核发标志</translation>
    </message>
</context>
<context>
    <name>LicenceReviewPage</name>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="75"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="76"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="77"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="78"/>
        <source>Photo check</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="78"/>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="78"/>
        <source>No match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="80"/>
        <source>Counted</source>
        <translation>计入学时</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="80"/>
        <location filename="../../counter_app/views/licence_review_page.py" line="89"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="86"/>
        <source>Taken</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="87"/>
        <source>Answered</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="88"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="89"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="94"/>
        <source>Licence review</source>
        <translation>驾驶证审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="95"/>
        <source>ID number of the licence holder</source>
        <translation>驾驶人身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="96"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="97"/>
        <source>Video sittings reported by the learning platform</source>
        <translation>学习平台报送的视频学习记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="98"/>
        <source>Tests</source>
        <translation>学习测试</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="99"/>
        <source>Record the review</source>
        <translation>办理审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="120"/>
        <source>{0}  {1}  licence class {2}</source>
        <translation>{0}&#x3000;{1}&#x3000;准驾车型 {2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="122"/>
        <source>scoring period {0} to {1}</source>
        <translation>记分周期 {0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="123"/>
        <source>no points recorded</source>
        <translation>无记分记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="124"/>
        <source>{0} point(s), {1}</source>
        <translation>记{0}分，{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="126"/>
        <source>Reviewed on {0} for this scoring period.</source>
        <translation>本记分周期已于{0}审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="128"/>
        <source>Points study complete ({0} minutes, test done): the review may be recorded.</source>
        <translation>记分学习已完成（视频学习{0}分钟，已完成测试），可以办理审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="131"/>
        <source>No points study required for this licence: the review may be recorded.</source>
        <translation>该驾驶证无须记分学习，可以办理审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="133"/>
        <source>The review may not be recorded yet:</source>
        <translation>暂不能办理审验：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="152"/>
        <source>Review recorded.</source>
        <translation>审验已办理。</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="100"/>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="102"/>
        <source>Signed in as {0}. Enter the password to continue.</source>
        <translation>当前登录：{0}。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="104"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="105"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="106"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="119"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="109"/>
        <source>Sign in - Nanjing vehicle office counter</source>
        <translation>登录 - 南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="110"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="111"/>
        <source>Sign in with your station account</source>
        <translation>请使用本站点的账户登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="112"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="112"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="112"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="112"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="115"/>
        <source>e.g. clerk01</source>
        <translation>例如 clerk01</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="140"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="146"/>
        <source>Signing in...</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="166"/>
        <source>Sign-in failed: unexpected error.</source>
        <translation>登录失败：发生意外错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="116"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="119"/>
        <location filename="../../counter_app/views/login_dialog.py" line="131"/>
        <source>Waiting for the central service to start... (the first start takes a few seconds)</source>
        <translation>正在等待中心服务启动…（首次启动需要几秒钟）</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../../counter_app/views/customer.py" line="180"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="56"/>
        <location filename="../../counter_app/views/main_window.py" line="61"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="94"/>
        <source>Face-sign registration</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="96"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="97"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="98"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="102"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="103"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="196"/>
        <source>Counter clerk</source>
        <translation>窗口民警</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="197"/>
        <source>Phone operator</source>
        <translation>电话预约话务员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="198"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="199"/>
        <source>Internet platform</source>
        <translation>互联网平台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="200"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="201"/>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="202"/>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="204"/>
        <source>Station: {0}</source>
        <translation>站点：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="206"/>
        <source>User: {0} ({1}), {2}</source>
        <translation>用户：{0}（{1}），{2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="232"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="233"/>
        <source>Export diagnostics...</source>
        <translation>导出诊断信息…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="286"/>
        <source>Queued writes: {0}</source>
        <translation>待同步：{0} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="63"/>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="65"/>
        <source>Sign ou&amp;t</source>
        <translation>退出登录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="71"/>
        <source>&amp;Queue ticket</source>
        <translation>叫号(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="76"/>
        <source>e.g. A023</source>
        <translation>如 A023</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="78"/>
        <source>&amp;Next customer (F12)</source>
        <translation>下一位（F12）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="81"/>
        <source>Clear the page for the next customer (F12)</source>
        <translation>清空页面，接待下一位（F12）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="131"/>
        <source>{0}: press {1}</source>
        <translation>{0}：按 {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="149"/>
        <source>Next customer</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="241"/>
        <source>{0} (this PC&apos;s clock, offline)</source>
        <translation>{0}（本机时间，离线）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="243"/>
        <source>{0} (centre time)</source>
        <translation>{0}（中心时间）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="99"/>
        <source>Inspection-exempt label</source>
        <translation>免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="100"/>
        <source>Camera violations</source>
        <translation>曝光处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="101"/>
        <source>Licence review</source>
        <translation>驾驶证审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="95"/>
        <source>Change of contact</source>
        <translation>变更联系方式</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../counter_app/views/names.py" line="20"/>
        <source>Vehicle owner</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="21"/>
        <source>Driver</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="22"/>
        <source>Learner applying for a first licence</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="23"/>
        <source>New car owner</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="26"/>
        <source>Unit user</source>
        <translation>单位用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="33"/>
        <source>Subject 1 (theory)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="34"/>
        <source>Subject 2 (site driving)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="35"/>
        <source>Subject 3 (road driving)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="36"/>
        <source>Subject 4 (safe driving knowledge)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="37"/>
        <source>Driving qualification restoration exam</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="38"/>
        <source>Full-score study exam</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="48"/>
        <source>Not a valid resident ID number (18 characters: region, birth date, sequence, check digit).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="49"/>
        <source>Not a valid unified social credit code (18 characters with a correct check character).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="50"/>
        <source>Not a valid VIN (17 characters, no I, O or Q, correct check digit).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="51"/>
        <source>Not a valid mainland mobile number (11 digits).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="52"/>
        <source>Not a valid plate number, e.g. 苏A12345 (no letters I or O).</source>
        <translation>（同领域提示）</translation>
    </message>
</context>
<context>
    <name>OthersBox</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="467"/>
        <source>Vehicles of other owners (owner&apos;s consent; counted toward the limit of 3)</source>
        <translation>他人名下机动车（须所有人同意，计入3辆上限）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="469"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="471"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="473"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="474"/>
        <source>Owner&apos;s ID number</source>
        <translation>所有人证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="475"/>
        <source>Consent</source>
        <translation>所有人同意方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="475"/>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
</context>
<context>
    <name>PersonalForm</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="382"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="331"/>
        <source>&amp;Register (face-sign)</source>
        <translation>提交面签注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="332"/>
        <source>Rea&amp;d ID card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="347"/>
        <source>&amp;User type</source>
        <translation>用户类型(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="347"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="347"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="348"/>
        <source>&amp;Mobile</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="333"/>
        <source>Own vehicles on record (tick to bind; not counted toward the limit):</source>
        <translation>本人名下机动车（勾选绑定，不计入绑定上限）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="353"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
</context>
<context>
    <name>PlatesPage</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="247"/>
        <source>Collect at a plate-making point</source>
        <translation>到制牌点领取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="248"/>
        <source>By post, owner installs</source>
        <translation>邮寄到家（自行安装）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="249"/>
        <source>By post, postman installs ({0} yuan)</source>
        <translation>邮寄到家（邮递员上门安装，{0} 元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="250"/>
        <source>Free installation at an installation point</source>
        <translation>到安装点免费安装</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="254"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="255"/>
        <source>Scan or type the notice code, plate, ID number or VIN</source>
        <translation>扫描或输入通知编号、号牌号码、身份证号码或车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="257"/>
        <source>Confirm the plate</source>
        <translation>确认号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="258"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="258"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="258"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="260"/>
        <source>Document</source>
        <translation>核验材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="260"/>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="260"/>
        <source>Point</source>
        <translation>领取/安装地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="261"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="261"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="266"/>
        <source>SMS notice</source>
        <translation>选号短信通知</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="267"/>
        <source>Vehicle registration certificate</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="280"/>
        <source>Where the post should deliver the plates</source>
        <translation>号牌邮寄送达的地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="317"/>
        <source>No plate reservation found for {0}.</source>
        <translation>未找到 {0} 的号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="320"/>
        <source>{0} reservation(s) found.</source>
        <translation>找到 {0} 条号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="329"/>
        <source>Not a notice code, plate, ID number or VIN: {0}</source>
        <translation>不是通知编号、号牌号码、身份证号码或车辆识别代号：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="331"/>
        <source>The central service cannot be reached: plate reservations are only kept there. Try again when the connection is back.</source>
        <translation>无法连接中心服务：号牌预选记录只保存在中心，请恢复连接后再查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="337"/>
        <source>The search failed.</source>
        <translation>查询失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="356"/>
        <source>{0} (end of day)</source>
        <translation>{0}（当日内有效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="362"/>
        <source>The deadline has passed: this plate can no longer be confirmed.</source>
        <translation>已超过确认期限，该号牌不能再确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="369"/>
        <source>Confirmed {0} at {1}. {2}; ready from {3}.</source>
        <translation>已于 {0} 在{1}确认。{2}；{3} 起可取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="385"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="385"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="410"/>
        <source>Confirming with the central service...</source>
        <translation>正在向中心服务确认…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="426"/>
        <source>Not confirmed: confirming a plate needs the central service, which cannot be reached now. Nothing was saved; confirm again when the connection is back.</source>
        <translation>未确认：号牌确认需要连接中心服务，当前无法连接。本次未保存，请恢复连接后重新确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="433"/>
        <source>The confirmation failed.</source>
        <translation>确认失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="448"/>
        <source>Plate confirmation notice</source>
        <translation>机动车号牌确认通知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="453"/>
        <source>The notice could not be printed.</source>
        <translation>确认通知单未能打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="174"/>
        <source>Search cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="256"/>
        <source>&amp;Find</source>
        <translation>查询(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="263"/>
        <source>I have &amp;checked the registration certificate or the SMS notice</source>
        <translation>已核验机动车登记证书或短信通知(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="281"/>
        <source>C&amp;onfirm plate</source>
        <translation>确认号牌(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="282"/>
        <source>&amp;Print notice</source>
        <translation>打印通知单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="293"/>
        <source>Searching... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="26"/>
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="38"/>
        <source>{0} page(s)</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="39"/>
        <source>Print...</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="41"/>
        <source>Save as PDF...</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="42"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="83"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="24"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="27"/>
        <source>Printed since sign-in</source>
        <translation>本次登录以来打印的单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="29"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="30"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="31"/>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="44"/>
        <location filename="../../counter_app/views/printing_page.py" line="114"/>
        <source>End-of-day summary</source>
        <translation>窗口日终业务汇总</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="56"/>
        <source>The business this account did on the day, from the centre&apos;s audit trail, for signature.</source>
        <translation>按中心审计日志汇总本账户当日办理的业务，打印后签字留存。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="59"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="94"/>
        <source>Select a document first.</source>
        <translation>请先选择一份单据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="120"/>
        <source>The summary is made from the centre&apos;s records: it needs the link.</source>
        <translation>日终汇总依据中心记录生成，须联网后打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="34"/>
        <source>Print &amp;again</source>
        <translation>重新打印(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="51"/>
        <source>Print my &amp;summary</source>
        <translation>打印本人日终汇总(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PublishPlanDialog</name>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="79"/>
        <source>Publish an exam session</source>
        <translation>发布考试计划</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="80"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="80"/>
        <source>Date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="80"/>
        <source>Start</source>
        <translation>开考时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="81"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="81"/>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="81"/>
        <source>Seats</source>
        <translation>计划人数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="83"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_plan_dialog.py" line="94"/>
        <source>Publishing...</source>
        <translation>正在发布…</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="571"/>
        <source>Open record</source>
        <translation>用户档案</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="577"/>
        <location filename="../../counter_app/views/registration_page.py" line="584"/>
        <location filename="../../counter_app/views/registration_page.py" line="593"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="578"/>
        <location filename="../../counter_app/views/registration_page.py" line="585"/>
        <location filename="../../counter_app/views/registration_page.py" line="594"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="579"/>
        <location filename="../../counter_app/views/registration_page.py" line="586"/>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="580"/>
        <location filename="../../counter_app/views/registration_page.py" line="596"/>
        <source>Bound at</source>
        <translation>绑定时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="587"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="610"/>
        <source>VIN (scan, or pick a vehicle below)</source>
        <translation>车辆识别代号（可扫码，或在下方选择车辆）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="615"/>
        <source>New mobile</source>
        <translation>新手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="635"/>
        <source>Bound vehicles</source>
        <translation>已绑定的机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="638"/>
        <source>Other vehicles on record</source>
        <translation>名下其他登记车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="693"/>
        <source>Search for a user, or register a new one.</source>
        <translation>请查询用户，或办理新用户注册。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="699"/>
        <source>face-signed</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="699"/>
        <source>registered online</source>
        <translation>互联网注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="701"/>
        <source>{0}  {1}  {2}
ID: {3}   Mobile: {4}
{5}; vehicles bound {6} of {7}</source>
        <translation>{0}  {1}  {2}
证件号码：{3}&#x3000;手机号码：{4}
{5}；已绑定机动车 {6}/{7} 辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="721"/>
        <source>Sending...</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="726"/>
        <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre&apos;s answer.</source>
        <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="739"/>
        <source>Saved: {0}. Print the form for the applicant to sign.</source>
        <translation>已保存：{0}。请打印申请表交申请人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="744"/>
        <source>The central service cannot be reached: this change needs its answer at once, nothing was changed.</source>
        <translation>无法连接中心服务：此项变更须中心即时答复，本次未作任何变更。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="749"/>
        <source>face-sign upgrade (1 → 3 vehicles)</source>
        <translation>面签升级（可绑定车辆 1 → 3 辆）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="759"/>
        <source>bind vehicle {0}</source>
        <translation>绑定机动车 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="774"/>
        <source>Select a bound vehicle first.</source>
        <translation>请先选择一辆已绑定的机动车。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="778"/>
        <source>unbind vehicle {0}</source>
        <translation>解绑机动车 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="788"/>
        <source>mobile {0} → {1}</source>
        <translation>手机号码 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="604"/>
        <source>&amp;Face-sign upgrade</source>
        <translation>面签升级(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="606"/>
        <source>&amp;Unbind selected</source>
        <translation>解绑所选车辆(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="607"/>
        <source>&amp;Print application form</source>
        <translation>打印申请表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="612"/>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="617"/>
        <source>C&amp;hange mobile</source>
        <translation>变更手机号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="595"/>
        <source>Owner and consent</source>
        <translation>所有人及同意方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="600"/>
        <source>Bind another owner&apos;s vehicle</source>
        <translation>绑定他人名下机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="641"/>
        <source>Vehicles of other owners (with the owner&apos;s consent)</source>
        <translation>他人名下机动车（经所有人同意）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="768"/>
        <source>bind vehicle {0} of another owner</source>
        <translation>绑定他人名下机动车 {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="810"/>
        <source>Face-sign registration</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="814"/>
        <source>ID number or unified social credit code</source>
        <translation>身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="821"/>
        <source>Registration no.</source>
        <translation>注册编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="822"/>
        <source>Kind</source>
        <translation>用户类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="823"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="824"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="825"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="826"/>
        <source>Registered</source>
        <translation>注册方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="826"/>
        <source>face-sign</source>
        <translation>面签</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="826"/>
        <source>online</source>
        <translation>互联网</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="827"/>
        <source>Vehicles</source>
        <translation>绑定车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="828"/>
        <source>Since</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="889"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="916"/>
        <location filename="../../counter_app/views/registration_page.py" line="943"/>
        <source>{0} account(s) found.</source>
        <translation>查到 {0} 个账户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="920"/>
        <source>Not registered yet: use the registration tabs.</source>
        <translation>尚未注册，请在“个人用户注册”或“单位用户注册”中办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="960"/>
        <source>Registered as {0} at {1}. Print the form for signature.</source>
        <translation>注册成功，编号 {0}（{1}）。请打印申请表交申请人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="815"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="817"/>
        <source>Read I&amp;D card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="839"/>
        <source>Search cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="856"/>
        <source>&amp;Find and change</source>
        <translation>查询与变更(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="858"/>
        <source>&amp;Personal registration</source>
        <translation>个人用户注册(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="859"/>
        <source>&amp;Unit registration</source>
        <translation>单位用户注册(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="906"/>
        <source>Search is by number: type or scan the ID number (18 characters) or the unified social credit code, not a name.</source>
        <translation>按号码查询：请输入或扫描身份证号（18位）或统一社会信用代码，不能按姓名查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="909"/>
        <source>Searching... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="930"/>
        <source>The central service cannot be reached: searching needs it. A new registration can still be saved on the registration tabs.</source>
        <translation>无法连接中心服务，查询需要中心；新注册仍可在注册页签中保存。</translation>
    </message>
</context>
<context>
    <name>ReservationTableModel</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Notice code</source>
        <translation>通知编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="66"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="70"/>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="70"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="71"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="75"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="76"/>
        <source>Yes, until {0}</source>
        <translation>是，至 {0}</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="31"/>
        <source>Set up this counter PC</source>
        <translation>设置本柜台电脑</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="32"/>
        <source>Connect this PC to the central service</source>
        <translation>连接中心服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="35"/>
        <source>Enter the address of the central service given by the IT department (e.g. https://centre.example:8443). It is checked before it is saved; the installer may also have written it for all users of this PC.</source>
        <translation>请输入信息科提供的中心服务地址（例如 https://centre.example:8443）。保存前会检查能否连通；安装程序也可能已为本机所有用户写好该地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="44"/>
        <source>Central service address</source>
        <translation>中心服务地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="49"/>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="71"/>
        <source>Checking the address...</source>
        <translation>正在检查地址…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="79"/>
        <source>This PC is not enrolled at the central service yet.</source>
        <translation>本机尚未在中心服务登记。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/station_setup_dialog.py" line="88"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="53"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="53"/>
        <location filename="../../counter_app/views/sync_page.py" line="64"/>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="54"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="56"/>
        <source>Centre&apos;s answer</source>
        <translation>中心答复</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="116"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="117"/>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="117"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="117"/>
        <source>Central clock</source>
        <translation>中心时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="118"/>
        <source>Writes waiting to be sent</source>
        <translation>待同步的业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="121"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="122"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="127"/>
        <source>Waiting to be sent (待同步), oldest first:</source>
        <translation>待同步的业务（按办理先后）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="128"/>
        <source>Refused by the centre (待处理): deal with each, then mark it:</source>
        <translation>中心未受理的业务（待处理）：逐条处理后标记：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="191"/>
        <source>The centre cannot be reached; the writes wait on this PC.</source>
        <translation>无法连接中心服务，业务已保存在本机等待同步。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="200"/>
        <source>Sending {0} of {1}</source>
        <translation>正在同步 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="205"/>
        <source>Select a refused write first.</source>
        <translation>请先选择一条待处理的业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="63"/>
        <source>Local reference</source>
        <translation>临时编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="65"/>
        <source>Centre&apos;s number</source>
        <translation>中心正式编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="66"/>
        <source>Vehicles bound</source>
        <translation>已绑定车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="123"/>
        <source>&amp;Mark as dealt with</source>
        <translation>标记为已处理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="124"/>
        <source>&amp;Print again with the centre&apos;s number</source>
        <translation>按正式编号重新打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="126"/>
        <source>Saved offline (registrations, bookings): local reference → the centre&apos;s number:</source>
        <translation>离线受理（注册、预约）：临时编号 → 中心正式编号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="152"/>
        <source>awaiting the centre</source>
        <translation>待中心确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="152"/>
        <source>refused (see above)</source>
        <translation>中心拒绝（见上）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="153"/>
        <source>refused (dealt with)</source>
        <translation>中心拒绝（已处理）</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="507"/>
        <source>Vehicles of the unit on record (tick to bind):</source>
        <translation>单位名下登记的机动车（勾选需绑定的车辆）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="549"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="505"/>
        <source>&amp;Register unit</source>
        <translation>提交单位注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="506"/>
        <source>Rea&amp;d agent&apos;s ID card</source>
        <translation>读取经办人身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="526"/>
        <source>Unit &amp;name</source>
        <translation>单位名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="526"/>
        <source>Unified social &amp;credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="526"/>
        <source>A&amp;ddress</source>
        <translation>单位地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="527"/>
        <source>A&amp;gent name</source>
        <translation>经办人姓名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="527"/>
        <source>Agent &amp;ID number</source>
        <translation>经办人身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="527"/>
        <source>Agent &amp;mobile</source>
        <translation>经办人手机(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="528"/>
        <source>Au&amp;thorisation number</source>
        <translation>授权书编号(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="52"/>
        <location filename="../../counter_app/views/update_prompt.py" line="93"/>
        <location filename="../../counter_app/views/update_prompt.py" line="101"/>
        <source>Counter program update</source>
        <translation>柜台程序更新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="56"/>
        <source>This counter program (version {0}) is older than the minimum version {1} the central service accepts. It cannot be used until it is updated.</source>
        <translation>本机柜台程序版本 {0} 低于中心要求的最低版本 {1}，更新之前不能办理业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="59"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="62"/>
        <source>Version {0} of the counter program is available (this PC has {1}). Update now? Finish the current business first.</source>
        <translation>柜台程序有新版本 {0}（本机为 {1}）。现在更新吗？请先办完手头的业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="65"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="66"/>
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="94"/>
        <source>The update was downloaded and its signature verified. The installer starts now and this program closes.</source>
        <translation>更新包已下载并通过签名校验。现在启动安装程序，本程序将关闭。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="100"/>
        <source>The update could not be downloaded: {0}</source>
        <translation>更新包下载失败：{0}</translation>
    </message>
</context>
<context>
    <name>VehicleServicePage</name>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="70"/>
        <source>Asking the central service...</source>
        <translation>正在查询中心服务…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="93"/>
        <source>The central service cannot be reached: these records are only kept there. Try again when the connection is back.</source>
        <translation>无法连接中心服务：这些记录只保存在中心，请在网络恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="99"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="114"/>
        <source>Saved on this PC; sending to the centre...</source>
        <translation>已保存在本机，正在发送到中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="119"/>
        <source>The centre cannot be reached now: this waits in the outbox (待同步) and is sent when the link returns; its outcome shows under Sync status.</source>
        <translation>暂时无法连接中心：本业务在待同步队列中等待，网络恢复后自动发送，结果见“同步状态”。</translation>
    </message>
</context>
<context>
    <name>ViolationsPage</name>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="134"/>
        <source>Time</source>
        <translation>违法时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="135"/>
        <source>Place</source>
        <translation>违法地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="142"/>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="136"/>
        <source>Fine</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="137"/>
        <source>Points</source>
        <translation>记分</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="140"/>
        <source>Here?</source>
        <translation>可否在此处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="140"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="146"/>
        <source>Camera violations</source>
        <translation>曝光处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="147"/>
        <source>Scan or type the plate or the VIN</source>
        <translation>扫描或输入号牌号码、车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="148"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="149"/>
        <source>Handle (simple procedure)</source>
        <translation>处理（简易程序）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="150"/>
        <source>Driver&apos;s licence number</source>
        <translation>驾驶证号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="150"/>
        <source>Driver&apos;s name</source>
        <translation>驾驶人姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="152"/>
        <source>Handle</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="153"/>
        <source>Send to the brigade</source>
        <translation>转交警大队</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="154"/>
        <source>Pay the fine through a bank</source>
        <translation>通过银行缴纳罚款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="155"/>
        <source>Bank</source>
        <translation>缴款银行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="155"/>
        <source>Amount (yuan)</source>
        <translation>缴款金额（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="156"/>
        <source>Bank&apos;s transaction reference</source>
        <translation>银行交易流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="158"/>
        <source>Record payment</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="159"/>
        <source>Bank confirmed</source>
        <translation>银行已确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="160"/>
        <source>Print receipt</source>
        <translation>打印缴款凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="175"/>
        <source>{0}  {1}, {2}; owner {3}: {4} violation record(s)</source>
        <translation>{0}&#x3000;{1}，{2}；所有人 {3}：{4} 条违法记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="194"/>
        <source>Qualifies: simple procedure, no points, fine {0} yuan.</source>
        <translation>可自助处理：简易程序、不记分、罚款{0}元。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="196"/>
        <source>Decision number {0}.</source>
        <translation>决定书编号 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="199"/>
        <source>Paid {0} yuan through {1} ({2}), {3}.</source>
        <translation>已通过{1}缴款{0}元（流水号 {2}），{3}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="205"/>
        <source>To the traffic-police brigade: {0}</source>
        <translation>须到交警大队处理：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="244"/>
        <source>Handled: decision number {0}. Take the fine now.</source>
        <translation>已处理，决定书编号 {0}，请缴纳罚款。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="251"/>
        <source>Sent to the brigade: {0}</source>
        <translation>已转交警大队：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="258"/>
        <source>Payment recorded; it is settled when the bank confirms.</source>
        <translation>缴款已登记，银行确认后入账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="264"/>
        <source>The bank confirmed: the fine is paid.</source>
        <translation>银行已确认，罚款已缴纳。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="269"/>
        <source>Fine payment receipt</source>
        <translation>罚款缴纳凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="140"/>
        <source>No: brigade</source>
        <translation>否，转交警大队</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="104"/>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="105"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="106"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="107"/>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="108"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="109"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="177"/>
        <source>Required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="231"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正红色提示的项目。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="254"/>
        <source>Saved on this PC; sending to the centre for checking...</source>
        <translation>已保存在本机，正在提交中心核验…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="308"/>
        <source>The central service cannot be reached. Registration needs it to check the vehicle and licence records: nothing was saved, please submit again when the link is back.</source>
        <translation>无法连接中心服务。面签注册须联网核验机动车和驾驶证登记信息，本次未保存，请在网络恢复后重新提交。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="311"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="149"/>
        <source>Open the &amp;existing user</source>
        <translation>打开已注册用户(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="150"/>
        <source>&amp;Print the form (awaiting the centre)</source>
        <translation>打印申请表（待中心确认）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="223"/>
        <source>Offline: the vehicles listed are the last known records on this PC (if any); the registration can still be saved and is checked by the centre when the link returns.</source>
        <translation>离线：所列车辆为本机最近一次获取的登记信息（如有）；注册仍可保存，网络恢复后由中心核验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="267"/>
        <source>Saved offline with the local reference {0} (待同步): print the form now for signature, marked awaiting the centre; the centre checks it when the link returns and its registration number shows under Sync status, where the form can be printed again with it.</source>
        <translation>已离线保存，临时编号 {0}（待同步）：请现在打印申请表（标注“待中心确认”）供申请人签字；网络恢复后由中心核验，正式注册编号显示在“同步状态”中，可在那里重新打印正式申请表。</translation>
    </message>
</context>
</TS>
