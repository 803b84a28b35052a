"""At sign-in: is this counter program still allowed to work, and is there a newer one?

Below the centre's minimum version the main window does not open: the clerk may update now or
sign out. A newer version is offered (now, or at the next sign-in). The package is downloaded and
verified in the background (services/updates.py) and only a verified one is handed to the
installer, after which the program quits so the installer can replace it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counter_app.services import updates
from counter_app.services.context import AppContext
from counter_app.views.centre_messages import centre_message

log = logging.getLogger(__name__)


def check_at_sign_in(ctx: AppContext, proceed: Callable[[], None], back_to_login: Callable[[], None]) -> None:
    """Ask the centre in the background; `proceed` opens the main window."""
    def checked(status: updates.UpdateStatus) -> None:
        if status.kind == "current":
            proceed()
            return
        prompt = UpdatePrompt(ctx, status, proceed, back_to_login)
        ctx.update_prompt = prompt  # type: ignore[attr-defined] - kept alive while open (tests find it here)
        prompt.open()

    def failed(exc: Exception) -> None:
        # The sign-in itself just reached the centre; an older centre without /updates, or a
        # hiccup, must not keep the counter from working.
        log.warning("update check failed: %s", getattr(exc, "code", type(exc).__name__))
        proceed()

    ctx.runner.submit(lambda: updates.check(ctx.api), checked, failed)


class UpdatePrompt(QMessageBox):
    def __init__(self, ctx: AppContext, status: updates.UpdateStatus, proceed: Callable[[], None],
                 back_to_login: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updatePrompt")
        self.ctx = ctx
        self.status = status
        self.proceed = proceed
        self.back_to_login = back_to_login
        release = status.release
        assert release is not None
        self.required = status.kind == "required"
        self.setWindowTitle(self.tr("Counter program update"))
        if self.required:
            self.setIcon(QMessageBox.Icon.Critical)
            self.setText(self.tr(
                "This counter program (version {0}) is older than the minimum version {1} the central "
                "service accepts. It cannot be used until it is updated.").format(status.installed,
                                                                                release.minimum_version))
            self.later_button = self.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.RejectRole)
        else:
            self.setIcon(QMessageBox.Icon.Information)
            self.setText(self.tr("Version {0} of the counter program is available (this PC has {1}). "
                                 "Update now? Finish the current business first.").format(release.version,
                                                                                           status.installed))
            self.later_button = self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.update_button = self.addButton(self.tr("Update now"), QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.update_button)
        self.later_button.setObjectName("updateLater")
        self.update_button.setObjectName("updateNow")
        self.buttonClicked.connect(self._chosen)

    def _chosen(self, button) -> None:  # noqa: ANN001
        if button is self.update_button:
            self._download()
        elif self.required:
            self._sign_out()
        else:
            self.proceed()

    def _sign_out(self) -> None:
        token, self.ctx.api.token = self.ctx.api.token, None
        if token:
            self.ctx.runner.submit(lambda: self.ctx.api.logout(token), None, lambda _exc: None)
        self.ctx.signed_out()
        self.back_to_login()

    def _download(self) -> None:
        release = self.status.release
        target = self.ctx.settings.ensure_data_dir() / "updates"
        self.ctx.runner.submit(lambda: updates.download(self.ctx.api, release, target), self._verified, self._failed)

    def _verified(self, package) -> None:  # noqa: ANN001
        QMessageBox.information(None, self.tr("Counter program update"), self.tr(
            "The update was downloaded and its signature verified. The installer starts now and this "
            "program closes."))
        updates.launch_installer(package)
        QApplication.instance().quit()

    def _failed(self, exc: Exception) -> None:
        message = (centre_message(exc) if getattr(exc, "code", None) else None) or self.tr("The update could not be downloaded: {0}").format(exc)
        QMessageBox.warning(None, self.tr("Counter program update"), message)
        if self.required:
            self._sign_out()
        else:
            self.proceed()
