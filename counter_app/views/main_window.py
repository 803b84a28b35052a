"""The main window: navigation rail, one page per workflow, status bar."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.access import allowed_pages
from counter_app.domain.roles import ADMIN_ROLES
from counter_app.domain.timefmt import format_local
from counter_app.services.context import AppContext
from counter_app.services.board import Heartbeat
from counter_app.views.board_page import BoardPage
from counter_app.views.console_page import ConsolePage
from counter_app.views.centre_messages import refusal_text
from counter_app.views.customer import NEXT_CUSTOMER_KEY, PAGE_KEYS, scanner_field
from counter_app.views.exam_booking_page import ExamBookingPage
from counter_app.views.exam_cancel_page import ExamCancelPage
from counter_app.views.exam_day_page import ExamDayPage
from counter_app.views.exam_fee_page import ExamFeePage
from counter_app.views.exam_ranking_page import ExamRankingPage
from counter_app.views.licence_application_page import LicenceApplicationPage
from counter_app.views.idle_lock import IdleWatcher, LockPanel
from counter_app.views.inspection_label_page import InspectionLabelPage
from counter_app.views.licence_review_page import LicenceReviewPage
from counter_app.views.plates_page import PlatesPage
from counter_app.views.printing_page import PrintingPage
from counter_app.views.contact_change_page import ContactChangePage
from counter_app.views.registration_page import RegistrationPage
from counter_app.views.sync_page import SyncPage
from counter_app.views.diagnostics_export import export_diagnostics_dialog
from counter_app.views.violations_page import ViolationsPage
from counter_app.views.widgets import ConnectionBadge

class _LazyPages(dict):
    """key → page, built by `build` on first look-up; iteration sees the pages built so far."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self._build(key)
        self[key] = page
        return page


