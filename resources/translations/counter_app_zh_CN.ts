<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="111"/>
        <location filename="../../counter_app/views/console_accounts.py" line="129"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="112"/>
        <location filename="../../counter_app/views/console_accounts.py" line="129"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="113"/>
        <location filename="../../counter_app/views/console_accounts.py" line="129"/>
        <location filename="../../counter_app/views/console_accounts.py" line="136"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="114"/>
        <location filename="../../counter_app/views/console_accounts.py" line="130"/>
        <location filename="../../counter_app/views/console_accounts.py" line="136"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="115"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="116"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="120"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="120"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="122"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="124"/>
        <source>locked until {0}</source>
        <translation>锁定至 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="128"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="130"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="132"/>
        <source>lower-case letters and digits, e.g. clerk09</source>
        <translation>小写字母和数字，如 clerk09</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="133"/>
        <source>the user changes it at the first sign-in</source>
        <translation>用户首次登录时须修改</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="134"/>
        <source>Create account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="135"/>
        <source>Selected account</source>
        <translation>所选账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="136"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="138"/>
        <source>a temporary password; changed at the next sign-in</source>
        <translation>临时密码，下次登录时须修改</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="139"/>
        <source>Save role and station</source>
        <translation>保存角色和站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="140"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="175"/>
        <location filename="../../counter_app/views/console_accounts.py" line="179"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="179"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="197"/>
        <source>Account {0} created: it must choose its own password at the first sign-in.</source>
        <translation>已新建账户 {0}：首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="207"/>
        <source>Account {0} changed; it signs in again.</source>
        <translation>账户 {0} 已变更，须重新登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="214"/>
        <source>Account {0} activated.</source>
        <translation>账户 {0} 已启用。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="214"/>
        <source>Account {0} deactivated.</source>
        <translation>账户 {0} 已停用。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_accounts.py" line="223"/>
        <source>Password of {0} reset and lock-out lifted: it must choose its own at the next sign-in.</source>
        <translation>已重置 {0} 的密码并解除锁定：下次登录时须自行设置密码。</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="238"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="239"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="240"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="241"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="242"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="243"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="244"/>
        <source>Ticket</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="245"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="251"/>
        <source>Account (user name)</source>
        <translation>账户（用户名）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="252"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="253"/>
        <source>Record number</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="254"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="257"/>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="262"/>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="289"/>
        <source>{0} entries (at most 500 shown: narrow the search for more).</source>
        <translation>共 {0} 条（最多显示500条，请缩小查询范围）。</translation>
    </message>
</context>
<context>
    <name>BlacklistTab</name>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="145"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="146"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="147"/>
        <source>Plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="148"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="149"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="150"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="150"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="150"/>
        <source>Lifted or ended</source>
        <translation>已解除或期满</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="152"/>
        <source>Lifted</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="157"/>
        <source>ID number (empty: the whole list)</source>
        <translation>证件号码（留空显示全部）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="158"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="159"/>
        <source>Reason for lifting</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="160"/>
        <source>required, e.g. 经核实系系统原因未能确认</source>
        <translation>必填，如 经核实系系统原因未能确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="161"/>
        <source>Lift entry</source>
        <translation>解除黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="192"/>
        <source>Entry of {0} ({1}) lifted: internet plate selection is open to this person again.</source>
        <translation>已解除 {0}（{1}）的黑名单：其可再次参加互联网选号。</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="61"/>
        <location filename="../../counter_app/views/board_page.py" line="79"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="62"/>
        <source>Counters online</source>
        <translation>在线终端</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="64"/>
        <location filename="../../counter_app/views/board_page.py" line="86"/>
        <source>Writes waiting</source>
        <translation>待同步</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="66"/>
        <location filename="../../counter_app/views/board_page.py" line="88"/>
        <source>Refused, to deal with</source>
        <translation>待处理（被拒）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="68"/>
        <source>Customers today</source>
        <translation>今日接待</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="69"/>
        <source>Average time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="70"/>
        <source>{0:.1f} min</source>
        <translation>{0:.1f} 分钟</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="71"/>
        <source>Late cancellations</source>
        <translation>逾期取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="72"/>
        <source>No-shows</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="73"/>
        <source>By workflow</source>
        <translation>按业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="80"/>
        <source>Counter PC</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="81"/>
        <source>Enrolment</source>
        <translation>本机登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="82"/>
        <source>Signed in</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="83"/>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="83"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="83"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="85"/>
        <source>Last heartbeat</source>
        <translation>最后心跳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="90"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="95"/>
        <source>Waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="95"/>
        <source>Enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="96"/>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="97"/>
        <source>Not enrolled</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="105"/>
        <source>Live board</source>
        <translation>实时看板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="151"/>
        <source>Counter PCs (offline: no heartbeat for {0} s; its figures are its last report)</source>
        <translation>柜台终端（超过 {0} 秒无心跳即为离线；其数字为最后一次报告）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="158"/>
        <source>{0}: {1} counter PC(s), {2} offline. Updated {3}.</source>
        <translation>{0}：共 {1} 台终端，{2} 台离线。更新于 {3}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="164"/>
        <source>The central service cannot be reached: the board shows its last answer.</source>
        <translation>无法连接中心服务：看板显示的是最后一次结果。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/board_page.py" line="168"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
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
    <name>CalendarTab</name>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="133"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="134"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="136"/>
        <location filename="../../counter_app/views/console_calendar.py" line="146"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="137"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="138"/>
        <location filename="../../counter_app/views/console_calendar.py" line="146"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="140"/>
        <location filename="../../counter_app/views/console_calendar.py" line="146"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="144"/>
        <source>Year shown</source>
        <translation>显示年份</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="145"/>
        <source>Enter a day from the State Council notice</source>
        <translation>按国务院办公厅通知录入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="148"/>
        <source>e.g. 元旦, 春节, 春节调休</source>
        <translation>如 元旦、春节、春节调休</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="149"/>
        <source>Save day</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="150"/>
        <source>Make selected day ordinary</source>
        <translation>所选日期恢复为普通日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="151"/>
        <source>Trial: plate confirmation deadline</source>
        <translation>试算：号牌确认截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="152"/>
        <source>Plate chosen on</source>
        <translation>选定号牌日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="153"/>
        <source>Compute deadline</source>
        <translation>计算截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="178"/>
        <source>The calendar knows {0}–{1}.</source>
        <translation>日历已知 {0}–{1} 年。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="182"/>
        <source>The calendar runs out on {0}-12-31: enter {1}&apos;s holidays and make-up working days from the State Council notice, then declare {1} entered. Until then deadlines in {1} cannot be computed.</source>
        <translation>节假日日历将于 {0}-12-31 用完：请按国务院办公厅通知录入 {1} 年的放假和调休上班日期，再确认 {1} 年安排已录入。在此之前，落在 {1} 年的期限无法计算。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="187"/>
        <source>Declare {0} entered (all its days saved)</source>
        <translation>确认{0}年安排已全部录入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="210"/>
        <source>{0} saved as {1}.</source>
        <translation>{0} 已保存为{1}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="218"/>
        <source>{0} is an ordinary day again.</source>
        <translation>{0} 已恢复为普通日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="233"/>
        <source>{0} entered: working days may now be computed in it.</source>
        <translation>{0} 年安排已录入：可计算该年的工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="238"/>
        <source>Asking the central service...</source>
        <translation>正在查询中心服务…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_calendar.py" line="243"/>
        <source>A plate chosen on {0} must be confirmed by {1} ({2} working days from the next day).</source>
        <translation>{0} 选定的号牌须于 {1} 前确认（次日起 {2} 个工作日）。</translation>
    </message>
</context>
<context>
    <name>CandidateLookup</name>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="65"/>
        <source>as the caller states it</source>
        <translation>由来电人报出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="77"/>
        <source>Ask the caller for the registered mobile number (11 digits).</source>
        <translation>请来电人报出登记的手机号码（11位）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="63"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="64"/>
        <source>Caller&apos;s &amp;mobile</source>
        <translation>来电手机号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="66"/>
        <source>&amp;Find</source>
        <translation>查询(&amp;F)</translation>
    </message>
