"""The console's security policy (安全策略, issue 11 item 17): the security administrator sets the
lock-out, the password age and history and the sign-in lifetime, each within the bounds the
centre checks (counter_app/domain/security_policy.py, one definition); the audit administrator
sees the same form read-only. Enter or Alt+S saves."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from counter_app.domain.access import may_edit_security_policy
from counter_app.domain.security_policy import BOUNDS
from counter_app.services.console import security_policy_write
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.views.console_common import ConsoleTab
from counter_app.views.widgets import form_box, named_button, named_label


class SecurityPolicyTab(ConsoleTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consolePolicy", parent)
        assert ctx.login is not None
        self.editable = may_edit_security_policy(ctx.login.role)
        self.spins: dict[str, QSpinBox] = {}
        for name, bound in BOUNDS.items():
            spin = QSpinBox()
            spin.setObjectName(f"policy_{name}")
            spin.setRange(bound.low, bound.high)
            spin.setReadOnly(not self.editable)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if self.editable
                                  else QSpinBox.ButtonSymbols.NoButtons)
            spin.setMinimumWidth(140)
            spin.setMaximumWidth(220)
            self.spins[name] = spin
        self.hint = named_label("policyHint")
        self.stored_label = named_label("policyStored")
        self.save_button = named_button("savePolicyButton")
        self.save_button.setVisible(self.editable)
        self.save_button.setEnabled(False)  # until the policy in force is shown
        self.refresh_button = named_button("refreshPolicyButton")
        self.box, self.labels = form_box(list(self.spins.values()), [self.refresh_button, self.save_button],
                                         extra=[self.stored_label])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.box)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.retranslate()

    def _titles(self) -> dict[str, str]:
        return {
            "max_failed_logins": self.tr("Wrong passwords in a row that lock an account"),
            "lockout_minutes": self.tr("Lock-out lasts"),
            "max_failed_logins_per_address": self.tr("Failed sign-ins allowed per PC address"),
            "password_max_age_days": self.tr("Password must be changed after"),
            "password_history": self.tr("Recent passwords that may not be reused"),
            "token_ttl_minutes": self.tr("Sign-in lasts"),
        }

    def retranslate(self) -> None:
        titles = self._titles()
        minutes, days = self.tr(" minutes"), self.tr(" days")
        units = {"lockout_minutes": minutes, "password_max_age_days": days, "token_ttl_minutes": minutes}
        for label, (name, bound) in zip(self.labels, BOUNDS.items()):
            label.setText(self.tr("{0} ({1}–{2})").format(titles[name], bound.low, bound.high))
            self.spins[name].setSuffix(units.get(name, ""))
        self.box.setTitle(self.tr("Security policy"))
        if self.editable:
            self.hint.setText(self.tr("The policy applies to every account at every station. A change takes effect "
                                      "within 10 seconds on every instance of the central service; each number must "
                                      "stay within the range shown (GB/T 22239 level 3)."))
        else:
            self.hint.setText(self.tr("The security administrator sets this policy; the audit administrator sees it "
                                      "read-only."))
        self.save_button.setText(self.tr("&Save policy"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._show_source(getattr(self, "_answer", None))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in any number saves (a spin box passes Enter on to its parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.save_button.isVisible():
            self.save()
            return
        super().keyPressEvent(event)

    # --- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.read(self.service.security_policy, self._show)

    def _show(self, answer: dict[str, Any]) -> None:
        self._answer = answer
        for name, spin in self.spins.items():
            spin.setValue(int(answer[name]))
        self.save_button.setEnabled(self.editable)
        self._show_source(answer)

    def _show_source(self, answer: dict[str, Any] | None) -> None:
        if answer is None:
            self.stored_label.setText("")
        elif answer.get("stored"):
            self.stored_label.setText(self.tr("Last changed by {0} at {1}.").format(
                answer.get("updated_by") or "", when(answer.get("updated_at"))))
        else:
            self.stored_label.setText(self.tr("No policy stored yet: the central service's defaults are in force."))

    def values(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    # --- writes ----------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.editable or not self.save_button.isEnabled():
            return
        for spin in self.spins.values():
            spin.interpretText()  # a number typed but not yet confirmed counts
        values = self.values()
        self.submit(lambda: security_policy_write(values), self._saved)

    def _saved(self, answer: dict[str, Any]) -> None:
        self._show(answer)
        self.done(self.tr("Security policy saved at {0}: it applies to every sign-in from now on.").format(
            when(answer.get("updated_at"))))
