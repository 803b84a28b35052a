"""同步状态: the link to the centre, writes waiting to be sent (待同步), refusals (待处理).

Writes made by another account wait for that account (issue 11, item 12): they are listed with
who made them, and a supervisor may take them over explicitly (audited at the centre)."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.roles import Role
from counter_app.domain.timefmt import format_local
from counter_app.services.context import AppContext
from counter_app.services.exams import Clerk, booking_receipt, print_pdf
from counter_app.services.local_store import PENDING, REFUSED, OutboxItem
from counter_app.views.centre_messages import centre_message, refusal_text
from counter_app.views.customer import keyboard_table
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import ConnectionBadge, DictTableModel, add_rows, make_table, set_error


def _when(item: OutboxItem) -> str:
    return format_local(item.created_at.replace(tzinfo=timezone.utc), seconds=True)


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.badge = ConnectionBadge()
        self.server_url = QLabel(ctx.api.base_url)
        self.server_time = QLabel("—")
        self.queued = QLabel("0")
        self.queued.setObjectName("syncQueued")
        self.form = QFormLayout()
        self.labels = add_rows(self.form, self.badge, self.server_url, self.server_time, self.queued)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setVisible(False)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.check_button = QPushButton()
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveButton")
        self.message = QLabel()

        columns = [(self.tr("Saved at"), lambda i: _when(i)), (self.tr("Business"), lambda i: i.summary),
                   (self.tr("Attempts"), lambda i: i.attempts)]
        self.pending = DictTableModel(columns + [(self.tr("Made by"), lambda i: self._owner(i))], parent=self)
        answer = (self.tr("Centre's answer"), lambda i: refusal_text(i.error_code, i.last_error or ""))
        self.refused = DictTableModel(columns + [answer], parent=self)
        self.pending_view = keyboard_table(make_table(self.pending, "pendingWrites"))
        self.refused_view = keyboard_table(make_table(self.refused, "refusedWrites"))
        self.pending_label = QLabel()
        self.others_label = QLabel()
        self.others_label.setObjectName("othersWaiting")
        self.others_label.setWordWrap(True)
        self.take_over_button = QPushButton()
        self.take_over_button.setObjectName("takeOverWrites")
        self.take_over_to = QLineEdit()
        self.take_over_to.setObjectName("takeOverTo")
        self.take_over_to.setMaxLength(32)
        self.refused_label = QLabel()
        # Registrations saved offline: their local reference, and the centre's number once sent.
        self.references = DictTableModel([
            (self.tr("Local reference"), lambda i: i.local_ref),
            (self.tr("Business"), lambda i: i.summary),
            (self.tr("Centre's number"), lambda i: self._centre_number(i)),
            (self.tr("Vehicles bound"), lambda i: self._bound(i)),
        ], parent=self)
        self.references_view = keyboard_table(make_table(self.references, "offlineReferences"))
        self.references_label = QLabel()
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprintWithNumber")
        self.reprint_button.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        refused_row = QHBoxLayout()
        refused_row.addWidget(self.refused_label)
        refused_row.addStretch(1)
        refused_row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.pending_view, 1)
        others_row = QHBoxLayout()
        others_row.addWidget(self.others_label, 1)
        others_row.addWidget(self.take_over_to)
        others_row.addWidget(self.take_over_button)
        layout.addLayout(others_row)
        layout.addLayout(refused_row)
        layout.addWidget(self.refused_view, 1)
        references_row = QHBoxLayout()
        references_row.addWidget(self.references_label)
        references_row.addStretch(1)
        references_row.addWidget(self.reprint_button)
        layout.addLayout(references_row)
        layout.addWidget(self.references_view, 1)

        ctx.monitor.online_changed.connect(self.badge.set_online)
        # The link is back: a red "cannot be reached" does not stay on screen.
        ctx.monitor.online_changed.connect(lambda online: online and set_error(self.message, ""))
        self.reprint_button.clicked.connect(self.reprint_with_number)
        self.references_view.selectionModel().selectionChanged.connect(lambda *_: self._update_reprint())
        ctx.monitor.server_time.connect(self.show_server_time)
        ctx.writes.progress.connect(self.show_progress)
        ctx.writes.replay_finished.connect(lambda _r: self.progress.setVisible(False))
        ctx.writes.changed.connect(self.refresh)
        self.check_button.clicked.connect(ctx.monitor.probe)
        self.sync_button.clicked.connect(self.sync_now)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.take_over_button.clicked.connect(self.take_over_selected)
        self._others: dict[str, int] = {}
        self.badge.set_online(ctx.monitor.online)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync status"))
        labels = (self.tr("Central service"), self.tr("Address"), self.tr("Central clock"),
                  self.tr("Writes waiting to be sent"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.check_button.setText(self.tr("Check now"))
        self.sync_button.setText(self.tr("Sync now"))
        self.resolve_button.setText(self.tr("&Mark as dealt with"))
        self.reprint_button.setText(self.tr("&Print again with the centre's number"))
        self.take_over_button.setText(self.tr("Take &over the selected account's writes"))
        self.take_over_to.setPlaceholderText(self.tr("send them as (empty: me)"))
        self.references_label.setText(self.tr(
            "Saved offline (registrations, bookings): local reference → the centre's number:"))
        self.pending_label.setText(self.tr("Waiting to be sent (待同步), oldest first:"))
        self.refused_label.setText(self.tr("Refused by the centre (待处理): deal with each, then mark it:"))
        self.badge.retranslate()

    def first_field(self) -> QWidget:
        return self.sync_button

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.runner.submit(lambda: (store.items(PENDING, limit=500), store.items(REFUSED, limit=500),
                                        store.referenced(), store.pending_owners()), self._show_items)

    def _me(self) -> str:
        return self.ctx.login.username if self.ctx.login else ""

    def _owner(self, item: OutboxItem) -> str:
        if item.username == self._me():
            return self.tr("me")
        name = item.username or self.tr("unknown account")
        return self.tr("{0} (waits for that account)").format(name)

    def _show_items(self, items: tuple[list[OutboxItem], list[OutboxItem], list[OutboxItem], dict[str, int]]) -> None:
        pending, refused, referenced, owners = items
        self._others = {name: n for name, n in owners.items() if name != self._me()}
        waiting = sum(self._others.values())
        if waiting:
            names = "、".join(name or self.tr("unknown account") for name in sorted(self._others))
            self.others_label.setText(self.tr(
                "{0} writes made by other accounts ({1}) wait: they are sent when that account signs in on this PC, "
                "or after a supervisor takes them over.").format(waiting, names))
        else:
            self.others_label.setText("")
        supervisor = self.ctx.login is not None and self.ctx.login.role == Role.SUPERVISOR
        self.take_over_button.setVisible(bool(waiting) and supervisor)
        self.take_over_to.setVisible(bool(waiting) and supervisor)
        self.pending.set_rows(pending)
        self.refused.set_rows(refused)
        self.references.set_rows(referenced)
        self.show_queued(len(pending))
        self._update_reprint()

    def _centre_number(self, item: OutboxItem) -> str:
        if isinstance(item.response, dict) and item.response.get("registration_no"):
            return item.response["registration_no"]
        if item.kind == "exam_booking" and isinstance(item.response, dict) and item.response.get("id"):
            return f"YY{item.response['id']:08d}"
        return {PENDING: self.tr("awaiting the centre"), REFUSED: self.tr("refused (see above)")}.get(
            item.status, self.tr("refused (dealt with)") if item.status == "resolved" else "")

    @staticmethod
    def _bound(item: OutboxItem) -> str:
        if isinstance(item.response, dict) and "vehicles" in item.response:
            return "、".join(v.get("plate") or v["vin"] for v in item.response["vehicles"]) or "—"
        return ""

    def _selected_reference(self) -> OutboxItem | None:
        rows = self.references_view.selectionModel().selectedRows()
        return self.references.row(rows[0].row()) if rows else None

    def _update_reprint(self) -> None:
        item = self._selected_reference()
        self.reprint_button.setEnabled(item is not None and isinstance(item.response, dict)
                                       and bool(item.response.get("registration_no") or item.response.get("id")))

    def reprint_with_number(self) -> None:
        """The signed provisional form, printed again with the centre's number and bound vehicles."""
        from counter_app.views.registration_page import print_registration

        item = self._selected_reference()
        if item is None or not isinstance(item.response, dict):
            return
        ticket = (item.queue_ticket or "").split("@")[0]
        if item.kind == "exam_booking" and item.response.get("id") and self.ctx.login is not None:
            booking = item.response
            spec = booking_receipt(booking, Clerk.of(self.ctx.login, self.ctx.clock.now(), ticket))
            self.ctx.runner.submit(lambda: print_pdf(spec), lambda pdf: self._preview(
                pdf, spec.title, f"booking-{booking['id']}.pdf"))
        elif item.response.get("registration_no"):
            print_registration(self, item.response, ticket=ticket)

    def _preview(self, pdf: bytes, title: str, name: str) -> None:
        self.last_preview = show_preview(self, pdf, title, name, history=self.ctx.prints, now=self.ctx.clock.now())

    def sync_now(self) -> None:
        if self.ctx.monitor.online is False:
            set_error(self.message, self.tr("The centre cannot be reached; the writes wait on this PC."))
            return
        set_error(self.message, "")
        self.ctx.writes.kick()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Sending {0} of {1}").format(done, total))

    def resolve_selected(self) -> None:
        rows = self.refused_view.selectionModel().selectedRows()
        if not rows:
            set_error(self.message, self.tr("Select a refused write first."))
            return
        self.ctx.writes.resolve(self.refused.row(rows[0].row()).id)

    def take_over_selected(self) -> None:
        """A supervisor takes over the selected write's account's waiting writes, after confirming."""
        rows = self.pending_view.selectionModel().selectedRows()
        item = self.pending.row(rows[0].row()) if rows else None
        if item is None or item.username == self._me():
            set_error(self.message, self.tr("Select a write made by another account first."))
            return
        name = item.username or self.tr("unknown account")
        target = self.take_over_to.text().strip() or self._me()
        answer = QMessageBox.question(self, self.tr("Take over writes"), self.tr(
            "Send the {0} writes of {1} under the account {2}? The centre records that you took them over.").format(
                self._others.get(item.username, 0), name, target))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.writes.take_over(item.username, target, lambda items: self._taken_over(items, target),
                                  self._take_over_failed)

    def _taken_over(self, items: list[OutboxItem], target: str) -> None:
        self.message.setText(self.tr("{0} writes taken over; they are sent when {1} is signed in on this PC.").format(
            len(items), target))

    def _take_over_failed(self, exc: Exception) -> None:
        set_error(self.message, centre_message(exc) if getattr(exc, "code", None) else self.tr("The writes could not be taken over."))

    def show_server_time(self, when: datetime) -> None:
        self.server_time.setText(format_local(when, seconds=True))

    def show_queued(self, count: int) -> None:
        self.queued.setText(str(count))
