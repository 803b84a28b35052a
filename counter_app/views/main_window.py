"""The main window: navigation rail, one page per workflow, status bar."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.context import AppContext
from counter_app.views.exam_booking_page import ExamBookingPage
from counter_app.views.exam_cancel_page import ExamCancelPage
from counter_app.views.idle_lock import IdleWatcher, LockPanel
from counter_app.views.plates_page import PlatesPage
from counter_app.views.printing_page import PrintingPage
from counter_app.views.contact_change_page import ContactChangePage
from counter_app.views.registration_page import RegistrationPage
from counter_app.views.sync_page import SyncPage
from counter_app.views.widgets import ConnectionBadge

NAV_KEYS = ("face_sign", "contact_change", "plates", "exam_booking", "exam_cancel", "printing", "sync")


class MainWindow(QMainWindow):
    signed_out = Signal()  # back to the log-in dialog
    closed = Signal()  # closed for good: the application ends

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self._signing_out = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Nanjing Vehicle Office Counter System"))
        self.resize(1366, 768)
        self.setMinimumSize(1024, 640)

        # Header: who and where, lock and sign-out.
        title = QLabel(self.tr("Nanjing Vehicle Office Counter System"))
        title.setObjectName("windowHeading")
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.lock_button)
        header.addWidget(self.sign_out_button)

        # Navigation rail (model/view) and the pages.
        titles = {
            "face_sign": self.tr("Face-sign registration"),
            "contact_change": self.tr("Change of contact"),
            "plates": self.tr("Plate confirmation"),
            "exam_booking": self.tr("Exam booking"),
            "exam_cancel": self.tr("Cancel booking"),
            "printing": self.tr("Printing"),
            "sync": self.tr("Sync status"),
        }
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView()
        self.nav.setObjectName("navRail")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.sync_page = SyncPage(ctx)
        self.plates_page = PlatesPage(ctx)
        self.exam_booking_page = ExamBookingPage(ctx)
        self.exam_cancel_page = ExamCancelPage(ctx)
        self.page_by_key: dict[str, QWidget] = {
            "face_sign": RegistrationPage(ctx), "plates": self.plates_page, "exam_booking": self.exam_booking_page,
            "exam_cancel": self.exam_cancel_page, "printing": PrintingPage(ctx), "sync": self.sync_page,
            "contact_change": ContactChangePage(ctx),
        }
        for key in NAV_KEYS:
            item = QStandardItem(titles[key])
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setSizeHint(QSize(170, 44))
            self.nav_model.appendRow(item)
            self.pages.addWidget(self.page_by_key[key])
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
        self.nav.setCurrentIndex(self.nav_model.index(0, 0))

        self.idle = IdleWatcher(ctx.settings.idle_lock_seconds, self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.lock_button.clicked.connect(self.lock)
        self.lock_panel.unlocked.connect(self.unlock)
        self.lock_panel.sign_out.connect(self.sign_out)
        self.sign_out_button.clicked.connect(self.sign_out)

        ctx.writes.changed.connect(self.refresh_queue)
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(3000)
        self._queue_timer.timeout.connect(self.refresh_queue)
        self._queue_timer.start()
        self.refresh_queue()

    def _build_status_bar(self) -> None:
        login = self.ctx.login
        role_names = {
            "clerk": self.tr("Counter clerk"),
            "phone_operator": self.tr("Phone operator"),
            "supervisor": self.tr("Supervisor"),
            "internet": self.tr("Internet platform"),
        }
        self.station_label = QLabel(self.tr("Station: {0}").format(login.station["name"]))
        self.station_label.setObjectName("statusStation")
        self.user_label = QLabel(self.tr("User: {0} ({1}), {2}").format(
            login.display_name, login.username, role_names.get(login.role, login.role)))
        self.user_label.setObjectName("statusUser")
        self.online_badge = ConnectionBadge()
        self.online_badge.setObjectName("statusOnline")
        self.queue_label = QLabel()
        self.queue_label.setObjectName("statusQueue")
        self.show_queue(0)
        bar = self.statusBar()
        for widget in (self.station_label, self.user_label):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.queue_label)
        bar.addPermanentWidget(self.online_badge)
        self.ctx.monitor.online_changed.connect(self.online_badge.set_online)
        self.online_badge.set_online(self.ctx.monitor.online)

    # --- navigation -----------------------------------------------------------------------
    def _navigate(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())

    def show_page(self, key: str) -> None:
        self.nav.setCurrentIndex(self.nav_model.index(NAV_KEYS.index(key), 0))

    # --- queue ----------------------------------------------------------------------------
    def refresh_queue(self) -> None:
        self.ctx.runner.submit(self.ctx.store.pending_count, self.show_queue)

    def show_queue(self, count: int) -> None:
        self.queue_label.setText(self.tr("Queued writes: {0}").format(count))
        self.sync_page.show_queued(count)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QApplication.instance().removeEventFilter(self.idle)
        self._queue_timer.stop()
        token, self.ctx.api.token = self.ctx.api.token, None
        if token:  # best effort: the token also expires on its own
            self.ctx.runner.submit(lambda: self.ctx.api.logout(token), None, lambda _exc: None)
        self.ctx.signed_out()
        super().closeEvent(event)
        if self._signing_out:
            self.signed_out.emit()
        else:
            self.closed.emit()
