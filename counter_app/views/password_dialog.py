"""Changing one's own password: at will (帮助 → 修改密码…), and forced at the first sign-in after a
supervisor created the account or reset its password (the centre refuses other work until then)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.passwords import password_problems
from counter_app.domain.refused import Refused
from counter_app.services.api_client import ApiError
from counter_app.services.console import change_own_password
from counter_app.services.context import AppContext, unlock_hash
from counter_app.views.centre_messages import centre_message, refusal_text
from counter_app.views.widgets import add_rows, set_error


class PasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self.forced = forced
        self.setObjectName("passwordDialog")
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setObjectName("passwordIntro")
        self.intro.setWordWrap(True)
        self.old = self._secret("oldPassword")
        self.new = self._secret("newPassword")
        self.repeat = self._secret("repeatPassword")
        form = QFormLayout()
        self.labels = add_rows(form, self.old, self.new, self.repeat)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePasswordButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelPasswordButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.repeat.returnPressed.connect(self.submit)
        self.retranslate()
        self.old.setFocus()

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(128)
        return edit

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        if self.forced and self.ctx.login is not None and self.ctx.login.password_expired:
            self.intro.setText(self.tr("Your password has reached the age the office allows: choose a new one "
                                       "before you start work (the last five cannot be used again)."))
            self.cancel_button.setText(self.tr("Sign out"))
        elif self.forced:
            self.intro.setText(self.tr("Your account is new or its password was reset by an administrator: choose "
                                       "your own password before you start work."))
            self.cancel_button.setText(self.tr("Sign out"))
        else:
            self.intro.setText(self.tr("Choose a new password for {0}.").format(self.ctx.login.username))
            self.cancel_button.setText(self.tr("Cancel"))
        for label, text in zip(self.labels, (self.tr("Current password"), self.tr("New password"),
                                             self.tr("New password again"))):
            label.setText(text)
        self.new.setPlaceholderText(self.tr("At least 10 characters, three of: upper, lower, digit, symbol"))
        self.save_button.setText(self.tr("&Save password"))

    def submit(self) -> None:
        old, new, repeat = self.old.text(), self.new.text(), self.repeat.text()
        if not old:
            set_error(self.message, self.tr("Enter the current password."))
            return
        if new != repeat:
            set_error(self.message, self.tr("The two new passwords differ."))
            return
        if new == old:
            set_error(self.message, self.tr("The new password must differ from the current one."))
            return
        problems = password_problems(new, self.ctx.login.username)
        if problems:
            set_error(self.message, refusal_text("password_weak", "；".join(problems)))  # as the centre says it
            return
        set_error(self.message, "")
        self.message.setText(self.tr("Saving..."))
        self.save_button.setEnabled(False)
        username = self.ctx.login.username

        def change() -> str:
            change_own_password(self.ctx.api, username, old, new)
            return unlock_hash(new)  # the idle lock opens with the new password from now on

        self.ctx.runner.submit(change, lambda hashed: self._saved(new, hashed), self._failed)

    def _saved(self, new: str, hashed: str) -> None:
        assert self.ctx.login is not None
        self.ctx.signed_in(self.ctx.login, new, hashed)
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Password changed."))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        set_error(self.message, centre_message(exc) if isinstance(exc, (ApiError, Refused)) else str(exc))