class MainWindow(QMainWindow):
    signed_out = Signal()  # back to the log-in dialog
    closed = Signal()  # closed for good: the application ends
    # The centre ended this session (a newer sign-in of the account elsewhere): emitted from the
    # worker thread that got the answer, handled on the UI thread.
    session_ended = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self._signing_out = False
        self.setObjectName("mainWindow")
        self.session_ended.connect(self._session_ended, Qt.ConnectionType.QueuedConnection)
        ctx.api.on_session_ended = self.session_ended.emit
        self.resize(1366, 768)
        self.setMinimumSize(1024, 640)

        # Header: who and where, lock and sign-out.
        self.heading = title = QLabel()
        title.setObjectName("windowHeading")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOutButton")
        # The header's buttons are not in the Tab chain of the work (Space would lock mid-form).
        for button in (self.lock_button, self.sign_out_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # The hall's queue ticket (叫号) of the customer served now; F12 (下一位) starts the next one.
        self.ticket_label = QLabel()
        self.ticket = scanner_field(QLineEdit())
        self.ticket.setObjectName("queueTicket")
        self.ticket.setMaxLength(16)
        self.ticket.setFixedWidth(120)
        self.ticket_label.setBuddy(self.ticket)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextCustomerButton")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.ticket_label)
        header.addWidget(self.ticket)
        header.addWidget(self.next_button)
        header.addSpacing(16)
        header.addWidget(self.lock_button)
        header.addWidget(self.sign_out_button)

        # Navigation rail (model/view) and the pages.
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView()
        self.nav.setObjectName("navRail")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setFixedWidth(190)
        self.pages = QStackedWidget()
        # Pages are built on first use (issue 17: sign-in builds only the first page, a role's
        # other pages cost nothing until the clerk opens them); the rail's slots hold placeholders.
        self.page_factories: dict[str, Callable[[AppContext, QWidget], QWidget]] = {
            "face_sign": RegistrationPage, "contact_change": ContactChangePage, "plates": PlatesPage,
            "exam_booking": ExamBookingPage, "exam_cancel": ExamCancelPage, "printing": PrintingPage,
            "sync": SyncPage, "labels": InspectionLabelPage, "violations": ViolationsPage,
            "licence_review": LicenceReviewPage, "console": ConsolePage, "board": BoardPage,
            "exam_day": ExamDayPage, "exam_fees": ExamFeePage, "licence_application": LicenceApplicationPage,
            "exam_ranking": ExamRankingPage,
        }
        self.page_by_key = _LazyPages(self._build_page)
        self._queued = 0
        # Only the pages this role may use at this station; F1, F2 … in the rail's order.
        self.nav_keys = allowed_pages(ctx.login.role, ctx.login.station)
        self.page_actions: dict[str, QAction] = {}
        for n, key in enumerate(self.nav_keys):
            shortcut = PAGE_KEYS[n] if n < len(PAGE_KEYS) else None  # F1-F11, then Ctrl+F1…
            item = QStandardItem()
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setSizeHint(QSize(170, 44))
            self.nav_model.appendRow(item)
            self.pages.addWidget(QWidget())  # the page's slot until it is first shown
            action = QAction(self)
            if shortcut:
                action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            self.addAction(action)
            self.page_actions[key] = action
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # pages are reached by F1…F8, work by Tab
        self.next_action = QAction(self)
        self.next_action.setShortcut(NEXT_CUSTOMER_KEY)
        self.next_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_action.triggered.connect(self.next_customer)
        self.addAction(self.next_action)
        self.next_button.clicked.connect(self.next_customer)
        self.ticket.returnPressed.connect(self._ticket_entered)
        self.nav.selectionModel().currentChanged.connect(self._navigate)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.addLayout(header)
        work_layout.addLayout(body, 1)

        # The lock panel replaces the work while locked.
        self.lock_panel = LockPanel(ctx)
        self.screens = QStackedWidget()
        self.screens.addWidget(work)
        self.screens.addWidget(self.lock_panel)
        self.setCentralWidget(self.screens)

        self._build_status_bar()
        self._build_menu()
        self._retranslate()
        # The window shows at once and builds its first page on the next turn of the event loop:
        # sign-in is two shorter stalls of the UI thread instead of one long one (issue 16).
        QTimer.singleShot(0, self._after_show)

        self.idle = IdleWatcher(ctx.settings.idle_lock_seconds, self)
        self.idle.idle.connect(self.lock)
        self.lock_button.clicked.connect(self.lock)
        self.lock_panel.unlocked.connect(self.unlock)
        self.lock_panel.sign_out.connect(self.sign_out)
        self.sign_out_button.clicked.connect(self.sign_out)

        ctx.writes.changed.connect(self.refresh_queue)
        self.store_notice_box: QMessageBox | None = None
        ctx.writes.store_notice.connect(self.show_store_notice)
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(3000)
        self._queue_timer.timeout.connect(self.refresh_queue)
        self._queue_timer.start()
        self.refresh_queue()

        # This PC's heartbeat to the live board while someone is signed in (issue 12); not while
        # an administrator is (三员分立: the board is of counters, and the centre refuses, and
        # audits, an administrator's heartbeat: one refused row per beat).
        self.heartbeat = Heartbeat(ctx.api, ctx.store, ctx.runner, interval_ms=ctx.settings.heartbeat_interval_ms,
                                   parent=self)
        self._beats = ctx.login.role not in ADMIN_ROLES
        if self._beats:
            ctx.writes.changed.connect(self.heartbeat.beat)
            self.heartbeat.start()

    def show_store_notice(self, message: str) -> None:
        """The local store rebuilt its file on its own (issue 11): the clerk is told, not blocked."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data on this PC"), message, parent=self)
        box.setObjectName("storeNotice")
        box.open()
        self.store_notice_box = box

    def _build_status_bar(self) -> None:
        self._signed_in_as = self.ctx.login  # kept: a signed-out window may still see a language change
        self.station_label = QLabel()
        self.station_label.setObjectName("statusStation")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self._status_texts()
        self.online_badge = ConnectionBadge()
        self.online_badge.setObjectName("statusOnline")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("statusClock")
        self.queue_label = QLabel()
        self.queue_label.setObjectName("statusQueue")
        self.show_queue(0)
        bar = self.statusBar()
        for widget in (self.station_label, self.user_label):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.clock_label)
        bar.addPermanentWidget(self.queue_label)
        bar.addPermanentWidget(self.online_badge)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.show_clock)
        self._clock_timer.start()
        self.ctx.monitor.online_changed.connect(lambda _online: self.show_clock())
        self.show_clock()
        self.ctx.monitor.online_changed.connect(self.online_badge.set_online)
        self.online_badge.set_online(self.ctx.monitor.online)

    def _status_texts(self) -> None:
        """Who signs in where, in the current language (the status bar's left side)."""
        login = self._signed_in_as
        if login is None:
            return
        role_names = {
            "clerk": self.tr("Counter clerk"),
            "phone_operator": self.tr("Phone operator"),
            "supervisor": self.tr("Supervisor"),
            "internet": self.tr("Internet platform"),
            "sysadmin": self.tr("System administrator"),
            "secadmin": self.tr("Security administrator"),
            "auditor": self.tr("Audit administrator"),
        }
        self.station_label.setText(self.tr("Station: {0}").format(login.station["name"]))
        self.user_label.setText(self.tr("User: {0} ({1}), {2}").format(
            login.display_name, login.username, role_names.get(login.role, login.role)))

    def _page_titles(self) -> dict[str, str]:
        return {
            "face_sign": self.tr("Face-sign registration"),
            "contact_change": self.tr("Change of contact"),
            "plates": self.tr("Plate confirmation"),
            "exam_booking": self.tr("Exam booking"),
            "exam_cancel": self.tr("Cancel booking"),
            "labels": self.tr("Inspection-exempt label"),
            "violations": self.tr("Camera violations"),
            "licence_review": self.tr("Licence review"),
            "printing": self.tr("Printing"),
            "sync": self.tr("Sync status"),
            "exam_day": self.tr("Exam day"),
            "exam_fees": self.tr("Retest fee"),
            "licence_application": self.tr("Licence application"),
            "exam_ranking": self.tr("Ranking and positions"),
            "console": (self.tr("Administration console") if self._signed_in_as.role in ADMIN_ROLES
                        else self.tr("Supervisor's console")),
            "board": self.tr("Live board"),
        }

    def _retranslate_rail(self) -> None:
        """The rail's page names, their F-key tooltips and the page actions in the current language."""
        titles = self._page_titles()
        for n, key in enumerate(self.nav_keys):
            shortcut = self.page_actions[key].shortcut().toString()
            item = self.nav_model.item(n)
            item.setText(f"{titles[key]}  ({shortcut})" if shortcut else titles[key])
            item.setToolTip(self.tr("{0}: press {1}").format(titles[key], shortcut) if shortcut else "")
            self.page_actions[key].setText(titles[key])
        widest = max((self.nav.fontMetrics().horizontalAdvance(self.nav_model.item(r).text()) * 1.2
                      for r in range(self.nav_model.rowCount())), default=150)
        self.nav.setFixedWidth(max(190, int(widest) + 40))  # no clipped page name in either language

    def _retranslate(self) -> None:
        """The window's own texts in the current language (the pages retranslate themselves)."""
        self.setWindowTitle(self.tr("Nanjing Vehicle Office Counter System"))
        self.heading.setText(self.tr("Nanjing Vehicle Office Counter System"))
        self.lock_button.setText(self.tr("Loc&k"))
        self.sign_out_button.setText(self.tr("Sign ou&t"))
        self.ticket_label.setText(self.tr("&Queue ticket"))
        self.ticket.setPlaceholderText(self.tr("e.g. A023"))
        self.next_button.setText(self.tr("&Next customer (F12)"))
        self.next_button.setToolTip(self.tr("Clear the page for the next customer (F12)"))
        self.next_action.setText(self.tr("Next customer"))
        self.help_menu.setTitle(self.tr("Help"))
        self.export_diagnostics_action.setText(self.tr("Export diagnostics..."))
        self.change_password_action.setText(self.tr("Change my password..."))
        self._retranslate_rail()
        if hasattr(self, "station_label"):  # the status bar is built after the first call
            self._status_texts()
            self.online_badge.retranslate()
            self.show_clock()
            self.show_queue(self._queued)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _build_menu(self) -> None:
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.export_diagnostics_action = help_menu.addAction("")
        self.export_diagnostics_action.setObjectName("exportDiagnostics")
        self.export_diagnostics_action.triggered.connect(lambda: export_diagnostics_dialog(self, self.ctx))
        self.change_password_action = help_menu.addAction("")
        self.change_password_action.setObjectName("changePassword")
        self.change_password_action.triggered.connect(self.change_password)

    def change_password(self) -> None:
        """Every user's own password change (the forced one at first sign-in is the Controller's)."""
        from counter_app.views.password_dialog import PasswordDialog

        self.password_dialog = PasswordDialog(self.ctx, forced=False, parent=self)
        self.password_dialog.open()

    def show_clock(self) -> None:
        """Nanjing time: the centre's clock online, this PC's clock offline (and marked so)."""
        now = format_local(self.ctx.clock.now())
        if self.ctx.monitor.online is False:
            self.clock_label.setText(self.tr("{0} (this PC's clock, offline)").format(now))
        else:
            self.clock_label.setText(self.tr("{0} (centre time)").format(now))

    # --- navigation -----------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        """Build one page the first time it is needed: in its rail slot if offered, else hidden."""
        offered = key in self.nav_keys
        # Built as a child (never a top-level window for a moment, which would take the activation).
        page = self.page_factories[key](self.ctx, self.pages if offered else self)
        if offered:
            row = self.nav_keys.index(key)
            placeholder = self.pages.widget(row)
            current = self.pages.currentIndex()
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
        else:
            page.hide()  # not offered: kept hidden, owned by the window
        if key == "sync":
            page.show_queued(self._queued)
        return page

    @property
    def sync_page(self) -> QWidget:
        return self.page_by_key["sync"]

    @property
    def plates_page(self) -> QWidget:
        return self.page_by_key["plates"]

    @property
    def exam_booking_page(self) -> QWidget:
        return self.page_by_key["exam_booking"]

    @property
    def exam_cancel_page(self) -> QWidget:
        return self.page_by_key["exam_cancel"]

    def _after_show(self) -> None:
        if not self.nav.currentIndex().isValid():  # unless the clerk was quicker
            self._open_first_page()
            self.ticket.setFocus()  # a customer starts with the queue ticket

    def _open_first_page(self) -> None:
        if not self.nav.currentIndex().isValid():
            self.nav.setCurrentIndex(self.nav_model.index(0, 0))

    def _navigate(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.page_by_key[self.nav_keys[current.row()]]  # noqa: B018 - built on first use
            self.pages.setCurrentIndex(current.row())
            self.focus_page()

    def show_page(self, key: str) -> None:
        if key in self.nav_keys:
            self.nav.setCurrentIndex(self.nav_model.index(self.nav_keys.index(key), 0))
            self.focus_page()

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def focus_page(self) -> None:
        """Focus lands in the first field of the page (the first page built now if a quick
        ticket came before the event loop turned)."""
        self._open_first_page()
        first = getattr(self.current_page(), "first_field", None)
        if first is not None:
            first().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- customers ------------------------------------------------------------------------
    def _ticket_entered(self) -> None:
        self.ctx.call_ticket(self.ticket.text())
        self.ticket.setText(self.ctx.queue_ticket)
        self.focus_page()

    def next_customer(self) -> None:
        """下一位: every page back to its empty state, the ticket field ready for the next ticket."""
        for page in list(self.page_by_key.values()):  # a page never built holds no one
            clear = getattr(page, "next_customer", None)
            if clear is not None:
                clear()
        self.ctx.next_customer()
        self.ticket.clear()
        self.ticket.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- queue ----------------------------------------------------------------------------
    def refresh_queue(self) -> None:
        self.ctx.runner.submit(self.ctx.store.pending_count, self.show_queue)

    def show_queue(self, count: int) -> None:
        self.queue_label.setText(self.tr("Queued writes: {0}").format(count))
        self._queued = count
        if "sync" in self.page_by_key:
            self.page_by_key["sync"].show_queued(count)

    # --- lock and sign-out ----------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_panel

    def lock(self) -> None:
        if not self.locked:
            self.screens.setCurrentWidget(self.lock_panel)
            self.lock_panel.prepare()

    def unlock(self) -> None:
        self.screens.setCurrentIndex(0)
        self.idle.rearm()

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    def _session_ended(self, message: str) -> None:
        """Say why, then back to the sign-in. The one code that ends a session is
        `session_replaced` (api_client.SESSION_ENDED): signed in on another PC."""
        if self._signing_out:
            return
        self.ctx.api.token = None  # ended at the centre already: no sign-out request
        self.ctx.sign_in_notice = refusal_text("session_replaced", message)  # the sign-in dialog says it
        self.sign_out()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.stop()
        self.heartbeat.stop()
        if self._beats:
            self.ctx.writes.changed.disconnect(self.heartbeat.beat)
        self._queue_timer.stop()
        self._clock_timer.stop()
        exam_day = self.page_by_key.get("exam_day")
        if isinstance(exam_day, ExamDayPage):
            exam_day.forget()  # no whole ID number of a roster outlives the sign-in
        token, self.ctx.api.token = self.ctx.api.token, None
        self.ctx.api.on_session_ended = None
        if token:  # best effort: the token also expires on its own
            self.ctx.runner.submit(lambda: self.ctx.api.logout(token), None, lambda _exc: None)
        self.ctx.signed_out()
        super().closeEvent(event)
        if self._signing_out:
            self.signed_out.emit()
        else:
            self.closed.emit()
