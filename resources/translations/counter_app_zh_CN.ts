<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="29"/>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="31"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/widgets.py" line="33"/>
        <source>Offline</source>
        <translation>离线</translation>
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
        <location filename="../../counter_app/views/login_dialog.py" line="95"/>
        <source>Sign in - Nanjing vehicle office counter</source>
        <translation>登录 - 南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="96"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="97"/>
        <source>Sign in with your station account</source>
        <translation>请使用本站点的账户登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="98"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="98"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="98"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="98"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="101"/>
        <source>e.g. clerk01</source>
        <translation>例如 clerk01</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="102"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="109"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="114"/>
        <source>Signing in...</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login_dialog.py" line="130"/>
        <source>Sign-in failed: unexpected error.</source>
        <translation>登录失败：发生意外错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="38"/>
        <location filename="../../counter_app/views/main_window.py" line="43"/>
        <source>Nanjing Vehicle Office Counter System</source>
        <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="45"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="47"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="57"/>
        <source>Face-sign registration</source>
        <translation>面签注册</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="58"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="59"/>
        <source>Exam booking</source>
        <translation>考试预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="60"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="61"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="62"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="117"/>
        <source>Counter clerk</source>
        <translation>窗口民警</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="118"/>
        <source>Phone operator</source>
        <translation>电话预约话务员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="119"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="121"/>
        <source>Station: {0}</source>
        <translation>站点：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="123"/>
        <source>User: {0} ({1}), {2}</source>
        <translation>用户：{0}（{1}），{2}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="152"/>
        <source>Queued writes: {0}</source>
        <translation>待同步：{0} 条</translation>
    </message>
</context>
<context>
    <name>PlatesPage</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="237"/>
        <source>Collect at a plate-making point</source>
        <translation>到制牌点领取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="238"/>
        <source>By post, owner installs</source>
        <translation>邮寄到家（自行安装）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="239"/>
        <source>By post, postman installs ({0} yuan)</source>
        <translation>邮寄到家（邮递员上门安装，{0} 元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="240"/>
        <source>Free installation at an installation point</source>
        <translation>到安装点免费安装</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="244"/>
        <source>Plate confirmation</source>
        <translation>号牌确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="245"/>
        <source>Scan or type the notice code, plate, ID number or VIN</source>
        <translation>扫描或输入通知编号、号牌号码、身份证号码或车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="246"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="247"/>
        <source>Confirm the plate</source>
        <translation>确认号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="248"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="248"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="248"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="250"/>
        <source>Document</source>
        <translation>核验材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="250"/>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="250"/>
        <source>Point</source>
        <translation>领取/安装地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="251"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="251"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="253"/>
        <source>I have checked the registration certificate or the SMS notice</source>
        <translation>已核验机动车登记证书或选号短信通知</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="256"/>
        <source>SMS notice</source>
        <translation>选号短信通知</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="257"/>
        <source>Vehicle registration certificate</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="270"/>
        <source>Where the post should deliver the plates</source>
        <translation>号牌邮寄送达的地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="271"/>
        <source>Confirm plate</source>
        <translation>确认号牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="272"/>
        <source>Print notice</source>
        <translation>打印确认通知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="282"/>
        <source>Searching...</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="292"/>
        <source>No plate reservation found for {0}.</source>
        <translation>未找到 {0} 的号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="295"/>
        <source>{0} reservation(s) found.</source>
        <translation>找到 {0} 条号牌预选记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="305"/>
        <source>Not a notice code, plate, ID number or VIN: {0}</source>
        <translation>不是通知编号、号牌号码、身份证号码或车辆识别代号：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="307"/>
        <source>The central service cannot be reached: plate reservations are only kept there. Try again when the connection is back.</source>
        <translation>无法连接中心服务：号牌预选记录只保存在中心，请恢复连接后再查询。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="313"/>
        <source>The search failed.</source>
        <translation>查询失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="332"/>
        <source>{0} (end of day)</source>
        <translation>{0}（当日内有效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="338"/>
        <source>The deadline has passed: this plate can no longer be confirmed.</source>
        <translation>已超过确认期限，该号牌不能再确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="345"/>
        <source>Confirmed {0} at {1}. {2}; ready from {3}.</source>
        <translation>已于 {0} 在{1}确认。{2}；{3} 起可取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="361"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="361"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="386"/>
        <source>Confirming with the central service...</source>
        <translation>正在向中心服务确认…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="401"/>
        <source>Not confirmed: confirming a plate needs the central service, which cannot be reached now. Nothing was saved; confirm again when the connection is back.</source>
        <translation>未确认：号牌确认需要连接中心服务，当前无法连接。本次未保存，请恢复连接后重新确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="408"/>
        <source>The confirmation failed.</source>
        <translation>确认失败。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="428"/>
        <source>Plate confirmation notice</source>
        <translation>机动车号牌确认通知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="432"/>
        <source>The notice could not be printed.</source>
        <translation>确认通知单未能打印。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="23"/>
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="35"/>
        <source>{0} page(s)</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="36"/>
        <source>Print...</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="38"/>
        <source>Save as PDF...</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="39"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/print_preview.py" line="80"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
</context>
<context>
    <name>ReservationTableModel</name>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="63"/>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="63"/>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="63"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>Notice code</source>
        <translation>通知编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="64"/>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="65"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="69"/>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="69"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="70"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="74"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/plates_page.py" line="75"/>
        <source>Yes, until {0}</source>
        <translation>是，至 {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="42"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="43"/>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="43"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="43"/>
        <source>Central clock</source>
        <translation>中心时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="44"/>
        <source>Writes waiting to be sent</source>
        <translation>待同步的业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/sync_page.py" line="47"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../../counter_app/views/upcoming_page.py" line="13"/>
        <source>This workflow is not available in this version yet.</source>
        <translation>本业务将在后续版本中开放。</translation>
    </message>
</context>
</TS>
