"""ctypes adapters for the two ID-card reader SDK families counters use.

- `sdtapi` (神思/精伦 and compatibles): SDT_OpenPort, SDT_StartFindIDCard, SDT_SelectIDCard,
  SDT_ReadBaseMsg → a 256-byte UTF-16LE text block in fixed fields (GA/T 467) and 1024 bytes
  of WLT-compressed photo; 0x90 = OK, 0x9F = card found.
- `termb` (华视 CVR): CVR_InitComm (COM 1–16, USB 1001–1016), CVR_Authenticate,
  CVR_Read_Content, then GetPeopleName/GetPeopleIDCode/GetStartDate/GetEndDate … (GBK text);
  it also writes wz.txt/zp.bmp/zp.wlt/xp.wlt files, which are read into memory and deleted.

Every call into a vendor library runs on one dedicated thread (`SdkThread`): the libraries
are not thread-safe and keep per-port state, while reads are requested from the task pool.
An expired card is refused; the photo stays in memory.
"""
from __future__ import annotations

import ctypes
import logging
import struct
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from counter_app.services.id_card_reader import (
    CardReadError,
    CardType,
    IdCard,
    IdCardReader,
    SimulatedIdCardReader,
    refuse_expired,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

SDT_OK = 0x90
SDT_CARD_FOUND = 0x9F
TERMB_OK = 1
TEXT_BLOCK = 256
WLT_SIZE = 1024
PHOTO_W, PHOTO_H = 102, 126  # the decoded chip photo, 24-bit
SDK_FILES = ("wz.txt", "zp.bmp", "zp.wlt", "xp.wlt", "fp.dat")

SEX = {"0": "未知", "1": "男", "2": "女", "9": "未说明"}
# GB 3304 codes of the 56 ethnic groups (民族), as the chip stores them.
ETHNICITY = dict(enumerate((
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
    "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"),
    start=1))

# Field offsets in UTF-16 code units (bytes / 2) of the 256-byte text block; character 124 holds
# the card type (' ' resident ID, 'J' HK/Macau/Taiwan residence permit, 'I' foreigners' permanent
# residence card of 2017, 'Y' that of 2023). Resident ID and permit: GA/T 467; the foreigners'
# cards: the vendors' SDK manuals — to confirm against a real card at the first site.
_LAYOUTS: dict[str, dict[str, tuple[int, int]]] = {
    CardType.RESIDENT: {"name": (0, 15), "sex": (15, 16), "ethnicity": (16, 18), "birth": (18, 26),
                        "address": (26, 61), "id": (61, 79), "issuer": (79, 94), "start": (94, 102),
                        "end": (102, 110)},
    CardType.HMT_PERMIT: {"name": (0, 15), "sex": (15, 16), "birth": (18, 26), "address": (26, 61),
                          "id": (61, 79), "issuer": (79, 94), "start": (94, 102), "end": (102, 110),
                          "pass_no": (110, 119)},
    "I": {"en_name": (0, 60), "sex": (60, 61), "id": (61, 76), "nationality": (76, 79), "name": (79, 94),
          "start": (94, 102), "end": (102, 110), "birth": (110, 118)},
    "Y": {"en_name": (0, 35), "sex": (35, 36), "id": (36, 54), "nationality": (54, 57), "name": (57, 72),
          "start": (72, 80), "end": (80, 88), "birth": (88, 96)},
}
_TYPE_CHAR = {" ": CardType.RESIDENT, "J": CardType.HMT_PERMIT, "I": "I", "Y": "Y"}


def _iso(yyyymmdd: str) -> str:
    text = yyyymmdd.strip()
    if text == "长期":
        return text
    if len(text) != 8 or not text.isdigit():
        raise CardReadError("card_unreadable", "证件信息读取不完整，请重新放置证件")
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def parse_text_block(block: bytes) -> IdCard:
    """The card's fields from the 256-byte UTF-16LE text block (GA/T 467 fixed fields)."""
    if len(block) < TEXT_BLOCK:
        raise CardReadError("card_unreadable", "证件信息读取不完整，请重新放置证件")
    text = block[:TEXT_BLOCK].decode("utf-16-le", errors="replace")
    kind = _TYPE_CHAR.get(text[124])
    if kind is None:
        raise CardReadError("card_type_unsupported", "该证件类型不能在柜台读取，请手工录入")
    fields = {key: text[a:b].strip() for key, (a, b) in _LAYOUTS[kind].items()}
    foreign = kind in ("I", "Y")
    name = fields["name"] or fields.get("en_name", "")
    if foreign and fields.get("en_name") and fields["name"]:
        name = f"{fields['name']}（{fields['en_name']}）"
    ethnicity = ETHNICITY.get(int(fields["ethnicity"]), "") if fields.get("ethnicity", "").isdigit() else ""
    return IdCard(
        name=name, sex=SEX.get(fields["sex"], ""), ethnicity=ethnicity, birth_date=_iso(fields["birth"]),
        address=fields.get("address", ""), id_number=fields["id"], issuer=fields.get("issuer", "") or (
            "中华人民共和国国家移民管理局" if foreign else ""),
        valid_from=_iso(fields["start"]), valid_until=_iso(fields["end"]),
        card_type=CardType.FOREIGN_PERMANENT if foreign else kind,
    )


def card_type_of_number(id_number: str) -> CardType:
    """For SDKs that give no type: permits carry 810000/820000/830000, the 2023 foreigners' card a 9."""
    if id_number[:2] in ("81", "82", "83"):
        return CardType.HMT_PERMIT
    if id_number.startswith("9"):
        return CardType.FOREIGN_PERMANENT
    return CardType.RESIDENT


def bmp_from_bgr(pixels: bytes, width: int = PHOTO_W, height: int = PHOTO_H) -> bytes:
    """A 24-bit bottom-up BMP in memory around decoded BGR rows (rows padded to 4 bytes)."""
    stride = (width * 3 + 3) & ~3
    rows = [pixels[y * width * 3:(y + 1) * width * 3].ljust(stride, b"\0") for y in range(height)]
    body = b"".join(reversed(rows))
    header = struct.pack("<2sIHHI", b"BM", 54 + len(body), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(body), 2835, 2835, 0, 0)
    return header + info + body


class SdkThread:
    """One thread for every call into a vendor library (loaded on it, used only from it)."""

    def __init__(self, name: str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def call(self, fn: Callable[[], T], timeout: float = 15.0) -> T:
        return self._executor.submit(fn).result(timeout)

    def close(self) -> None:
        self._executor.shutdown(wait=True)


def load_library(path: str | Path) -> ctypes.CDLL:
    """Windows SDKs export stdcall functions (WinDLL); Linux ones the C convention."""
    loader = ctypes.WinDLL if sys.platform == "win32" else ctypes.CDLL  # type: ignore[attr-defined]
    try:
        return loader(str(path))
    except OSError as exc:
        raise CardReadError("reader_library_missing", f"未找到读卡器驱动库 {path}，请联系信息科安装读卡器驱动") from exc


class _VendorReader:
    """What both adapters share: the dedicated thread, the clock, the expiry rule."""

    thread_name = "card-sdk"

    def __init__(self, library: str | Path, port: int, *, today: Callable[[], date] = date.today) -> None:
        self.library_path = library
        self.port = port
        self.today = today
        self.thread = SdkThread(self.thread_name)
        self._lib: Any = None

    def _library(self) -> Any:  # on the SDK thread
        if self._lib is None:
            self._lib = load_library(self.library_path)
            self._declare(self._lib)
            self._open(self._lib)
        return self._lib

    def read(self, timeout: float = 5.0) -> IdCard | None:
        card = self.thread.call(self._read_on_thread, timeout=max(timeout, 1.0) + 10.0)
        return None if card is None else refuse_expired(card, self.today())

    def close(self) -> None:
        if self._lib is not None:
            self.thread.call(lambda: self._close(self._lib))
            self._lib = None
        self.thread.close()

    def _declare(self, lib: Any) -> None: ...
    def _open(self, lib: Any) -> None: ...
    def _close(self, lib: Any) -> None: ...
    def _read_on_thread(self) -> IdCard | None: ...


class SdtapiReader(_VendorReader):
    """神思/精伦 `sdtapi` (sdtapi.dll / libsdtapi.so); port 1001–1016 = USB, 1–16 = COM."""

    thread_name = "sdtapi"

    def __init__(self, library: str | Path, port: int = 1001, *, decoder: str | Path | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(library, port, today=today)
        self.decoder_path = decoder
        self._decoder: Any = None

    def _declare(self, lib: Any) -> None:
        c_int, buf, uint_p = ctypes.c_int, ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint)
        for name, args in (("SDT_OpenPort", [c_int]), ("SDT_ClosePort", [c_int]),
                           ("SDT_StartFindIDCard", [c_int, buf, c_int]), ("SDT_SelectIDCard", [c_int, buf, c_int]),
                           ("SDT_ReadBaseMsg", [c_int, buf, uint_p, buf, uint_p, c_int])):
            fn = getattr(lib, name)
            fn.argtypes, fn.restype = args, c_int
        if self.decoder_path:
            self._decoder = load_library(self.decoder_path)
            # libwlt's `unpack(src WLT, dst BGR 102x126, 602)`: decodes in memory, writes no file.
            self._decoder.unpack.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
            self._decoder.unpack.restype = ctypes.c_int

    def _open(self, lib: Any) -> None:
        status = lib.SDT_OpenPort(self.port)
        if status != SDT_OK:
            raise CardReadError("reader_not_connected", f"读卡器未连接（端口 {self.port}，状态 0x{status:02X}），请检查连线")

    def _close(self, lib: Any) -> None:
        lib.SDT_ClosePort(self.port)

    def _read_on_thread(self) -> IdCard | None:
        lib = self._library()
        manage = ctypes.create_string_buffer(8)
        if lib.SDT_StartFindIDCard(self.port, manage, 0) != SDT_CARD_FOUND:
            return None
        if lib.SDT_SelectIDCard(self.port, manage, 0) != SDT_OK:
            return None
        text, photo = ctypes.create_string_buffer(TEXT_BLOCK), ctypes.create_string_buffer(WLT_SIZE)
        text_len, photo_len = ctypes.c_uint(0), ctypes.c_uint(0)
        status = lib.SDT_ReadBaseMsg(self.port, text, ctypes.byref(text_len), photo, ctypes.byref(photo_len), 0)
        if status != SDT_OK:
            raise CardReadError("card_unreadable", f"读卡失败（状态 0x{status:02X}），请重新放置证件")
        card = parse_text_block(text.raw[:text_len.value])
        wlt = photo.raw[:photo_len.value]
        bmp = None
        if self._decoder is not None and wlt:
            bgr = ctypes.create_string_buffer(PHOTO_W * PHOTO_H * 3)
            if self._decoder.unpack(wlt, bgr, 602) == 1:
                bmp = bmp_from_bgr(bgr.raw)
        return _with_photo(card, wlt or None, bmp)


class TermbReader(_VendorReader):
    """华视 `termb` (termb.dll / libtermb.so). It writes wz.txt, zp.bmp … into its working
    directory (`output_dir`): they are read into memory and deleted after every read."""

    thread_name = "termb"
    min_poll_interval = 0.3  # the SDK's manual: poll no faster than every 300 ms

    def __init__(self, library: str | Path, port: int = 1001, *, output_dir: str | Path | None = None,
                 encoding: str = "gbk", today: Callable[[], date] = date.today) -> None:
        super().__init__(library, port, today=today)
        self.output_dir = Path(output_dir) if output_dir else Path(library).resolve().parent
        self.encoding = encoding
        self._last_poll = 0.0

    _TEXT = ("GetPeopleName", "GetPeopleSex", "GetPeopleNation", "GetPeopleBirthday", "GetPeopleAddress",
             "GetPeopleIDCode", "GetDepartment", "GetStartDate", "GetEndDate")

    def _declare(self, lib: Any) -> None:
        for name in ("CVR_InitComm", "CVR_Read_Content"):
            getattr(lib, name).argtypes, getattr(lib, name).restype = [ctypes.c_int], ctypes.c_int
        for name in ("CVR_Authenticate", "CVR_CloseComm"):
            getattr(lib, name).argtypes, getattr(lib, name).restype = [], ctypes.c_int
        for name in self._TEXT:
            fn = getattr(lib, name)
            fn.argtypes, fn.restype = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)], ctypes.c_int

    def _open(self, lib: Any) -> None:
        if lib.CVR_InitComm(self.port) != TERMB_OK:
            raise CardReadError("reader_not_connected", f"读卡器未连接（端口 {self.port}），请检查连线")

    def _close(self, lib: Any) -> None:
        lib.CVR_CloseComm()

    def _text(self, lib: Any, name: str) -> str:
        buf, size = ctypes.create_string_buffer(256), ctypes.c_int(256)
        getattr(lib, name)(buf, ctypes.byref(size))
        return buf.raw[:max(0, min(size.value, 256))].split(b"\0", 1)[0].decode(self.encoding, errors="replace").strip()

    def _read_on_thread(self) -> IdCard | None:
        lib = self._library()
        wait = self._last_poll + self.min_poll_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_poll = time.monotonic()
        try:
            if lib.CVR_Authenticate() != TERMB_OK:
                return None
            if lib.CVR_Read_Content(4) != TERMB_OK:
                raise CardReadError("card_unreadable", "读卡失败，请重新放置证件")
            values = {name: self._text(lib, name) for name in self._TEXT}
            photo_path = self.output_dir / "zp.bmp"
            bmp = photo_path.read_bytes() if photo_path.is_file() else None
            wlt_path = self.output_dir / "zp.wlt"
            wlt = wlt_path.read_bytes() if wlt_path.is_file() else None
        finally:
            self.delete_sdk_files()
        id_number = values["GetPeopleIDCode"]
        card = IdCard(
            name=values["GetPeopleName"], sex=values["GetPeopleSex"], ethnicity=values["GetPeopleNation"],
            birth_date=_iso(values["GetPeopleBirthday"].replace("-", "")), address=values["GetPeopleAddress"],
            id_number=id_number, issuer=values["GetDepartment"],
            valid_from=_iso(values["GetStartDate"].replace("-", "").replace(".", "")),
            valid_until=_iso(values["GetEndDate"].replace("-", "").replace(".", "")),
            card_type=card_type_of_number(id_number),
        )
        return _with_photo(card, wlt, bmp)

    def delete_sdk_files(self) -> None:
        """The SDK leaves the person's data and photo in files: they must not stay on the PC."""
        for name in SDK_FILES:
            try:
                (self.output_dir / name).unlink(missing_ok=True)
            except OSError:
                log.warning("could not delete the reader SDK's %s", name)


def _with_photo(card: IdCard, wlt: bytes | None, bmp: bytes | None) -> IdCard:
    from dataclasses import replace

    return replace(card, photo_wlt=wlt, photo_bmp=bmp)


def make_id_reader(kind: str, *, library: str | None = None, port: int = 1001, decoder: str | None = None,
                   output_dir: str | None = None, today: Callable[[], date] = date.today) -> IdCardReader:
    """The reader the settings choose: `simulated` (demo, training, tests), `sdtapi` or `termb`."""
    if kind == "sdtapi":
        return SdtapiReader(library or ("sdtapi.dll" if sys.platform == "win32" else "libsdtapi.so"), port,
                            decoder=decoder, today=today)
    if kind == "termb":
        return TermbReader(library or ("termb.dll" if sys.platform == "win32" else "libtermb.so"), port,
                           output_dir=output_dir, today=today)
    if kind != "simulated":
        log.error("unknown ID-card reader %r in the settings: the simulated reader is used", kind)
    return SimulatedIdCardReader.with_demo_cards()
