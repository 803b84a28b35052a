<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ConnectionBadge</name>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="29" />
      <source>Connecting...</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="31" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/widgets.py" line="33" />
      <source>Offline</source>
      <translation>离线</translation>
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
      <location filename="../../counter_app/views/main_window.py" line="37" />
      <location filename="../../counter_app/views/main_window.py" line="42" />
      <source>Nanjing Vehicle Office Counter System</source>
      <translation>南京市车管所柜台业务系统</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="44" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="46" />
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="56" />
      <source>Face-sign registration</source>
      <translation>面签注册</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="57" />
      <source>Plate confirmation</source>
      <translation>号牌确认</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="58" />
      <source>Exam booking</source>
      <translation>考试预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="59" />
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="60" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="61" />
      <source>Sync status</source>
      <translation>同步状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="114" />
      <source>Counter clerk</source>
      <translation>窗口民警</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="115" />
      <source>Phone operator</source>
      <translation>电话预约话务员</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="116" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="118" />
      <source>Station: {0}</source>
      <translation>站点：{0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="120" />
      <source>User: {0} ({1}), {2}</source>
      <translation>用户：{0}（{1}），{2}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/main_window.py" line="149" />
      <source>Queued writes: {0}</source>
      <translation>待同步：{0} 条</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="23" />
      <source>Print preview: {0}</source>
      <translation>打印预览：{0}</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="35" />
      <source>{0} page(s)</source>
      <translation>共 {0} 页</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="36" />
      <source>Print...</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="38" />
      <source>Save as PDF...</source>
      <translation>另存为PDF…</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="39" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/print_preview.py" line="80" />
      <source>Save as PDF</source>
      <translation>另存为PDF</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="42" />
      <source>Sync status</source>
      <translation>同步状态</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="43" />
      <source>Central service</source>
      <translation>中心服务</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="43" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="43" />
      <source>Central clock</source>
      <translation>中心时间</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="44" />
      <source>Writes waiting to be sent</source>
      <translation>待同步的业务</translation>
    </message>
    <message>
      <location filename="../../counter_app/views/sync_page.py" line="47" />
      <source>Check now</source>
      <translation>立即检查</translation>
    </message>
  </context>
  <context>
    <name>UpcomingPage</name>
    <message>
      <location filename="../../counter_app/views/upcoming_page.py" line="13" />
      <source>This workflow is not available in this version yet.</source>
      <translation>本业务将在后续版本中开放。</translation>
    </message>
  </context>
</TS>