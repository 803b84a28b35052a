"""Station set-up (issue 14 item 3): the address from the station file, the command line, or the
first-start dialog, which refuses plain http to another machine and an unreachable address."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counter_app.services import station_setup
from counter_app.services.station_setup import AddressError, configured_api_url, normalise_address, read_station_file
from counter_app.views.station_setup_dialog import StationSetupDialog
from counter_app.views.widgets import make_scan_field


@pytest.fixture(autouse=True)
def own_files(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("COUNTER_STATION_FILE", str(tmp_path / "station.ini"))
    monkeypatch.setenv("COUNTER_APP_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


@pytest.mark.parametrize("url", ["http://10.32.1.5:8765", "http://centre.example", "http://[2001:db8::1]:80"])
def test_plain_http_to_another_machine_is_refused(url):
    with pytest.raises(AddressError) as refused:
        normalise_address(url)
    assert refused.value.code == "address_insecure"
    assert "https" in refused.value.message and "本机" in refused.value.message


@pytest.mark.parametrize("url,expected", [
    ("https://centre.example:8443/", "https://centre.example:8443"),
    ("https://centre.example/api/v1", "https://centre.example"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("http://localhost:8765", "http://localhost:8765"),
    ("http://[::1]:8765", "http://[::1]:8765"),
])
def test_https_and_loopback_http_are_accepted(url, expected):
    assert normalise_address(url) == expected


@pytest.mark.parametrize("url", ["centre.example", "ftp://centre.example", "https://", "https://c.example:99999"])
def test_malformed_addresses_are_refused(url):
    with pytest.raises(AddressError) as refused:
        normalise_address(url)
    assert refused.value.code == "address_malformed"


def test_the_station_file_written_by_nsis_is_read_in_utf16_or_utf8(own_files):
    path = own_files / "station.ini"
    # NSIS's WriteINIStr into a file that exists as UTF-16 keeps UTF-16 (with its BOM).
    path.write_bytes("[centre]\r\napi_url=https://centre.example:8443\r\n[station]\r\nid=2\r\n"
                     "[reader]\r\nkind=termb\r\n".encode("utf-16"))
    station = read_station_file()
    assert (station.api_url, station.station_id, station.reader) == ("https://centre.example:8443", 2, {"kind": "termb"})
    path.write_text("\ufeff[centre]\napi_url = https://other.example\n", encoding="utf-8")
    assert read_station_file().api_url == "https://other.example"


def test_command_line_beats_environment_beats_station_file_beats_first_start(own_files):
    (own_files / "station.ini").write_text("[centre]\napi_url = https://station.example\n")
    station_setup.save_api_url("https://saved.example")
    assert configured_api_url("https://cli.example", "https://env.example") == ("https://cli.example", "command line")
    assert configured_api_url(None, "https://env.example") == ("https://env.example", "COUNTER_API_URL")
    assert configured_api_url(None, None) == ("https://station.example", "station file")
    (own_files / "station.ini").unlink()
    assert configured_api_url(None, None) == ("https://saved.example", "first-start setting")
    (own_files / "config" / "counter-app.ini").unlink()
    assert configured_api_url(None, None) == (None, "none")


def _try(qtbot, dialog: StationSetupDialog, url: str) -> None:  # noqa: ANN001
    dialog.url.setText(url)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def test_first_start_refuses_insecure_and_unreachable_addresses_then_saves_a_centre(qtbot, qapp, live_api, own_files):
    from counter_app.services.embedded_api import free_port

    dialog = StationSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _try(qtbot, dialog, "http://10.32.1.5:8765")
    assert "https" in dialog.message.text() and dialog.result() == 0
    port = free_port()  # nothing listens there
    _try(qtbot, dialog, f"http://127.0.0.1:{port}")
    qtbot.waitUntil(lambda: "无法连接" in dialog.message.text(), timeout=15000)
    assert station_setup.saved_api_url() is None
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        _try(qtbot, dialog, live_api.base_url + "/")
    assert dialog.address == live_api.base_url
    assert station_setup.saved_api_url() == live_api.base_url  # the next start does not ask


def test_scan_fields_take_a_wedge_scanner_with_the_input_method_off(qtbot):
    from PySide6.QtWidgets import QLineEdit

    field = make_scan_field(QLineEdit())
    qtbot.addWidget(field)
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    scanned = []
    field.returnPressed.connect(lambda: scanned.append(field.text()))
    qtbot.keyClicks(field, "LFV2A2156TC300777")  # a wedge scanner types, then presses Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scanned == ["LFV2A2156TC300777"]


def test_at_start_a_bad_configured_address_asks_again_and_a_bad_command_line_stops(own_files):
    from counter_app.services.station_setup import StationFile, start_address

    station = StationFile(api_url="http://10.1.1.1:8765")
    url, source, refused = start_address(None, None, station)
    assert (url, source) == (None, "station file") and "https" in refused
    assert start_address(None, None, StationFile(api_url="https://c.example/")) == ("https://c.example", "station file", "")
    assert start_address(None, None, station, demo=True) == (None, "demo", "")
    with pytest.raises(AddressError):
        start_address("http://10.1.1.1", None, StationFile())