</context>
<context>
    <name>CentreMessages</name>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="18"/>
        <source>Cannot reach the central service; check the network.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="19"/>
        <source>The central service did not answer in time; try again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="20"/>
        <source>The central service is busy; nothing was done. Try again in a moment.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="21"/>
        <source>The central service answered with an error.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="22"/>
        <source>The central service failed; try again later or call the IT section.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="23"/>
        <source>The central service does not know this request.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="24"/>
        <source>The central service does not accept this request.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="25"/>
        <source>The request carried wrong or missing values; nothing was done.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="26"/>
        <source>A number or date in the request is out of range; nothing was done.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="27"/>
        <source>What was sent is too large; nothing was done.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="28"/>
        <source>The request contains a NUL character; nothing was done.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="29"/>
        <source>The same transaction is being processed; wait for its result and do not send it again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="30"/>
        <source>The request number (Idempotency-Key) must be 1 to 128 characters.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="31"/>
        <source>This request number was already used for a different operation; nothing was done twice.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="32"/>
        <source>The central service&apos;s certificate failed verification; the connection was refused. Ask the IT section to check the address and certificate.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="33"/>
        <source>The central service&apos;s certificate file (CA bundle) is missing; call the IT section.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="34"/>
        <source>This PC&apos;s data file was deleted or damaged; the transaction was not saved. Submit it again; if it keeps happening, call the IT section.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="35"/>
        <source>Not signed in or the sign-in has expired; sign in again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="36"/>
        <source>Not signed in; sign in first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="37"/>
        <source>The sign-in has expired; sign in again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="38"/>
        <source>This account signed in on another PC; this PC has been signed out. Sign in again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="39"/>
        <source>Wrong username or password.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="40"/>
        <source>This account is locked after repeated wrong passwords; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="41"/>
        <source>Too many failed sign-ins from this PC; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="42"/>
        <source>Too many sign-in requests; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="43"/>
        <source>This account belongs to another station and cannot sign in here.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="44"/>
        <source>No such station.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="45"/>
        <source>After the first sign-in or a password reset, change the password first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="46"/>
        <source>The password has not been changed for too long; change it first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="47"/>
        <source>The new password must differ from the recently used ones.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="48"/>
        <source>The new password must differ from the current one.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="49"/>
        <source>The new password does not meet the rules: long enough, three of upper case, lower case, digits and symbols, not the user name, not common or easy to guess.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="50"/>
        <source>This PC is not enrolled and cannot sign in; ask the system administrator to enrol it.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="51"/>
        <source>This PC is not enrolled or was withdrawn; ask the system administrator.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="53"/>
        <source>This PC is not enrolled yet. Ask the system administrator to approve the enrolment code {code}, then sign in again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="54"/>
        <source>An enrolment code has 8 digits: check the code shown in that PC&apos;s sign-in window.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="55"/>
        <source>This PC&apos;s identity check failed; sign in again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="56"/>
        <source>Choose this PC&apos;s station first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="57"/>
        <source>This PC is already enrolled; to enrol it again, ask the system administrator.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="58"/>
        <source>The device&apos;s public key is malformed.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="59"/>
        <source>The enrolment code is wrong or expired; request a new one on that PC.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="60"/>
        <source>Enrolment code clash; try again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="61"/>
        <source>Too many enrolment requests from this PC; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="62"/>
        <source>The centre has not published the counter program for this platform.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="63"/>
        <source>This account&apos;s role may not do this.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="64"/>
        <source>You cannot disable your own account or change your own role.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="65"/>
        <source>This username already exists.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="73"/>
        <source>The account to send these transactions after the takeover does not exist or is disabled.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="75"/>
        <source>The document has expired and cannot prove identity.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="76"/>
        <source>This document type cannot be read at the counter; enter it by hand.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="77"/>
        <source>The card could not be read completely; place it on the reader again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="78"/>
        <source>The card reader&apos;s driver library is missing; ask the IT section to install it.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="79"/>
        <source>The card reader is not connected; check the cable.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="81"/>
        <source>This ID number is already registered.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="82"/>
        <source>This user has already completed face-sign registration at a counter.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="83"/>
        <source>A unit user can register only at a face-sign counter.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="84"/>
        <source>This station does not do face-sign registration.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="85"/>
        <source>The account already has as many bound vehicles as it may.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="86"/>
        <source>This vehicle is not bound to this account.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="87"/>
        <source>This vehicle is already bound to this account.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="88"/>
        <source>This vehicle is already bound to the most internet accounts allowed.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="89"/>
        <source>This vehicle is registered to the applicant; tick it under the applicant&apos;s own vehicles.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="90"/>
        <source>The vehicle&apos;s registered owner is not the applicant; bind it as another person&apos;s vehicle (the owner&apos;s consent is needed).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="91"/>
        <source>No such vehicle in the vehicle register.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="92"/>
        <source>Search by one of plate number or VIN.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="93"/>
        <source>The same VIN was entered twice.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="94"/>
        <source>The mobile number differs from the one on record.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="95"/>
        <source>The new mobile number is the same as the current one.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="96"/>
        <source>A change of contact must be made in person at a window with the ID document.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="97"/>
        <source>Check the applicant&apos;s ID document in person first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="98"/>
        <source>No vehicle or driving licence is registered to this person.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="99"/>
        <source>Some chosen records are not registered to this person.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="100"/>
        <source>Wrong registration number format: R followed by 14 digits, e.g. R20261125000123.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="101"/>
        <source>The applicant already holds a driving licence and cannot register as a learner; register as a driver to add a class.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="102"/>
        <source>The applicant already has vehicles or a licence on record and cannot register as a new car owner; choose vehicle owner or driver.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="103"/>
        <source>Search by one of notice code, plate number, ID number or VIN.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="104"/>
        <source>The owner&apos;s consent is missing.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="105"/>
        <source>The owner&apos;s consent reference is missing.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="106"/>
        <source>The name is not valid.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="107"/>
        <source>The name does not match the records.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="108"/>
        <source>The owner does not match the vehicle register.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="109"/>
        <source>No vehicle is registered to this person.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="110"/>
        <source>The invoice code is not valid.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="111"/>
        <source>The invoice number is not valid.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="112"/>
        <source>The invoice photo is missing.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="113"/>
        <source>The invoice photo must be a JPEG or PNG image.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="114"/>
        <source>The invoice photo is too large; compress it and upload it again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="115"/>
        <source>Internet plate selection is for small cars only; other vehicles are handled at a vehicle office window.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="116"/>
        <source>Internet plate selection is for non-commercial vehicles only; others are handled at a vehicle office window.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="117"/>
        <source>Internet plate selection is for new vehicles only; used vehicles are handled at a vehicle office window.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="119"/>
        <source>This plate has already been confirmed; do not confirm it again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="120"/>
        <source>The deadline to confirm this plate has passed; the plate has lapsed and cannot be confirmed.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="121"/>
        <source>Today&apos;s notice codes are used up; call the IT section.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="122"/>
        <source>Wrong notice code format: NJ followed by 12 digits.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="123"/>
        <source>This station does not confirm plates; go to a registration window of the vehicle office.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="124"/>
        <source>The pick-up or fitting place must be a vehicle office that handles plates.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="125"/>
        <source>Plates sent by post need a delivery address.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="126"/>
        <source>Enter the full postal address.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="127"/>
        <source>Enter the recipient&apos;s name.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="128"/>
        <source>The plate&apos;s state has changed; refresh and try again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="129"/>
        <source>Not a valid plate number.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="130"/>
        <source>This plate is among your current random plates; choose it directly.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="131"/>
        <source>This plate is not in a segment open for selection; try another number (no attempt is counted).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="132"/>
        <source>This plate is no longer held for you.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="133"/>
        <source>This plate is in a newly released segment that is for random selection only for now (no attempt is counted).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="134"/>
        <source>No plates are available in the pool; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="135"/>
        <source>The hold on this plate has expired; the plate was released.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="136"/>
        <source>All self-chosen attempts are used; use random selection.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="137"/>
        <source>Self-chosen selection has ended (the held plate was not confirmed in time or was given up); use random selection.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="138"/>
        <source>Confirm or give up the held plate before choosing another.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="139"/>
        <source>All random draws are used.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="140"/>
        <source>A plate selection is already in progress; finish it or wait for it to end.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="141"/>
        <source>Too many plate selections started recently; try again later.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="142"/>
        <source>No such plate selection.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="143"/>
        <source>A plate was already chosen in this selection; it cannot go on.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="144"/>
        <source>This selection has used all its self-chosen and random attempts.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="145"/>
        <source>This selection ended after a long time without activity; start a new one.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="146"/>
        <source>This vehicle already has a chosen plate; it cannot select again.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="147"/>
        <source>Barred from internet plate selection for not confirming a plate in time.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="148"/>
        <source>This blacklist entry was already lifted.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="149"/>
        <source>Enter the reason for lifting the blacklist entry.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="150"/>
        <source>The reason may not exceed 128 characters.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="151"/>
        <source>Not a valid plate segment.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="152"/>
        <source>Enter the plate segment, e.g. 苏A:1LDDL.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="154"/>
        <source>The candidate may not book this subject now.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="155"/>
        <source>The candidate may not book this session.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="156"/>
        <source>The candidate already has a booking of this subject not yet taken.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="157"/>
        <source>Booking for this session has closed.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="158"/>
        <source>This booking cannot be cancelled (already cancelled, taken or not allocated).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="159"/>
        <source>Booking is still open; sessions are allocated after the deadline.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="160"/>
        <source>Results can be entered only for an allocated booking without a result.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="161"/>
        <source>The exam is over; the booking cannot be cancelled.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="162"/>
        <source>A booking cannot be cancelled on the exam day.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="163"/>
        <source>Booking has closed and the last working day to cancel has passed; the booking can no longer be cancelled.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="164"/>
        <source>Booking has closed: only the candidate in person, with a valid ID document, can cancel at an internet service window of the vehicle office.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="165"/>
        <source>This station cannot cancel after booking has closed; go to a window of the Nanjing vehicle office or its Jiangbei branch.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="166"/>
        <source>Phone booking is open on working days within service hours only; it is closed now.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="167"/>
        <source>This subject cannot be booked this way; the candidate books in person at a window of the Nanjing vehicle office or its Jiangbei branch.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="168"/>
        <source>The exam has not taken place yet; no result can be entered.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="169"/>
        <source>A session with this site, date, sitting, subject and vehicle class is already published.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="170"/>
        <source>No such exam session.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="171"/>
        <source>The exam date is too near: booking would already be closed when published.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="172"/>
        <source>This station does not take exam bookings; book at a window of the Nanjing vehicle office or its Jiangbei branch.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="173"/>
        <source>This station has no phone booking desk.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="174"/>
        <source>A phone booking checks the caller&apos;s registered mobile number; enter it.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="175"/>
        <source>The caller&apos;s mobile number differs from the registered one; the booking cannot be made.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="176"/>
        <source>This ID number already has a licence application.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="177"/>
        <source>The candidate already has exam bookings; the application can no longer be changed. Ask a supervisor.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="178"/>
        <source>The acceptance time cannot be later than now.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="179"/>
        <source>The learner&apos;s permit cannot be issued before the application was accepted.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="180"/>
        <source>The learner&apos;s permit date cannot be later than today.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="181"/>
        <source>Times in the candidate&apos;s records are later than now; check them.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="182"/>
        <source>Each subject may be entered only once.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="183"/>
        <source>A session&apos;s roster (with whole ID numbers) is downloaded only at its exam site.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="184"/>
        <source>The exam place must be an exam site.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="185"/>
        <source>Rosters can be downloaded only the day before and on the exam day.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="186"/>
        <source>This session is not allocated yet; there is no roster.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="187"/>
        <source>The amount received differs from the retest fee.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="188"/>
        <source>No retest fee is owed for this subject.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="189"/>
        <source>A non-cash payment needs the payment terminal&apos;s receipt number.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="190"/>
        <source>The holiday calendar is empty; ask a supervisor to maintain it.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="191"/>
        <source>The date range is not valid (the end may not be before the start, and the span is limited).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="192"/>
        <source>The holiday calendar has no entries for that year.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="193"/>
        <source>Enter a year next to the years already known first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="194"/>
        <source>Enter the holiday&apos;s name (e.g. New Year&apos;s Day, Spring Festival working day).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="196"/>
        <source>No such inspection label application.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="197"/>
        <source>This label is not waiting to be posted (already posted or collected).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="198"/>
        <source>The label&apos;s printed serial number has the wrong length or characters.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="199"/>
        <source>A label with this serial number was already issued; use another label.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="200"/>
        <source>Only this year&apos;s inspection label can be applied for.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="201"/>
        <source>The vehicle has unpaid fines; no inspection label can be issued.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="202"/>
        <source>This year&apos;s label has already been issued for this vehicle.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="203"/>
        <source>This vehicle type is not exempt from inspection.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="204"/>
        <source>This vehicle use is not exempt from inspection.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="205"/>
        <source>The vehicle is not registered.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="206"/>
        <source>The vehicle has no valid compulsory insurance.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="207"/>
        <source>The compulsory insurance has expired; renew it before applying.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="208"/>
        <source>The vehicle has unhandled traffic violations; handle them first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="209"/>
        <source>The vehicle has traffic accidents not closed; close them first.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="210"/>
        <source>The vehicle is past its inspection-exempt years and must be inspected.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="211"/>
        <source>The vehicle was registered after that label year; no label for that year.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="212"/>
        <source>This station is not an inspection label service point and cannot issue labels.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="213"/>
        <source>The tracking number must be 10 to 20 letters or digits.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="214"/>
        <source>No driving licence with this ID number.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="215"/>
        <source>The review for this scoring period was already done.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="216"/>
        <source>The review cannot be done: the study is incomplete.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="217"/>
        <source>This study platform record was already reported.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="218"/>
        <source>The study end time is later than now.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="219"/>
        <source>The answer times are not valid.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="220"/>
        <source>The test score must be between 0 and 100.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="221"/>
        <source>The test end time must be later than its start.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="222"/>
        <source>The minutes counted may not exceed the length of the study sitting.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="223"/>
        <source>The study end time must be later than its start.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="224"/>
        <source>Enter the driver&apos;s name.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="225"/>
        <source>No such violation record.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="226"/>
        <source>This violation has already been handled.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="227"/>
        <source>This violation must be handled by the traffic police brigade.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="228"/>
        <source>This violation is not unhandled and cannot be passed to the brigade.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="229"/>
        <source>This violation can be handled and paid directly at a window or online; no need to pass it to the brigade.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="230"/>
        <source>The payment must be an amount above 0 (yuan, at most two decimals).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="231"/>
        <source>The payment differs from the fine.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="232"/>
        <source>Choose a bank that takes the payment.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="233"/>
        <source>This fine is already paid or awaiting the bank&apos;s confirmation; it cannot be paid twice.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="234"/>
        <source>No such payment record.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="235"/>
        <source>Handle the violation (issue the penalty decision) before paying the fine.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="236"/>
        <source>The bank transaction number must be 6 to 40 letters, digits or &apos;-&apos;.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="237"/>
        <source>The bank&apos;s transaction number differs from the payment record.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="238"/>
        <source>This bank transaction number was used for another payment; check it.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="241"/>
        <source>{purpose} candidates do not book {subject}</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="242"/>
        <source>Failed the 5th booked attempt at subject 2 or 3: the subjects passed are void; apply again</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="243"/>
        <source>{subject}: already passed</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="244"/>
        <source>Pass subject 1 before booking {subject}</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="245"/>
        <source>{subject} needs subjects 2 and 3 passed (or subject 3 booked for the same day)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="246"/>
        <source>No learner&apos;s permit yet: {subject} cannot be booked</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="247"/>
        <source>The learner&apos;s permit expired on {date}</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="248"/>
        <source>{subject} can be booked {days} days after the learner&apos;s permit was issued (from {earliest})</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="249"/>
        <source>{subject} was failed last time: it can be booked again after {days} days (from {earliest})</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="250"/>
        <source>{subject} was failed or missed last time: pay the retest fee first</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="251"/>
        <source>{subject} has been booked {cap} times while the learner&apos;s permit is valid: no more bookings</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="252"/>
        <source>{subject} is already booked and not yet taken (exam on {date})</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="253"/>
        <source>The photo taken did not match the driver&apos;s: this sitting does not count</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="254"/>
        <source>{minutes} minutes, less than {least}: not counted</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="255"/>
        <source>The test must follow {minutes} minutes of video study</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="256"/>
        <source>{answered} of {questions} questions answered</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="257"/>
        <source>{fast} answers took less than {seconds} seconds</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="258"/>
        <source>The photo taken during the test did not match the driver&apos;s</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="259"/>
        <source>Scored {score}, below {pass_score}</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="260"/>
        <source>{points} points in the scoring period: full-score study and exam first; no review</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="261"/>
        <source>{missing} more minutes of video study ({counted} counted of {required}, at least {least} per sitting)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="262"/>
        <source>The {questions}-question test not taken yet</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="263"/>
        <source>The last test does not count (see Tests)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="264"/>
        <source>The simplified procedure does not apply</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="265"/>
        <source>{points} points (only violations without points can be handled here)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="266"/>
        <source>A fine of {fine} yuan, over {limit} yuan</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="267"/>
        <source>The vehicle ({vehicle_type}) is a large or medium bus</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="268"/>
        <source>A key vehicle (use: {use_nature})</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="67"/>
        <source>Wrong passwords in a row before a lock-out must be {low} to {high}; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="68"/>
        <source>The lock-out must last {low} to {high} minutes; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="69"/>
        <source>Failed sign-ins allowed per PC address must be {low} to {high}; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="70"/>
        <source>The password age must be {low} to {high} days; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="71"/>
        <source>Recent passwords that may not be reused must be {low} to {high}; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/centre_messages.py" line="72"/>
        <source>A sign-in must last {low} to {high} minutes; nothing was saved.</source>
        <translation>（同领域提示）</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="52"/>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="54"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="56"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="410"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="412"/>
        <source>Owner&apos;s ID number</source>
        <translation>所有人证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="418"/>
        <source>Authorisation number</source>
        <translation>授权书编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="453"/>
        <source>Enter the number of the owner&apos;s signed authorisation.</source>
        <translation>请填写所有人签字授权书的编号。</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="62"/>
        <source>Administration console</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="63"/>
        <source>Supervisor&apos;s console</source>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="64"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="64"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="65"/>
        <source>Plate pool</source>
        <translation>号牌号段</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="65"/>
        <source>Selection blacklist</source>
        <translation>选号黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="66"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="66"/>
        <source>SMS outbox</source>
        <translation>短信发件箱</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="66"/>
        <source>Counter PCs</source>
        <translation>本机登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_page.py" line="67"/>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <location filename="../../counter_app/views/console_common.py" line="61"/>
        <source>The central service cannot be reached: the console works only online.</source>
        <translation>无法连接中心服务：控制台只能在线使用。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_common.py" line="66"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_common.py" line="81"/>
        <source>Sending to the centre...</source>
        <translation>正在提交中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_common.py" line="89"/>
        <source>The centre cannot be reached now: try again when the link is back.</source>
        <translation>暂时无法连接中心：请在网络恢复后重试。</translation>
    </message>
