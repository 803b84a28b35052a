"""The supervisor's console (主管控制台, issue 12): one tab per job the role may do, each gated by
its own capability in domain/access.py (so that 三员分立 can share them out later)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from counter_app.domain.roles import ADMIN_ROLES
from counter_app.domain.access import (
    may_lift_blacklist,
    may_manage_accounts,
    may_manage_calendar,
    may_manage_devices,
    may_manage_plate_pool,
    may_read_audit,
    may_read_security_policy,
    may_read_sms_outbox,
)
from counter_app.services.context import AppContext
from counter_app.views.console_accounts import AccountsTab
from counter_app.views.console_calendar import CalendarTab
from counter_app.views.console_common import ConsoleTab
from counter_app.views.console_devices import DevicesTab
from counter_app.views.console_policy import SecurityPolicyTab
from counter_app.views.console_records import AuditTab, BlacklistTab, PoolTab, SmsTab

TABS = (("accounts", may_manage_accounts, AccountsTab), ("calendar", may_manage_calendar, CalendarTab),
        ("pool", may_manage_plate_pool, PoolTab), ("blacklist", may_lift_blacklist, BlacklistTab),
        ("audit", may_read_audit, AuditTab), ("sms", may_read_sms_outbox, SmsTab),
        ("devices", may_manage_devices, DevicesTab), ("policy", may_read_security_policy, SecurityPolicyTab))


class ConsolePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.setObjectName("consolePage")
        self.role = ctx.login.role
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consoleTabs")
        # Built only for a role that may use the page at all (the rail offers it then).
        self.tab_by_key: dict[str, ConsoleTab] = {}
        for key, may, cls in TABS:
            if may(ctx.login.role):
                tab = cls(ctx)
                self.tab_by_key[key] = tab
                self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # 三员分立: the three administrators are not supervisors; their console is named for them.
        self.heading.setText(self.tr("Administration console") if self.role in ADMIN_ROLES
                             else self.tr("Supervisor's console"))
        titles = {"accounts": self.tr("Accounts"), "calendar": self.tr("Holiday calendar"),
                  "pool": self.tr("Plate pool"), "blacklist": self.tr("Selection blacklist"),
                  "audit": self.tr("Audit trail"), "sms": self.tr("SMS outbox"), "devices": self.tr("Counter PCs"),
                  "policy": self.tr("Security policy")}
        for key, tab in self.tab_by_key.items():
            self.tabs.setTabText(self.tabs.indexOf(tab), titles[key])

    def show_tab(self, key: str) -> ConsoleTab:
        tab = self.tab_by_key[key]
        self.tabs.setCurrentWidget(tab)
        return tab
