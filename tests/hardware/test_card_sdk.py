"""The ctypes adapters of the two reader SDK families against a real shared library.

tests/hardware/fake_vendor.c implements the vendor functions with fixed answers; it is compiled
here with `cc`. The text blocks are laid out below from GA/T 467's field table (in bytes), not
from the adapter's offsets, so a wrong offset in the adapter fails these tests.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest

from counter_app.services.card_sdk import SdtapiReader, TermbReader, make_id_reader
from counter_app.services.id_card_reader import CardReadError, CardType, SimulatedIdCardReader

HERE = Path(__file__).parent
TODAY = date(2026, 11, 25)

# (value, field length in bytes) in card order: GA/T 467 resident ID card.
RESIDENT = [("张伟", 30), ("1", 2), ("01", 4), ("19850312", 16), ("南京市玄武区中山路18号", 70),
            ("320102198503120178", 36), ("南京市公安局玄武分局", 30), ("20200101", 16), ("20400101", 16), ("", 36)]
EXPIRED = [*RESIDENT[:7], ("20000101", 16), ("20200101", 16), ("", 36)]
# Residence permit for Hong Kong, Macau and Taiwan residents: type 'J' in bytes 248–249.
PERMIT = [("陈家明", 30), ("1", 2), ("", 4), ("19900101", 16), ("南京市鼓楼区中山北路1号", 70),
          ("810000199001010011", 36), ("南京市公安局鼓楼分局", 30), ("20230101", 16), ("20280101", 16),
          ("H01234567", 18), ("01", 4), ("", 6), ("J", 2), ("", 6)]
# Foreigners' permanent residence ID card (2023): type 'Y'.
FOREIGN = [("SMITH, JOHN", 70), ("1", 2), ("911840198001010015", 36), ("USA", 6), ("史密斯", 30),
           ("20240101", 16), ("20340101", 16), ("19800101", 16), ("", 56), ("Y", 2), ("", 6)]


def block(fields: list[tuple[str, int]]) -> bytes:
    out = b"".join(_pad(value, size) for value, size in fields)
    assert len(out) == 256
    return out


def _pad(value: str, size: int) -> bytes:
    data = value.encode("utf-16-le")
    assert len(data) <= size and size % 2 == 0
    return data + " ".encode("utf-16-le") * ((size - len(data)) // 2)


def _c_bytes(data: bytes) -> str:
    return "{" + ",".join(str(b) for b in data) + "}"


def _c_string(text: str, encoding: str = "gbk") -> str:
    return '"' + "".join(f"\\x{b:02x}" for b in text.encode(encoding)) + '"'


BMP = b"BM" + bytes(range(60))


@pytest.fixture(scope="session")
def vendor_lib(tmp_path_factory) -> Path:  # noqa: ANN001
    cc = shutil.which("cc")
    assert cc, "a C compiler (Debian's gcc) is needed to build the fake vendor library"
    build = tmp_path_factory.mktemp("fake-vendor")
    (build / "cards.h").write_text("\n".join([
        f"static const unsigned char RESIDENT_BLOCK[256] = {_c_bytes(block(RESIDENT))};",
        f"static const unsigned char EXPIRED_BLOCK[256] = {_c_bytes(block(EXPIRED))};",
        f"static const unsigned char PERMIT_BLOCK[256] = {_c_bytes(block(PERMIT))};",
        f"static const unsigned char FOREIGN_BLOCK[256] = {_c_bytes(block(FOREIGN))};",
        f"static const unsigned char TERMB_BMP[{len(BMP)}] = {_c_bytes(BMP)};",
        f"#define TERMB_NAME {_c_string('张伟')}", f"#define TERMB_SEX {_c_string('男')}",
        f"#define TERMB_NATION {_c_string('汉')}", f"#define TERMB_ADDRESS {_c_string('南京市玄武区中山路18号')}",
        f"#define TERMB_ISSUER {_c_string('南京市公安局玄武分局')}", ""]), encoding="ascii")
    lib = build / "libfakevendor.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O1", "-pthread", f"-I{build}", str(HERE / "fake_vendor.c"),
                    "-o", str(lib)], check=True)
    return lib


@pytest.fixture
def card(monkeypatch, vendor_lib):  # noqa: ANN001, ANN201
    import ctypes

    ctypes.CDLL(str(vendor_lib)).fake_reset()
    monkeypatch.setenv("FAKE_CARD", "resident")
    return lambda kind: monkeypatch.setenv("FAKE_CARD", kind)


def _threads(vendor_lib: Path) -> int:
    import ctypes

    return ctypes.CDLL(str(vendor_lib)).fake_distinct_threads()


def test_sdtapi_reads_a_resident_id_card_on_one_thread(vendor_lib, card):
    reader = SdtapiReader(vendor_lib, 1001, decoder=vendor_lib, today=lambda: TODAY)
    results = []
    callers = [threading.Thread(target=lambda: results.append(reader.read())) for _ in range(3)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    reader.close()
    first = results[0]
    assert (first.name, first.sex, first.ethnicity, first.birth_date) == ("张伟", "男", "汉", "1985-03-12")
    assert (first.address, first.id_number, first.issuer) == ("南京市玄武区中山路18号", "320102198503120178",
                                                               "南京市公安局玄武分局")
    assert (first.valid_from, first.valid_until, first.card_type) == ("2020-01-01", "2040-01-01", CardType.RESIDENT)
    assert first.photo_wlt == bytes((i * 7) % 256 for i in range(1024))
    # Decoded in memory: a 102x126 24-bit BMP (rows padded to 308 bytes) plus its 54-byte header.
    assert first.photo_bmp[:2] == b"BM" and len(first.photo_bmp) == 54 + 308 * 126
    assert all(r == first for r in results)
    assert _threads(vendor_lib) == 1  # three callers, one SDK thread
    assert "320102198503120178" not in repr(first)


def test_sdtapi_reads_the_permit_and_the_foreigners_card(vendor_lib, card):
    reader = SdtapiReader(vendor_lib, 1001, today=lambda: TODAY)
    card("permit")
    permit = reader.read()
    assert (permit.card_type, permit.name, permit.id_number, permit.valid_until) == (
        CardType.HMT_PERMIT, "陈家明", "810000199001010011", "2028-01-01")
    card("foreign")
    foreign = reader.read()
    assert (foreign.card_type, foreign.id_number, foreign.birth_date, foreign.valid_until) == (
        CardType.FOREIGN_PERMANENT, "911840198001010015", "1980-01-01", "2034-01-01")
    assert foreign.name == "史密斯（SMITH, JOHN）"
    card("none")
    assert reader.read() is None
    reader.close()


def test_an_expired_card_is_refused(vendor_lib, card):
    card("expired")
    reader = SdtapiReader(vendor_lib, 1001, today=lambda: TODAY)
    with pytest.raises(CardReadError) as refused:
        reader.read()
    reader.close()
    assert refused.value.code == "card_expired"
    assert "2020-01-01" in refused.value.message and "过期" in refused.value.message


def test_a_wrong_port_or_a_missing_library_says_so(vendor_lib, card, tmp_path):
    reader = SdtapiReader(vendor_lib, 1002, today=lambda: TODAY)
    with pytest.raises(CardReadError) as unplugged:
        reader.read()
    reader.thread.close()
    assert unplugged.value.code == "reader_not_connected"
    missing = SdtapiReader(tmp_path / "libsdtapi.so", 1001)
    with pytest.raises(CardReadError) as no_lib:
        missing.read()
    missing.thread.close()
    assert no_lib.value.code == "reader_library_missing"


def test_termb_reads_gbk_fields_keeps_the_photo_in_memory_and_deletes_its_files(vendor_lib, card, tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setenv("FAKE_SDK_DIR", str(tmp_path))
    reader = TermbReader(vendor_lib, 1001, output_dir=tmp_path, today=lambda: TODAY)
    reader.min_poll_interval = 0.0
    read = reader.read()
    assert (read.name, read.sex, read.ethnicity, read.address) == ("张伟", "男", "汉", "南京市玄武区中山路18号")
    assert (read.id_number, read.birth_date, read.valid_from, read.valid_until) == (
        "320102198503120178", "1985-03-12", "2020-01-01", "2040-01-01")
    assert read.photo_bmp == BMP and read.photo_wlt == b"WLT"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # wz.txt, zp.bmp, zp.wlt deleted
    card("none")
    assert reader.read() is None
    reader.close()


def test_the_settings_choose_the_reader_and_the_simulated_one_still_serves_the_demo(vendor_lib, card):
    reader = make_id_reader("sdtapi", library=str(vendor_lib), port=1001, today=lambda: TODAY)
    assert isinstance(reader, SdtapiReader) and reader.read().name == "张伟"
    reader.close()
    demo = make_id_reader("simulated")
    assert isinstance(demo, SimulatedIdCardReader)
    assert demo.read().name == "张伟"  # the first demo card (resources/demo/demo_people.json)