</context>
<context>
    <name>ContactChangePage</name>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="44"/>
        <source>Change of contact mobile</source>
        <translation>变更联系方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="46"/>
        <source>The holder must be present with the ID card. Tick the records to change, or none to change every record in the holder&apos;s name.</source>
        <translation>须本人持身份证件到窗口办理。勾选要变更的登记记录；不勾选则变更本人名下的全部记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="54"/>
        <source>Show records</source>
        <translation>查询登记记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="56"/>
        <source>Read ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="60"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="61"/>
        <source>Record</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="62"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="65"/>
        <source>Holder present, ID card checked</source>
        <translation>本人到场，已核验身份证件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="71"/>
        <source>Change the mobile</source>
        <translation>变更手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="73"/>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="85"/>
        <source>New mobile</source>
        <translation>新手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="118"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="123"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="147"/>
        <source>Check the holder&apos;s ID card first: the change is made in person only.</source>
        <translation>请先核验本人身份证件：联系方式变更须本人到场办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="161"/>
        <source>Sending...</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="168"/>
        <source>Changed: {0} record(s) now carry {1}. Print the receipt for signature.</source>
        <translation>变更成功：{0} 条登记记录的手机号已变更为 {1}。请打印回执由本人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="174"/>
        <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre&apos;s answer.</source>
        <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/contact_change_page.py" line="199"/>
        <source>The central service cannot be reached: a contact change needs its answer at once, nothing was changed.</source>
        <translation>无法连接中心服务：变更联系方式须中心即时答复，本次未作任何变更。</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../counter_app/views/customer.py" line="252"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="87"/>
        <source>PC name</source>
        <translation>电脑名称</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="87"/>
        <source> (this PC)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="88"/>
        <location filename="../../counter_app/views/console_devices.py" line="105"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="90"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="91"/>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="92"/>
        <source>Revoked at</source>
        <translation>注销时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="96"/>
        <source>Waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="96"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="97"/>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="101"/>
        <source>A new PC shows a one-time code in its sign-in window at its first sign-in; check the PC and its station, then approve the code here. The clerk then signs in again.</source>
        <translation>新电脑首次登录时，登录窗口会显示一次性登记码；核对电脑及其所在站点后，在此批准该登记码，然后窗口人员重新登录即可。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="103"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="104"/>
        <source>Approve a PC</source>
        <translation>批准本机登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="105"/>
        <source>Enrolment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="107"/>
        <source>the {0} digits the PC&apos;s sign-in window shows</source>
        <translation>该电脑登录窗口上显示的{0}位数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="109"/>
        <location filename="../../counter_app/views/console_devices.py" line="127"/>
        <source>The station the PC asked for</source>
        <translation>该电脑申请的站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="110"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="111"/>
        <source>Selected PC</source>
        <translation>选中的电脑</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="112"/>
        <source>Revoke PC...</source>
        <translation>注销该电脑…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="113"/>
        <source>Yes, revoke it</source>
        <translation>确认注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="114"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="148"/>
        <source>Select a PC in the table to revoke it.</source>
        <translation>在表格中选中一台电脑后可将其注销。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="150"/>
        <source>{0} at {1}: {2}</source>
        <translation>{0}（{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="159"/>
        <source>Revoke {0}? Its sessions end at once and it cannot sign in again until it is enrolled anew with a new code.</source>
        <translation>确定注销 {0}？该电脑上的登录会话立即结束，须用新的登记码重新登记并获批准后才能再登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="171"/>
        <source>{0} approved at {1}: the clerk can sign in on it now.</source>
        <translation>已批准 {0}（{1}）登记：现在可在该电脑上登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_devices.py" line="181"/>
        <source>{0} revoked: its sessions have ended and it can no longer sign in.</source>
        <translation>已注销 {0}：其登录会话已结束，不能再登录。</translation>
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
        <location filename="../../counter_app/views/exam_booking_page.py" line="190"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="193"/>
        <source>Subjects: bookable now, or why not</source>
        <translation>考试科目：现在可否预约及原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="194"/>
        <source>Sessions: requests so far against the seats</source>
        <translation>考试场次：已申请人数 / 计划人数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="208"/>
        <location filename="../../counter_app/views/exam_booking_page.py" line="226"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="209"/>
        <source>Bookable</source>
        <translation>可否预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="209"/>
        <source>Yes</source>
        <translation>可以预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="209"/>
        <source>No</source>
        <translation>不能预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="211"/>
        <source>Would rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="212"/>
        <source>Why not</source>
        <translation>不能预约的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="212"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="218"/>
        <source>{0} (rule {1})</source>
        <translation>{0}（规则{1}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="221"/>
        <source>Open</source>
        <translation>预约中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="221"/>
        <source>Closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="221"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="223"/>
        <source>Date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="224"/>
        <source>Start</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="225"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="227"/>
        <source>Class</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="228"/>
        <source>Requests / seats</source>
        <translation>已申请 / 计划</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="230"/>
        <source>Booking closes</source>
        <translation>预约截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="231"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="289"/>
        <source>learner permit valid until {0}</source>
        <translation>学习驾驶证明有效期至 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="290"/>
        <source>no learner permit yet</source>
        <translation>尚未取得学习驾驶证明</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="291"/>
        <source>{0} · {1} · {2} {3} · {4} · application accepted {5} · {6}</source>
        <translation>{0} · {1} · {2} {3} · {4} · 受理时间 {5} · {6}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="394"/>
        <source>Booked: {0} {1} at {2}, {3}. Booking number {4}. It ranks by {5} (rule {6}: {7}); the seats are allocated after booking closes and the result comes by SMS.</source>
        <translation>预约申请成功：{0} {1} {2} {3}，预约号 {4}。排序时间 {5}（规则{6}：{7}）；预约截止后排序分配考位，结果以短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="417"/>
        <source>Published: {0} {1} at {2}, {3} ({4}), {5} seats.</source>
        <translation>已发布：{0} {1} {2} {3}（{4}），计划 {5} 人。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="437"/>
        <source>Allocated: {0} of {1} requests got a seat ({2} seats); everyone is told by SMS.</source>
        <translation>排序分配完成：{1} 人中 {0} 人排上考位（计划 {2} 人），结果已短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="450"/>
        <source>Booking receipt</source>
        <translation>预约凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="465"/>
        <source>Roster</source>
        <translation>考生名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="473"/>
        <source>Export roster</source>
        <translation>导出考生名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="482"/>
        <source>Roster saved to {0}</source>
        <translation>考生名册已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="195"/>
        <source>Also show sessions whose booking has c&amp;losed</source>
        <translation>同时显示已截止预约的场次(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="196"/>
        <source>&amp;Book the selected session</source>
        <translation>预约所选场次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="197"/>
        <source>&amp;Print booking receipt</source>
        <translation>打印预约凭证(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="198"/>
        <source>Print &amp;roster</source>
        <translation>打印考生名册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="199"/>
        <source>E&amp;xport roster (CSV)</source>
        <translation>导出考生名册（CSV）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="200"/>
        <source>P&amp;ublish a session...</source>
        <translation>发布考试计划…(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="201"/>
        <source>&amp;Allocate the seats</source>
        <translation>排序分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="252"/>
        <source>The phone desk books on working days {0}–{1} only; it is closed now. Callers book on the internet or at a window.</source>
        <translation>电话预约仅在工作日 {0}–{1} 办理，现在不在服务时间内；来电人可通过互联网或到窗口预约。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_booking_page.py" line="314"/>
        <source>Last chance: this is the candidate&apos;s last booking of {0} allowed within the permit ({1} of {1}); after a fail or an absence the candidate must apply again.</source>
        <translation>最后一次机会：这是该考生在学习驾驶证明有效期内{0}的最后一次预约（第 {1} 次，共 {1} 次）；缺考或不合格后须重新申请。</translation>
    </message>
</context>
<context>
    <name>ExamCancelPage</name>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="110"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="112"/>
        <source>The candidate&apos;s bookings</source>
        <translation>考生的预约记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="113"/>
        <source>Cancellation</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="114"/>
        <source>Reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="119"/>
        <source>Cancel this booking?</source>
        <translation>确认取消该预约？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="128"/>
        <source>Booking no.</source>
        <translation>预约号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="129"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="130"/>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="131"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="134"/>
        <source>Ranks by</source>
        <translation>排序时间（规则）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="134"/>
        <source>{0} (rule {1})</source>
        <translation>{0}（规则{1}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="136"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="137"/>
        <source>Booking closes</source>
        <translation>预约截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="162"/>
        <source>This candidate has no bookings.</source>
        <translation>该考生没有预约记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="178"/>
        <source>Select a booking that is not yet cancelled or sat.</source>
        <translation>请选择一条尚未取消、尚未考试的预约。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="180"/>
        <source>Booking is still open (until {0}): it may be cancelled now.</source>
        <translation>预约尚未截止（截止时间 {0}），现在可以直接取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="184"/>
        <source>Booking has closed: only the candidate in person, with the ID card, at the 南京市车管所 or 江北分所 window, no later than the last working day before the exam.</source>
        <translation>预约已截止：只能由考生本人持有效身份证件到南京市车管所或江北分所窗口取消，最迟在考试前一个工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="188"/>
        <source>Booking has closed: check the candidate&apos;s ID card in person and tick the box; possible until the last working day before the exam, never on the exam day.</source>
        <translation>预约已截止：须当面核验考生本人有效身份证件并勾选；最迟在考试前一个工作日办理，考试当天不能取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="225"/>
        <source>Booking {0} cancelled at {1}.</source>
        <translation>预约 {0} 已于 {1} 取消。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="227"/>
        <source>The freed seat went to the next candidate in rank, who is told by SMS.</source>
        <translation>空出的考位已按排序递补给下一位考生，并以短信通知。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="238"/>
        <source>Cancellation receipt</source>
        <translation>取消预约凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="115"/>
        <source>The candidate&apos;s &amp;own reasons</source>
        <translation>本人原因(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="116"/>
        <source>&amp;Not the candidate&apos;s own reasons</source>
        <translation>非本人原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="117"/>
        <source>The candidate&apos;s ID card has been &amp;checked in person</source>
        <translation>已当面核验考生身份证(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="118"/>
        <source>C&amp;ancel the selected booking</source>
        <translation>取消所选预约(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="120"/>
        <source>&amp;Yes, cancel it</source>
        <translation>确认取消(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="121"/>
        <source>N&amp;o</source>
        <translation>不取消(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_cancel_page.py" line="122"/>
        <source>&amp;Print cancellation receipt</source>
        <translation>打印取消凭证(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ExamDayPage</name>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="143"/>
        <source>Exam day at {0}</source>
        <translation>{0} 考试日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="144"/>
        <source>Do&amp;wnload today&apos;s rosters</source>
        <translation>下载今天的名册(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="145"/>
        <source>&amp;Scan QR or type ID number</source>
        <translation>扫描二维码或输入身份证号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="146"/>
        <source>booking receipt / roster QR, or the ID number, then Enter</source>
        <translation>预约凭证或名册上的二维码，或身份证号码，然后按回车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="147"/>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="148"/>
        <source>Read I&amp;D card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="149"/>
        <source>&amp;Pass (合格)</source>
        <translation>合格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="150"/>
        <source>&amp;Fail (不合格)</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="151"/>
        <source>&amp;Absent (缺考)</source>
        <translation>缺考(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="152"/>
        <source>&amp;List no-shows</source>
        <translation>列出未到考生(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="153"/>
        <source>&amp;Record them as absent</source>
        <translation>记为缺考(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="164"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="165"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="166"/>
        <source>Start</source>
        <translation>开考时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="167"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="168"/>
        <location filename="../../counter_app/views/exam_day_page.py" line="180"/>
        <source>Class</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="169"/>
        <source>Seats</source>
        <translation>考位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="170"/>
        <source>Roster</source>
        <translation>考生名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="170"/>
        <source>in memory ({0})</source>
        <translation>已在内存（{0} 人）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="171"/>
        <source>not allocated yet</source>
        <translation>尚未排序分配</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="172"/>
        <source>not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="177"/>
        <source>Seat</source>
        <translation>座位号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="178"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="179"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="181"/>
        <source>Booking no.</source>
        <translation>预约号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="182"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="182"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="184"/>
        <source>Result</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="189"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="189"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="189"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="192"/>
        <source>{0} (waiting to sync)</source>
        <translation>{0}（待同步）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="218"/>
        <source>No sessions at this site today or tomorrow.</source>
        <translation>本考场今天和明天没有考试场次。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="227"/>
        <source>Downloading the rosters...</source>
        <translation>正在下载名册…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="245"/>
        <source>No allocated session to download yet.</source>
        <translation>尚无已排序分配的场次可下载。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="259"/>
        <source>No roster on this PC yet.</source>
        <translation>本机尚无名册。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="261"/>
        <source>{0} candidates in memory
(downloaded {1}; not saved to disk)</source>
        <translation>内存中 {0} 名考生
（{1} 下载；不保存到磁盘）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="285"/>
        <source>Download today&apos;s rosters first.</source>
        <translation>请先下载今天的名册。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="292"/>
        <source>Not on today&apos;s rosters of this site: do not admit.</source>
        <translation>不在本考场今天的名册上：不得入场。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="317"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="336"/>
        <source>Photo
(compare with
the person)</source>
        <translation>照片
（与本人
核对）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="339"/>
        <source>{0}: {1}
Seat {2} · {3} · class {4} · checked in {5}</source>
        <translation>{0}：{1}
座位 {2} · {3} · 准驾车型 {4} · 签到时间 {5}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="346"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="347"/>
        <source>No candidate checked in yet</source>
        <translation>尚无考生签到</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="369"/>
        <source>The centre cannot be reached: results wait in the outbox (待同步) and are sent when the link returns.</source>
        <translation>无法连接中心：成绩已保存在本机待同步，网络恢复后自动上传。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="373"/>
        <source>Result of seat {0} ({1}) recorded at the centre.</source>
        <translation>座位 {0}（{1}）的成绩已在中心录入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="403"/>
        <source>Nobody missing in this session.</source>
        <translation>本场次没有未到考生。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="406"/>
        <source>Not checked in, no result ({0}): {1}</source>
        <translation>未签到且无成绩（{0} 人）：{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="416"/>
        <source>{0} recorded as absent.</source>
        <translation>已将 {0} 人记为缺考。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_day_page.py" line="435"/>
        <source>The central service cannot be reached now; try again when the link is back.</source>
        <translation>无法连接中心服务，请在网络恢复后重试。</translation>
    </message>
</context>
<context>
    <name>ExamFeePage</name>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="82"/>
        <source>Retest fee</source>
        <translation>补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="84"/>
        <source>Fees owed</source>
        <translation>未缴补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="85"/>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="86"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="86"/>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="87"/>
        <source>Terminal &amp;receipt no.</source>
        <translation>交易凭证号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="93"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="93"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="93"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="94"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="99"/>
        <source>from the payment terminal&apos;s slip</source>
        <translation>收款终端打印的凭条上的号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="100"/>
        <source>Record &amp;payment</source>
        <translation>登记缴费(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="101"/>
        <source>Print the rec&amp;eipt</source>
        <translation>打印收款凭证(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="107"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="108"/>
        <source>Last result</source>
        <translation>上次成绩</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="108"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="108"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="110"/>
        <source>Last exam</source>
        <translation>上次考试</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="111"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="111"/>
        <location filename="../../counter_app/views/exam_fee_page.py" line="151"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="112"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="117"/>
        <source>Absent from the last exam: counted as a fail; booking again needs the fee</source>
        <translation>上次考试缺考，按不合格计，再次预约须缴补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="118"/>
        <source>Failed the last exam: booking again needs the fee</source>
        <translation>上次考试不合格，再次预约须缴补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="140"/>
        <source>{0}, {1}, class {2}</source>
        <translation>{0}，{1}，准驾车型 {2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="145"/>
        <source>No retest fee is owed: the candidate may book as the rules allow.</source>
        <translation>没有未缴的补考费：考生可按规定预约。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="165"/>
        <source>Type the receipt number printed by the payment terminal.</source>
        <translation>请填写收款终端打印的交易凭证号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="180"/>
        <source>{0} yuan received for {1}; the candidate may book {1} again.</source>
        <translation>已收{1}补考费 {0} 元，考生可再次预约{1}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_fee_page.py" line="202"/>
        <source>Retest fee receipt</source>
        <translation>补考费收款凭证</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="159"/>
        <source>Saved on this PC; sending to the centre...</source>
        <translation>已保存在本机，正在发送到中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="165"/>
        <source>The centre cannot be reached now: the request waits in the outbox (待同步) and is sent when the link returns; its outcome shows under Sync status.</source>
        <translation>现在无法连接中心：该请求已保存在本机待同步队列，网络恢复后自动发送，办理结果见“同步状态”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="97"/>
        <source>Lookup cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="136"/>
        <source>Looking up... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_widgets.py" line="178"/>
        <source>The central service cannot be reached now; try again when the link is back.</source>
        <translation>无法连接中心服务，请在网络恢复后重试。</translation>
    </message>
</context>
<context>
    <name>ExamRankingPage</name>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="72"/>
        <source>Ranking and positions</source>
        <translation>排序查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="74"/>
        <source>Sessions</source>
        <translation>考试场次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="75"/>
        <source>&amp;Refresh sessions</source>
        <translation>刷新场次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="76"/>
        <source>Not allocated</source>
        <translation>未排上考位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="87"/>
        <source>open</source>
        <translation>预约中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="87"/>
        <source>closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="87"/>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="89"/>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="90"/>
        <source>Exam site</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="91"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="92"/>
        <source>Class</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="93"/>
        <source>Requests / seats</source>
        <translation>已申请 / 计划</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="95"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="100"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="101"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="102"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="103"/>
        <source>Rule</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="104"/>
        <source>Ranking time</source>
        <translation>排序时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="107"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="108"/>
        <source>Channel</source>
        <translation>预约方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="105"/>
        <source>Seat</source>
        <translation>座位号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="103"/>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="178"/>
        <source>rule {0}</source>
        <translation>规则{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="115"/>
        <source>first booking of subject 1: by the time the licence application was accepted</source>
        <translation>首次预约科目一，按驾驶证申请受理时间排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="116"/>
        <source>by the time of the last exam</source>
        <translation>按上次考试时间排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="117"/>
        <source>cancelled for a personal reason after a successful booking: by the cancellation time</source>
        <translation>预约成功后因本人原因取消，按取消时间排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="118"/>
        <source>the later of the last exam and a personal-reason cancellation</source>
        <translation>上次考试时间与本人原因取消时间取较晚者排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="129"/>
        <source>seat</source>
        <translation>已排上</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="129"/>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="211"/>
        <source>no seat</source>
        <translation>未排上</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="130"/>
        <source>would get a seat</source>
        <translation>可排上</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="130"/>
        <source>would not get a seat</source>
        <translation>排不上</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="167"/>
        <source>Allocated {0}: {1} of {2} seats given, {3} not allocated.</source>
        <translation>{0} 已分配：{2} 个考位排上 {1} 人，{3} 人未排上。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="174"/>
        <source>Not yet allocated: the order allocation would give now ({0} requests for {1} seats; booking closes {2}). Earlier ranking time ranks first; ties by request time, then booking number.</source>
        <translation>尚未排序分配：以下是按现在情况分配时的顺序（{0} 人申请 {1} 个考位；预约截止 {2}）。排序时间早的在前；相同时按申请时间，再按预约号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="177"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="178"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="184"/>
        <source>Roster (seats given)</source>
        <translation>考生名册（已排上考位）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="185"/>
        <source>Requests in ranking order</source>
        <translation>按排序的预约申请</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="199"/>
        <source>No open request: nothing to rank.</source>
        <translation>没有待考的预约，无排序。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="207"/>
        <source>not ranked</source>
        <translation>未排序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="209"/>
        <source>Position {0}, {1} seats in all</source>
        <translation>第 {0} 位，共 {1} 个考位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="211"/>
        <source>seat given</source>
        <translation>已排上考位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="213"/>
        <source>would get a seat now</source>
        <translation>目前可排上</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/exam_ranking_page.py" line="214"/>
        <source>would not get a seat now</source>
        <translation>目前排不上</translation>
    </message>
</context>
<context>
    <name>InspectionLabelPage</name>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="98"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="99"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="100"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="102"/>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="103"/>
        <source>Issued</source>
        <translation>核发时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="104"/>
        <source>Where / address</source>
        <translation>地点/邮寄地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="105"/>
        <location filename="../../counter_app/views/inspection_label_page.py" line="122"/>
        <source>Tracking number</source>
        <translation>邮件号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="109"/>
        <source>Inspection-exempt label</source>
        <translation>免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="110"/>
        <source>Scan or type the plate or the VIN</source>
        <translation>扫描或输入号牌号码、车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="111"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="112"/>
        <source>Labels of this vehicle</source>
        <translation>本车检验合格标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="113"/>
        <source>Issue this year&apos;s label here</source>
        <translation>在本服务点核发本年度标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="115"/>
        <location filename="../../counter_app/views/inspection_label_page.py" line="121"/>
        <source>Label serial</source>
        <translation>标志流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="116"/>
        <source>scan the serial printed on the label</source>
        <translation>扫描标志上印刷的流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="117"/>
        <source>Issue the environmental label with it</source>
        <translation>同时核发环保标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="118"/>
        <source>Issue label</source>
        <translation>核发标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="119"/>
        <source>Print form</source>
        <translation>打印核发单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="120"/>
        <source>Label applied for online: post it</source>
        <translation>网上申领的标志：邮寄</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="123"/>
        <source>Record posting</source>
        <translation>登记邮寄</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="145"/>
        <source>{0}  {1}  {2}, {3}; owner {4}; registered {5}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}，{3}；所有人 {4}；注册登记 {5}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="148"/>
        <source>May have the {0} label.</source>
        <translation>可以核发{0}年度检验合格标志。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="151"/>
        <source>No {0} label:</source>
        <translation>不能核发{0}年度检验合格标志：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="190"/>
        <source>Label {0} issued for {1}.</source>
        <translation>已核发{1}年度标志 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="198"/>
        <source>Inspection label form</source>
        <translation>检验合格标志核发单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="209"/>
        <source>Posted: tracking number {0}.</source>
        <translation>已邮寄，邮件号 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/inspection_label_page.py" line="114"/>
        <source>This station does not hand out labels</source>
        <translation>本站点不是免检标志服务点，不能核发标志</translation>
    </message>
</context>
<context>
    <name>LicenceApplicationPage</name>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="126"/>
        <source>Licence application</source>
        <translation>驾驶证申请受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="127"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="127"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="127"/>
        <source>&amp;Mobile</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="127"/>
        <source>P&amp;urpose</source>
        <translation>业务类型(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="128"/>
        <source>&amp;Class applied for</source>
        <translation>申请准驾车型(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="128"/>
        <source>&amp;Accepted at</source>
        <translation>受理时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="128"/>
        <source>Learner &amp;permit issued</source>
        <translation>学习驾驶证明(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="135"/>
        <source>Read I&amp;D card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="136"/>
        <source>Adds a large class to an existing car licence</source>
        <translation>已有小型汽车驾驶证，增驾大型车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="137"/>
        <source>N&amp;ow</source>
        <translation>现在(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="138"/>
        <source>issued on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="139"/>
        <source>Acc&amp;ept the application</source>
        <translation>受理申请(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="140"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="143"/>
        <source>Driving licence application</source>
        <translation>机动车驾驶证申领</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="144"/>
        <source>Restoring the driving qualification</source>
        <translation>恢复驾驶资格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="145"/>
        <source>Full-score study</source>
        <translation>满分学习</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="192"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="214"/>
        <source>Type the name as on the ID card.</source>
        <translation>请按身份证填写姓名。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="227"/>
        <source>The acceptance time cannot be later than now.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="236"/>
        <source>The permit is issued between the acceptance day and today.</source>
        <translation>学习驾驶证明的发放日期应在受理日期和今天之间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="249"/>
        <source>Correct the fields marked in red.</source>
        <translation>请改正标红的内容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="256"/>
        <source>Sending to the centre...</source>
        <translation>正在发送到中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="275"/>
        <source>Application of {0} ({1}, class {2}) accepted at {3}.</source>
        <translation>{0}（{1}，准驾车型 {2}）的申请已受理，受理时间 {3}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="277"/>
        <source>A first Subject 1 booking ranks by this time (rule 1): earlier ranks first.</source>
        <translation>首次预约科目一按此受理时间排序（规则1）：时间早的在前。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="279"/>
        <source>Learner permit issued {0}, valid until {1}.</source>
        <translation>学习驾驶证明 {0} 发放，有效期至 {1}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="285"/>
        <source>The central service cannot be reached now: the application is accepted only when the centre has it (its time ranks the bookings). Try again when the link is back.</source>
        <translation>无法连接中心服务：申请须由中心收到后才算受理（受理时间决定预约排序）。请在网络恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_application_page.py" line="295"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>LicenceReviewPage</name>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="64"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="65"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="66"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="67"/>
        <source>Photo check</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="67"/>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="67"/>
        <source>No match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="69"/>
        <source>Counted</source>
        <translation>计入学时</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="69"/>
        <location filename="../../counter_app/views/licence_review_page.py" line="79"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="69"/>
        <location filename="../../counter_app/views/licence_review_page.py" line="79"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="76"/>
        <source>Taken</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="77"/>
        <source>Answered</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="78"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="79"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="85"/>
        <source>Licence review</source>
        <translation>驾驶证审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="86"/>
        <source>ID number of the licence holder</source>
        <translation>驾驶人身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="87"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="88"/>
        <source>Video sittings reported by the learning platform</source>
        <translation>学习平台报送的视频学习记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="89"/>
        <source>Tests</source>
        <translation>学习测试</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="90"/>
        <source>Record the review</source>
        <translation>办理审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="111"/>
        <source>{0}  {1}  licence class {2}</source>
        <translation>{0}&#x3000;{1}&#x3000;准驾车型 {2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="113"/>
        <source>scoring period {0} to {1}</source>
        <translation>记分周期 {0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="114"/>
        <source>no points recorded</source>
        <translation>无记分记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="115"/>
        <source>{0} point(s), {1}</source>
        <translation>记{0}分，{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="117"/>
        <source>Reviewed on {0} for this scoring period.</source>
        <translation>本记分周期已于{0}审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="119"/>
        <source>Points study complete ({0} minutes, test done): the review may be recorded.</source>
        <translation>记分学习已完成（视频学习{0}分钟，已完成测试），可以办理审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="122"/>
        <source>No points study required for this licence: the review may be recorded.</source>
        <translation>该驾驶证无须记分学习，可以办理审验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="124"/>
        <source>The review may not be recorded yet:</source>
        <translation>暂不能办理审验：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/licence_review_page.py" line="143"/>
        <source>Review recorded.</source>
        <translation>审验已办理。</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="132"/>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="134"/>
        <source>Signed in as {0}. Enter the password to continue.</source>
        <translation>当前登录：{0}。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="136"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="137"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="138"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/idle_lock.py" line="151"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="137"/>
        <source>Sign in - Nanjing vehicle office counter</source>
        <translation>登录 - 南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="138"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="139"/>
        <source>Sign in with your station account</source>
        <translation>请使用本站点的账户登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="140"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="140"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="140"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="140"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="143"/>
        <source>e.g. clerk01</source>
        <translation>例如 clerk01</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="172"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="178"/>
        <source>Signing in...</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="203"/>
        <source>Sign-in failed: unexpected error.</source>
        <translation>登录失败：发生意外错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="144"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="147"/>
        <location filename="../../counter_app/views/login_dialog.py" line="159"/>
        <source>Waiting for the central service to start... (the first start takes a few seconds)</source>
        <translation>正在等待中心服务启动…（首次启动需要几秒钟）</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../../counter_app/views/customer.py" line="198"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="294"/>
        <location filename="../../counter_app/views/main_window.py" line="295"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="260"/>
        <source>Face-sign registration</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="262"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="263"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="264"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="268"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="269"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="275"/>
        <source>Supervisor&apos;s console</source>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="276"/>
        <source>Live board</source>
        <translation>实时看板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="246"/>
        <source>Counter clerk</source>
        <translation>窗口民警</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="247"/>
        <source>Phone operator</source>
        <translation>电话预约话务员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="248"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="249"/>
        <source>Internet platform</source>
        <translation>互联网平台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="254"/>
        <source>Station: {0}</source>
        <translation>站点：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="255"/>
        <source>User: {0} ({1}), {2}</source>
        <translation>用户：{0}（{1}），{2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="274"/>
        <source>Administration console</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="303"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="304"/>
        <source>Export diagnostics...</source>
        <translation>导出诊断信息…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="305"/>
        <source>Change my password...</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="430"/>
        <source>Queued writes: {0}</source>
        <translation>待同步：{0} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="296"/>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="297"/>
        <source>Sign ou&amp;t</source>
        <translation>退出登录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="298"/>
        <source>&amp;Queue ticket</source>
        <translation>叫号(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="299"/>
        <source>e.g. A023</source>
        <translation>如 A023</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="300"/>
        <source>&amp;Next customer (F12)</source>
        <translation>下一位（F12）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="301"/>
        <source>Clear the page for the next customer (F12)</source>
        <translation>清空页面，接待下一位（F12）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="286"/>
        <source>{0}: press {1}</source>
        <translation>{0}：按 {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="302"/>
        <source>Next customer</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="338"/>
        <source>{0} (this PC&apos;s clock, offline)</source>
        <translation>{0}（本机时间，离线）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="340"/>
        <source>{0} (centre time)</source>
        <translation>{0}（中心时间）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="265"/>
        <source>Inspection-exempt label</source>
        <translation>免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="266"/>
        <source>Camera violations</source>
        <translation>曝光处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="267"/>
        <source>Licence review</source>
        <translation>驾驶证审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="261"/>
        <source>Change of contact</source>
        <translation>变更联系方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="206"/>
        <source>Data on this PC</source>
        <translation>本机数据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="270"/>
        <source>Exam day</source>
        <translation>考点考试</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="271"/>
        <source>Retest fee</source>
        <translation>补考费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="272"/>
        <source>Licence application</source>
        <translation>驾驶证申请受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="273"/>
        <source>Ranking and positions</source>
        <translation>排序查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="250"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="251"/>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="252"/>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../counter_app/views/names.py" line="22"/>
        <source>Vehicle owner</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="23"/>
        <source>Driver</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="24"/>
        <source>Learner applying for a first licence</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="25"/>
        <source>New car owner</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="28"/>
        <source>Unit user</source>
        <translation>单位用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="35"/>
        <source>Subject 1 (theory)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="36"/>
        <source>Subject 2 (site driving)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="37"/>
        <source>Subject 3 (road driving)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="38"/>
        <source>Subject 4 (safe driving knowledge)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="39"/>
        <source>Driving qualification restoration exam</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="40"/>
        <source>Full-score study exam</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="50"/>
        <source>Not a valid resident ID number (18 characters: region, birth date, sequence, check digit).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="51"/>
        <source>Not a valid unified social credit code (18 characters with a correct check character).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="52"/>
        <source>Not a valid VIN (17 characters, no I, O or Q, correct check digit).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="53"/>
        <source>Not a valid mainland mobile number (11 digits).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="54"/>
        <source>Not a valid plate number, e.g. 苏A12345 (no letters I or O).</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="66"/>
        <source>Queued</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="66"/>
        <source>Sent</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="67"/>
        <source>Failed</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="68"/>
        <source>Released</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="69"/>
        <source>Awaiting release</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="70"/>
        <source>Used up</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="71"/>
        <source>Holiday</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="72"/>
        <source>Working day (swapped)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="73"/>
        <source>Weekday</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="73"/>
        <source>Weekend</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="74"/>
        <source>Window officer</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="75"/>
        <source>Phone booking operator</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="76"/>
        <source>Supervisor</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="77"/>
        <source>Internet platform gateway</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="78"/>
        <source>Requested, awaiting allocation</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="79"/>
        <source>Booked</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="80"/>
        <source>Not allocated</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="81"/>
        <source>Cancelled</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="82"/>
        <source>Taken</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="83"/>
        <source>Window</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="83"/>
        <source>Phone</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="84"/>
        <source>Internet</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="85"/>
        <source>Issued</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="86"/>
        <source>Awaiting post</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="87"/>
        <source>Posted</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="88"/>
        <source>Collected at a service point</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="89"/>
        <source>Applied online, by post</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="90"/>
        <source>Not handled</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="91"/>
        <source>Handled, fine unpaid</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="92"/>
        <source>Paid</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="93"/>
        <location filename="../../counter_app/views/names.py" line="173"/>
        <source>Sent to the brigade</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="94"/>
        <source>Awaiting bank confirmation</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="95"/>
        <source>Confirmed by the bank</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="96"/>
        <source>Resident ID card</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="97"/>
        <source>Residence permit (Hong Kong / Macao residents)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="98"/>
        <source>Residence permit (Taiwan residents)</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="99"/>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="100"/>
        <source>Unified social credit code certificate</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="102"/>
        <source>Large bus</source>
        <translation>大型客车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="103"/>
        <source>Heavy tractor-trailer</source>
        <translation>重型牵引挂车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="104"/>
        <source>City bus</source>
        <translation>城市公交车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="105"/>
        <source>Medium bus</source>
        <translation>中型客车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="106"/>
        <source>Large truck</source>
        <translation>大型货车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="107"/>
        <source>Small car</source>
        <translation>小型汽车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="108"/>
        <source>Small automatic car</source>
        <translation>小型自动挡汽车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="109"/>
        <source>Low-speed truck</source>
        <translation>低速载货汽车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="110"/>
        <source>Three-wheeled car</source>
        <translation>三轮汽车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="111"/>
        <source>Small automatic car for the disabled</source>
        <translation>残疾人专用小型自动挡载客汽车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="112"/>
        <source>Light tractor-trailer</source>
        <translation>轻型牵引挂车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="113"/>
        <source>Three-wheeled motorcycle</source>
        <translation>普通三轮摩托车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="114"/>
        <source>Two-wheeled motorcycle</source>
        <translation>普通二轮摩托车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="115"/>
        <source>Light motorcycle</source>
        <translation>轻便摩托车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="116"/>
        <source>Wheeled special machinery</source>
        <translation>轮式专用机械车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="117"/>
        <source>Trolleybus</source>
        <translation>无轨电车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="118"/>
        <source>Tram</source>
        <translation>有轨电车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="119"/>
        <source>Licence application</source>
        <translation>机动车驾驶证申领</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="120"/>
        <source>Driving qualification restoration</source>
        <translation>恢复驾驶资格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="121"/>
        <source>Full-score study</source>
        <translation>满分学习</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="123"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="124"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="125"/>
        <source>Sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="126"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="127"/>
        <source>Internet user registered</source>
        <translation>互联网用户注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="128"/>
        <source>Face-sign upgrade</source>
        <translation>面签升级</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="129"/>
        <source>User details changed</source>
        <translation>用户信息变更</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="130"/>
        <source>Vehicle bound</source>
        <translation>绑定机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="131"/>
        <source>Vehicle unbound</source>
        <translation>解绑机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="132"/>
        <source>Plate confirmed</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="133"/>
        <source>Exam booked</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="134"/>
        <source>Exam booking cancelled</source>
        <translation>取消考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="135"/>
        <source>Exam result recorded</source>
        <translation>考试成绩录入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="136"/>
        <source>Retest fee paid</source>
        <translation>补考费缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="137"/>
        <source>Exam session published</source>
        <translation>发布考试计划</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="138"/>
        <source>Exam seats allocated</source>
        <translation>考试排序分配</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="139"/>
        <source>Candidate imported</source>
        <translation>考生信息导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="140"/>
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="141"/>
        <source>Account changed</source>
        <translation>账户变更</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="142"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="143"/>
        <source>Calendar day set</source>
        <translation>节假日维护</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="144"/>
        <source>Calendar day removed</source>
        <translation>节假日维护</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="145"/>
        <source>Calendar year added</source>
        <translation>节假日年份维护</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="146"/>
        <source>Blacklist entry lifted</source>
        <translation>解除黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="147"/>
        <source>Plate expiry run</source>
        <translation>号牌过期处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="148"/>
        <source>No-show run</source>
        <translation>缺考处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="149"/>
        <source>No-show counted as failed</source>
        <translation>缺考记为不合格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="150"/>
        <source>Subject 4 cancelled with subject 3</source>
        <translation>科目四随科目三取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="151"/>
        <source>Contact changed</source>
        <translation>变更联系方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="152"/>
        <source>Access refused</source>
        <translation>拒绝越权访问</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="153"/>
        <source>Sign-in locked</source>
        <translation>登录锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="154"/>
        <source>Sign-in refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="155"/>
        <source>Lock-out lifted</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="156"/>
        <source>PC enrolment requested</source>
        <translation>本机申请登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="157"/>
        <source>PC enrolment approved</source>
        <translation>批准本机登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="158"/>
        <source>PC enrolment revoked</source>
        <translation>撤销本机登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="159"/>
        <source>Queued writes taken over</source>
        <translation>接管待同步业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="160"/>
        <source>Personal data read whole</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="161"/>
        <source>Plate segment added</source>
        <translation>新增号牌号段</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="162"/>
        <source>Plate chosen</source>
        <translation>选定号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="163"/>
        <source>Plate drawn</source>
        <translation>随机选号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="164"/>
        <source>Custom plate tried</source>
        <translation>自编号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="165"/>
        <source>Plate selection started</source>
        <translation>开始选号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="166"/>
        <source>Exam site roster downloaded</source>
        <translation>下载考点名册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="167"/>
        <source>Licence application accepted</source>
        <translation>驾驶证申请受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="168"/>
        <source>Application corrected</source>
        <translation>更正申请信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="169"/>
        <source>Inspection-exempt label issued</source>
        <translation>核发免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="170"/>
        <source>Label applied for online</source>
        <translation>网上申领免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="171"/>
        <source>Label posted</source>
        <translation>邮寄免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="172"/>
        <source>Violation handled</source>
        <translation>违法处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="174"/>
        <source>Fine paid</source>
        <translation>罚款缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="175"/>
        <source>Payment confirmed by the bank</source>
        <translation>银行确认缴款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="176"/>
        <source>Repeated bank confirmation</source>
        <translation>银行重复确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="177"/>
        <source>Study sitting reported</source>
        <translation>学习记录上报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="178"/>
        <source>Study test reported</source>
        <translation>测试记录上报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="179"/>
        <source>Licence review</source>
        <translation>驾驶证审验</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="182"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="183"/>
        <source>Internet user</source>
        <translation>互联网用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="184"/>
        <source>Plate reservation</source>
        <translation>号牌预选</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="185"/>
        <source>Plate selection</source>
        <translation>选号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="186"/>
        <source>Selection blacklist</source>
        <translation>选号黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="187"/>
        <source>Exam session</source>
        <translation>考试场次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="188"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="189"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="190"/>
        <source>Calendar day</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="191"/>
        <source>Calendar year</source>
        <translation>节假日年份</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="192"/>
        <source>Vehicle record</source>
        <translation>机动车登记信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="193"/>
        <source>Licence record</source>
        <translation>驾驶证登记信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="194"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="195"/>
        <source>PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="196"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="197"/>
        <source>Inspection-exempt label</source>
        <translation>免检标志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="198"/>
        <source>Traffic violation</source>
        <translation>交通违法</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="199"/>
        <source>Fine payment</source>
        <translation>罚款缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="200"/>
        <source>Study sitting</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="201"/>
        <source>Study test</source>
        <translation>学习测试</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="203"/>
        <source>Owner present</source>
        <translation>（同领域提示）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/names.py" line="204"/>
        <source>Owner&apos;s signed authorisation</source>
        <translation>（同领域提示）</translation>
    </message>
</context>
<context>
    <name>OthersBox</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="471"/>
        <source>Vehicles of other owners (owner&apos;s consent; counted toward the limit of 3)</source>
        <translation>他人名下机动车（须所有人同意，计入3辆上限）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="473"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="475"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="477"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="478"/>
        <source>Owner&apos;s ID number</source>
        <translation>所有人证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="479"/>
        <source>Consent</source>
        <translation>所有人同意方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="479"/>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="70"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="72"/>
        <source>Your password has reached the age the office allows: choose a new one before you start work (the last five cannot be used again).</source>
        <translation>您的密码已超过规定的使用期限：请先设置新密码再开始办理业务（最近五次用过的密码不能再用）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="74"/>
        <location filename="../../counter_app/views/password_dialog.py" line="78"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="76"/>
        <source>Your account is new or its password was reset by an administrator: choose your own password before you start work.</source>
        <translation>您的账户为新建账户或密码已被管理员重置：请先设置自己的密码再开始办理业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="80"/>
        <source>Choose a new password for {0}.</source>
        <translation>为 {0} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="82"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="82"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="83"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="85"/>
        <source>At least 10 characters, three of: upper, lower, digit, symbol</source>
        <translation>至少10位，含大写、小写、数字、符号中的三类</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="86"/>
        <source>&amp;Save password</source>
        <translation>保存密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="91"/>
        <source>Enter the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="94"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="97"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="104"/>
        <source>Saving...</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="118"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>PersonalForm</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="386"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="334"/>
        <source>&amp;Register (face-sign)</source>
        <translation>提交面签注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="335"/>
        <source>Rea&amp;d ID card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="350"/>
        <source>&amp;User type</source>
        <translation>用户类型(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="350"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="350"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="351"/>
        <source>&amp;Mobile</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="336"/>
        <source>Own vehicles on record (tick to bind; not counted toward the limit):</source>
        <translation>本人名下机动车（勾选绑定，不计入绑定上限）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="356"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
</context>
<context>
    <name>PlatesPage</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="248"/>
        <source>Collect at a plate-making point</source>
        <translation>到制牌点领取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="249"/>
        <source>By post, owner installs</source>
        <translation>邮寄到家（自行安装）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="250"/>
        <source>By post, postman installs ({0} yuan)</source>
        <translation>邮寄到家（邮递员上门安装，{0} 元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="251"/>
        <source>Free installation at an installation point</source>
        <translation>到安装点免费安装</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="255"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="256"/>
        <source>Scan or type the notice code, plate, ID number or VIN</source>
        <translation>扫描或输入通知编号、号牌号码、身份证号码或车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="258"/>
        <source>Confirm the plate</source>
        <translation>确认号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="259"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="259"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="259"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="261"/>
        <source>Document</source>
        <translation>核验材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="261"/>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="261"/>
        <source>Point</source>
        <translation>领取/安装地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="262"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="262"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="267"/>
        <source>SMS notice</source>
        <translation>选号短信通知</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="268"/>
        <source>Vehicle registration certificate</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="281"/>
        <source>Where the post should deliver the plates</source>
        <translation>号牌邮寄送达的地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="318"/>
        <source>No plate reservation found for {0}.</source>
        <translation>未找到 {0} 的号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="321"/>
        <source>{0} reservation(s) found.</source>
        <translation>找到 {0} 条号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="330"/>
        <source>Not a notice code, plate, ID number or VIN: {0}</source>
        <translation>不是通知编号、号牌号码、身份证号码或车辆识别代号：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="332"/>
        <source>The central service cannot be reached: plate reservations are only kept there. Try again when the connection is back.</source>
        <translation>无法连接中心服务：号牌预选记录只保存在中心，请恢复连接后再查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="338"/>
        <source>The search failed.</source>
        <translation>查询失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="357"/>
        <source>{0} (end of day)</source>
        <translation>{0}（当日内有效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="363"/>
        <source>The deadline has passed: this plate can no longer be confirmed.</source>
        <translation>已超过确认期限，该号牌不能再确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="370"/>
        <source>Confirmed {0} at {1}. {2}; ready from {3}.</source>
        <translation>已于 {0} 在{1}确认。{2}；{3} 起可取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="386"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="386"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="411"/>
        <source>Confirming with the central service...</source>
        <translation>正在向中心服务确认…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="427"/>
        <source>Not confirmed: confirming a plate needs the central service, which cannot be reached now. Nothing was saved; confirm again when the connection is back.</source>
        <translation>未确认：号牌确认需要连接中心服务，当前无法连接。本次未保存，请恢复连接后重新确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="434"/>
        <source>The confirmation failed.</source>
        <translation>确认失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="449"/>
        <source>Plate confirmation notice</source>
        <translation>机动车号牌确认通知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="454"/>
        <source>The notice could not be printed.</source>
        <translation>确认通知单未能打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="175"/>
        <source>Search cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="257"/>
        <source>&amp;Find</source>
        <translation>查询(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="264"/>
        <source>I have &amp;checked the registration certificate or the SMS notice</source>
        <translation>已核验机动车登记证书或短信通知(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="282"/>
        <source>C&amp;onfirm plate</source>
        <translation>确认号牌(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="283"/>
        <source>&amp;Print notice</source>
        <translation>打印通知单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="294"/>
        <source>Searching... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="76"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="77"/>
        <source>Segment</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="78"/>
        <source>First plate</source>
        <translation>起始号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="79"/>
        <source>Last plate</source>
        <translation>结束号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="80"/>
        <source>Plates</source>
        <translation>号牌数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="83"/>
        <source>Released</source>
        <translation>投放时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="84"/>
        <source>Random draws only until</source>
        <translation>仅供随机选号至</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="88"/>
        <source>Next segment</source>
        <translation>下一号段</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="89"/>
        <source>e.g. 苏A:1LDDL (D digit, L letter)</source>
        <translation>如 苏A:1LDDL（D为数字，L为字母）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="90"/>
        <source>Add segment</source>
        <translation>新增号段</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="97"/>
        <source>Available plates: {0:,} (the pool is topped up below {1:,}); {2} segment(s).</source>
        <translation>可用号牌 {0:,} 个（低于 {1:,} 个时自动补充）；共 {2} 个号段。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="101"/>
        <source>No segment is waiting: add the next one.</source>
        <translation>没有待投放的号段：请新增下一号段。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="109"/>
        <source>Segment {0} added ({1:,} plates).</source>
        <translation>已新增号段 {0}（{1:,} 个号牌）。</translation>
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
        <location filename="../../counter_app/views/printing_page.py" line="25"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="28"/>
        <source>Printed since sign-in</source>
        <translation>本次登录以来打印的单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="30"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="31"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="32"/>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="45"/>
        <location filename="../../counter_app/views/printing_page.py" line="115"/>
        <source>End-of-day summary</source>
        <translation>窗口日终业务汇总</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="57"/>
        <source>The business this account did on the day, from the centre&apos;s audit trail, for signature.</source>
        <translation>按中心审计日志汇总本账户当日办理的业务，打印后签字留存。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="60"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="95"/>
        <source>Select a document first.</source>
        <translation>请先选择一份单据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="121"/>
        <source>The summary is made from the centre&apos;s records: it needs the link.</source>
        <translation>日终汇总依据中心记录生成，须联网后打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="35"/>
        <source>Print &amp;again</source>
        <translation>重新打印(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/printing_page.py" line="52"/>
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
        <location filename="../../counter_app/views/registration_page.py" line="576"/>
        <source>Open record</source>
        <translation>用户档案</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="582"/>
        <location filename="../../counter_app/views/registration_page.py" line="589"/>
        <location filename="../../counter_app/views/registration_page.py" line="598"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="583"/>
        <location filename="../../counter_app/views/registration_page.py" line="590"/>
        <location filename="../../counter_app/views/registration_page.py" line="599"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="584"/>
        <location filename="../../counter_app/views/registration_page.py" line="591"/>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="585"/>
        <location filename="../../counter_app/views/registration_page.py" line="601"/>
        <source>Bound at</source>
        <translation>绑定时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="592"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="615"/>
        <source>VIN (scan, or pick a vehicle below)</source>
        <translation>车辆识别代号（可扫码，或在下方选择车辆）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="620"/>
        <source>New mobile</source>
        <translation>新手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="640"/>
        <source>Bound vehicles</source>
        <translation>已绑定的机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="643"/>
        <source>Other vehicles on record</source>
        <translation>名下其他登记车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="698"/>
        <source>Search for a user, or register a new one.</source>
        <translation>请查询用户，或办理新用户注册。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="704"/>
        <source>face-signed</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="704"/>
        <source>registered online</source>
        <translation>互联网注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="706"/>
        <source>{0}  {1}  {2}
ID: {3}   Mobile: {4}
{5}; vehicles bound {6} of {7}</source>
        <translation>{0}  {1}  {2}
证件号码：{3}&#x3000;手机号码：{4}
{5}；已绑定机动车 {6}/{7} 辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="726"/>
        <source>Sending...</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="731"/>
        <source>The link dropped while sending: the change is kept on this PC and retried automatically; see Sync status for the centre&apos;s answer.</source>
        <translation>提交时网络中断：本次变更已保存在本机并将自动重试，中心的处理结果请在“同步状态”中查看。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="744"/>
        <source>Saved: {0}. Print the form for the applicant to sign.</source>
        <translation>已保存：{0}。请打印申请表交申请人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="749"/>
        <source>The central service cannot be reached: this change needs its answer at once, nothing was changed.</source>
        <translation>无法连接中心服务：此项变更须中心即时答复，本次未作任何变更。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="754"/>
        <source>face-sign upgrade (1 → 3 vehicles)</source>
        <translation>面签升级（可绑定车辆 1 → 3 辆）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="764"/>
        <source>bind vehicle {0}</source>
        <translation>绑定机动车 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="779"/>
        <source>Select a bound vehicle first.</source>
        <translation>请先选择一辆已绑定的机动车。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="783"/>
        <source>unbind vehicle {0}</source>
        <translation>解绑机动车 {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="793"/>
        <source>mobile {0} → {1}</source>
        <translation>手机号码 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="609"/>
        <source>&amp;Face-sign upgrade</source>
        <translation>面签升级(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="611"/>
        <source>&amp;Unbind selected</source>
        <translation>解绑所选车辆(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="612"/>
        <source>&amp;Print application form</source>
        <translation>打印申请表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="617"/>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="622"/>
        <source>C&amp;hange mobile</source>
        <translation>变更手机号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="600"/>
        <source>Owner and consent</source>
        <translation>所有人及同意方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="605"/>
        <source>Bind another owner&apos;s vehicle</source>
        <translation>绑定他人名下机动车</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="646"/>
        <source>Vehicles of other owners (with the owner&apos;s consent)</source>
        <translation>他人名下机动车（经所有人同意）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="773"/>
        <source>bind vehicle {0} of another owner</source>
        <translation>绑定他人名下机动车 {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="837"/>
        <source>Face-sign registration</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="841"/>
        <source>ID number or unified social credit code</source>
        <translation>身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="848"/>
        <source>Registration no.</source>
        <translation>注册编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="849"/>
        <source>Kind</source>
        <translation>用户类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="850"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="851"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="852"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="853"/>
        <source>Registered</source>
        <translation>注册方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="853"/>
        <source>face-sign</source>
        <translation>面签</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="853"/>
        <source>online</source>
        <translation>互联网</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="854"/>
        <source>Vehicles</source>
        <translation>绑定车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="855"/>
        <source>Since</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="925"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="952"/>
        <location filename="../../counter_app/views/registration_page.py" line="979"/>
        <source>{0} account(s) found.</source>
        <translation>查到 {0} 个账户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="956"/>
        <source>Not registered yet: use the registration tabs.</source>
        <translation>尚未注册，请在“个人用户注册”或“单位用户注册”中办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="996"/>
        <source>Registered as {0} at {1}. Print the form for signature.</source>
        <translation>注册成功，编号 {0}（{1}）。请打印申请表交申请人签字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="842"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="844"/>
        <source>Read I&amp;D card</source>
        <translation>读取身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="866"/>
        <source>Search cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="883"/>
        <source>&amp;Find and change</source>
        <translation>查询与变更(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="885"/>
        <source>&amp;Personal registration</source>
        <translation>个人用户注册(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="886"/>
        <source>&amp;Unit registration</source>
        <translation>单位用户注册(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="942"/>
        <source>Search is by number: type or scan the ID number (18 characters) or the unified social credit code, not a name.</source>
        <translation>按号码查询：请输入或扫描身份证号（18位）或统一社会信用代码，不能按姓名查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="945"/>
        <source>Searching... (Esc cancels)</source>
        <translation>正在查询…（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="966"/>
        <source>The central service cannot be reached: searching needs it. A new registration can still be saved on the registration tabs.</source>
        <translation>无法连接中心服务，查询需要中心；新注册仍可在注册页签中保存。</translation>
    </message>
</context>
<context>
    <name>ReservationTableModel</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="66"/>
        <source>Notice code</source>
        <translation>通知编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="66"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="67"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="71"/>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="71"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="72"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="76"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="77"/>
        <source>Yes, until {0}</source>
        <translation>是，至 {0}</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyTab</name>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="57"/>
        <source>Wrong passwords in a row that lock an account</source>
        <translation>连续输错密码锁定次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="59"/>
        <source>Failed sign-ins allowed per PC address</source>
        <translation>同一电脑地址登录失败上限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="61"/>
        <source>Recent passwords that may not be reused</source>
        <translation>不得重复使用的最近密码个数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="58"/>
        <source>Lock-out lasts</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="60"/>
        <source>Password must be changed after</source>
        <translation>密码有效期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="62"/>
        <source>Sign-in lasts</source>
        <translation>登录有效时长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="67"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="67"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="70"/>
        <source>{0} ({1}–{2})</source>
        <translation>{0}（{1}–{2}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="72"/>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="74"/>
        <source>The policy applies to every account at every station. A change takes effect within 10 seconds on every instance of the central service; each number must stay within the range shown (GB/T 22239 level 3).</source>
        <translation>本策略适用于各站点的全部账户。修改后10秒内在中心服务的每个实例上生效；各项数值须在所示范围内（GB/T 22239 第三级）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="78"/>
        <source>The security administrator sets this policy; the audit administrator sees it read-only.</source>
        <translation>本策略由安全管理员设置；审计管理员只能查看。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="80"/>
        <source>&amp;Save policy</source>
        <translation>保存策略(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="81"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="106"/>
        <source>Last changed by {0} at {1}.</source>
        <translation>最近一次由 {0} 于 {1} 修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="109"/>
        <source>No policy stored yet: the central service&apos;s defaults are in force.</source>
        <translation>尚未保存过策略：现行为中心服务的默认值。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_policy.py" line="125"/>
        <source>Security policy saved at {0}: it applies to every sign-in from now on.</source>
        <translation>安全策略已保存（{0}）：此后的每次登录均按新策略执行。</translation>
    </message>
</context>
<context>
    <name>SmsTab</name>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="315"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="316"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="317"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="318"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="320"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="321"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="328"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/console_records.py" line="333"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counter_app/app.py" line="258"/>
        <source>Data on this PC</source>
        <translation>本机数据</translation>
    </message>
    <message>
        <location filename="../../counter_app/app.py" line="405"/>
        <source>Counter</source>
        <translation>车管所柜台</translation>
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
        <location filename="../../counter_app/views/station_setup_dialog.py" line="85"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="60"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="60"/>
        <location filename="../../counter_app/views/sync_page.py" line="80"/>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="61"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="63"/>
        <source>Centre&apos;s answer</source>
        <translation>中心答复</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="139"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="140"/>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="140"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="140"/>
        <source>Central clock</source>
        <translation>中心时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="141"/>
        <source>Writes waiting to be sent</source>
        <translation>待同步的业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="144"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="145"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="152"/>
        <source>Waiting to be sent (待同步), oldest first:</source>
        <translation>待同步的业务（按办理先后）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="153"/>
        <source>Refused by the centre (待处理): deal with each, then mark it:</source>
        <translation>中心未受理的业务（待处理）：逐条处理后标记：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="237"/>
        <source>The centre cannot be reached; the writes wait on this PC.</source>
        <translation>无法连接中心服务，业务已保存在本机等待同步。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="246"/>
        <source>Sending {0} of {1}</source>
        <translation>正在同步 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="251"/>
        <source>Select a refused write first.</source>
        <translation>请先选择一条待处理的业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="79"/>
        <source>Local reference</source>
        <translation>临时编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="81"/>
        <source>Centre&apos;s number</source>
        <translation>中心正式编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="82"/>
        <source>Vehicles bound</source>
        <translation>已绑定车辆</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="146"/>
        <source>&amp;Mark as dealt with</source>
        <translation>标记为已处理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="147"/>
        <source>&amp;Print again with the centre&apos;s number</source>
        <translation>按正式编号重新打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="151"/>
        <source>Saved offline (registrations, bookings): local reference → the centre&apos;s number:</source>
        <translation>离线受理（注册、预约）：临时编号 → 中心正式编号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="198"/>
        <source>awaiting the centre</source>
        <translation>待中心确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="198"/>
        <source>refused (see above)</source>
        <translation>中心拒绝（见上）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="199"/>
        <source>refused (dealt with)</source>
        <translation>中心拒绝（已处理）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="62"/>
        <source>Made by</source>
        <translation>经办账号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="148"/>
        <source>Take &amp;over the selected account&apos;s writes</source>
        <translation>接管所选账号的业务(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="149"/>
        <source>send them as (empty: me)</source>
        <translation>由哪个账号发送（留空：本人）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="169"/>
        <source>me</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="170"/>
        <location filename="../../counter_app/views/sync_page.py" line="178"/>
        <location filename="../../counter_app/views/sync_page.py" line="262"/>
        <source>unknown account</source>
        <translation>未知账号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="171"/>
        <source>{0} (waits for that account)</source>
        <translation>{0}（等待该账号登录）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="180"/>
        <source>{0} writes made by other accounts ({1}) wait: they are sent when that account signs in on this PC, or after a supervisor takes them over.</source>
        <translation>其他账号（{1}）办理的 {0} 笔业务正在等待：该账号在本机登录后发送，或由主管接管后发送。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="260"/>
        <source>Select a write made by another account first.</source>
        <translation>请先选择一笔其他账号办理的业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="264"/>
        <source>Take over writes</source>
        <translation>接管业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="265"/>
        <source>Send the {0} writes of {1} under the account {2}? The centre records that you took them over.</source>
        <translation>将 {1} 的 {0} 笔业务改由账号 {2} 发送？中心会记录您的接管操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="273"/>
        <source>{0} writes taken over; they are sent when {1} is signed in on this PC.</source>
        <translation>已接管 {0} 笔业务；{1} 在本机登录后发送。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="277"/>
        <source>The writes could not be taken over.</source>
        <translation>未能接管这些业务。</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="512"/>
        <source>Vehicles of the unit on record (tick to bind):</source>
        <translation>单位名下登记的机动车（勾选需绑定的车辆）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="554"/>
        <source>No card on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="510"/>
        <source>&amp;Register unit</source>
        <translation>提交单位注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="511"/>
        <source>Rea&amp;d agent&apos;s ID card</source>
        <translation>读取经办人身份证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="531"/>
        <source>Unit &amp;name</source>
        <translation>单位名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="531"/>
        <source>Unified social &amp;credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="531"/>
        <source>A&amp;ddress</source>
        <translation>单位地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="532"/>
        <source>A&amp;gent name</source>
        <translation>经办人姓名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="532"/>
        <source>Agent &amp;ID number</source>
        <translation>经办人身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="532"/>
        <source>Agent &amp;mobile</source>
        <translation>经办人手机(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="533"/>
        <source>Au&amp;thorisation number</source>
        <translation>授权书编号(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="53"/>
        <location filename="../../counter_app/views/update_prompt.py" line="94"/>
        <location filename="../../counter_app/views/update_prompt.py" line="102"/>
        <source>Counter program update</source>
        <translation>柜台程序更新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="57"/>
        <source>This counter program (version {0}) is older than the minimum version {1} the central service accepts. It cannot be used until it is updated.</source>
        <translation>本机柜台程序版本 {0} 低于中心要求的最低版本 {1}，更新之前不能办理业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="60"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="63"/>
        <source>Version {0} of the counter program is available (this PC has {1}). Update now? Finish the current business first.</source>
        <translation>柜台程序有新版本 {0}（本机为 {1}）。现在更新吗？请先办完手头的业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="66"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="67"/>
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="95"/>
        <source>The update was downloaded and its signature verified. The installer starts now and this program closes.</source>
        <translation>更新包已下载并通过签名校验。现在启动安装程序，本程序将关闭。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/update_prompt.py" line="101"/>
        <source>The update could not be downloaded: {0}</source>
        <translation>更新包下载失败：{0}</translation>
    </message>
</context>
<context>
    <name>VehicleServicePage</name>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="88"/>
        <source>Asking the central service...</source>
        <translation>正在查询中心服务…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="128"/>
        <source>The central service cannot be reached: these records are only kept there. Try again when the connection is back.</source>
        <translation>无法连接中心服务：这些记录只保存在中心，请在网络恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="144"/>
        <source>Saved on this PC; sending to the centre...</source>
        <translation>已保存在本机，正在发送到中心…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/vehicle_service_page.py" line="149"/>
        <source>The centre cannot be reached now: this waits in the outbox (待同步) and is sent when the link returns; its outcome shows under Sync status.</source>
        <translation>暂时无法连接中心：本业务在待同步队列中等待，网络恢复后自动发送，结果见“同步状态”。</translation>
    </message>
</context>
<context>
    <name>ViolationsPage</name>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="96"/>
        <source>Time</source>
        <translation>违法时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="97"/>
        <source>Place</source>
        <translation>违法地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="104"/>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="98"/>
        <source>Fine</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="99"/>
        <source>Points</source>
        <translation>记分</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="100"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="102"/>
        <source>Here?</source>
        <translation>可否在此处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="102"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="108"/>
        <source>Camera violations</source>
        <translation>曝光处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="109"/>
        <source>Scan or type the plate or the VIN</source>
        <translation>扫描或输入号牌号码、车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="110"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="111"/>
        <source>Handle (simple procedure)</source>
        <translation>处理（简易程序）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="112"/>
        <source>Driver&apos;s licence number</source>
        <translation>驾驶证号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="112"/>
        <source>Driver&apos;s name</source>
        <translation>驾驶人姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="114"/>
        <source>Handle</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="115"/>
        <source>Send to the brigade</source>
        <translation>转交警大队</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="116"/>
        <source>Pay the fine through a bank</source>
        <translation>通过银行缴纳罚款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="117"/>
        <source>Bank</source>
        <translation>缴款银行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="117"/>
        <source>Amount (yuan)</source>
        <translation>缴款金额（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="118"/>
        <source>Bank&apos;s transaction reference</source>
        <translation>银行交易流水号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="120"/>
        <source>Record payment</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="121"/>
        <source>Bank confirmed</source>
        <translation>银行已确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="122"/>
        <source>Print receipt</source>
        <translation>打印缴款凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="145"/>
        <source>{0}  {1}, {2}; owner {3}: {4} violation record(s)</source>
        <translation>{0}&#x3000;{1}，{2}；所有人 {3}：{4} 条违法记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="164"/>
        <source>Qualifies: simple procedure, no points, fine {0} yuan.</source>
        <translation>可自助处理：简易程序、不记分、罚款{0}元。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="166"/>
        <source>Decision number {0}.</source>
        <translation>决定书编号 {0}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="169"/>
        <source>Paid {0} yuan through {1} ({2}), {3}.</source>
        <translation>已通过{1}缴款{0}元（流水号 {2}），{3}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="175"/>
        <source>To the traffic-police brigade: {0}</source>
        <translation>须到交警大队处理：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="176"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="214"/>
        <source>Handled: decision number {0}. Take the fine now.</source>
        <translation>已处理，决定书编号 {0}，请缴纳罚款。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="221"/>
        <source>Sent to the brigade: {0}</source>
        <translation>已转交警大队：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="228"/>
        <source>Payment recorded; it is settled when the bank confirms.</source>
        <translation>缴款已登记，银行确认后入账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="234"/>
        <source>The bank confirmed: the fine is paid.</source>
        <translation>银行已确认，罚款已缴纳。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="239"/>
        <source>Fine payment receipt</source>
        <translation>罚款缴纳凭证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/violations_page.py" line="102"/>
        <source>No: brigade</source>
        <translation>否，转交警大队</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="107"/>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="108"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="109"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="110"/>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="111"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="112"/>
        <source>Mobile on record</source>
        <translation>登记手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="180"/>
        <source>Required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="234"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正红色提示的项目。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="257"/>
        <source>Saved on this PC; sending to the centre for checking...</source>
        <translation>已保存在本机，正在提交中心核验…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="311"/>
        <source>The central service cannot be reached. Registration needs it to check the vehicle and licence records: nothing was saved, please submit again when the link is back.</source>
        <translation>无法连接中心服务。面签注册须联网核验机动车和驾驶证登记信息，本次未保存，请在网络恢复后重新提交。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="314"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="152"/>
        <source>Open the &amp;existing user</source>
        <translation>打开已注册用户(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="153"/>
        <source>&amp;Print the form (awaiting the centre)</source>
        <translation>打印申请表（待中心确认）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="226"/>
        <source>Offline: the vehicles listed are the last known records on this PC (if any); the registration can still be saved and is checked by the centre when the link returns.</source>
        <translation>离线：所列车辆为本机最近一次获取的登记信息（如有）；注册仍可保存，网络恢复后由中心核验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/registration_page.py" line="270"/>
        <source>Saved offline with the local reference {0} (待同步): print the form now for signature, marked awaiting the centre; the centre checks it when the link returns and its registration number shows under Sync status, where the form can be printed again with it.</source>
        <translation>已离线保存，临时编号 {0}（待同步）：请现在打印申请表（标注“待中心确认”）供申请人签字；网络恢复后由中心核验，正式注册编号显示在“同步状态”中，可在那里重新打印正式申请表。</translation>
    </message>
</context>
</TS>
