"""The validators agree with the field's libraries on generated valid and corrupted numbers."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc
from vininfo import Vin

from counter_app.domain.identity import (
    FieldError,
    validate_id_number,
    validate_mobile,
    validate_plate,
    validate_uscc,
    validate_vin,
)

TODAY = date(2026, 11, 25)
# Districts that have existed since 1983 without change, so stdnum's birth-year rule agrees
# (not 440106 天河区: it dates from 1985, so a 1984 birth there fails stdnum's check).
REGIONS = ["320102", "320104", "320105", "320106", "320111", "320113", "320114", "110101", "310101"]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


@st.composite
def resident_ids(draw) -> str:  # noqa: ANN001
    birth = draw(st.dates(min_value=date(1984, 1, 1), max_value=TODAY))
    base = f"{draw(st.sampled_from(REGIONS))}{birth:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return base + ric.calc_check_digit(base + "0")


@given(resident_ids())
def test_valid_resident_ids_pass_both(number):
    assert ric.is_valid(number)
    assert validate_id_number(number, TODAY) == number


@given(resident_ids(), st.integers(0, 17), st.integers(1, 9))
def test_corrupted_resident_ids_are_refused_like_the_library(number, position, delta):
    digits = "0123456789X" if position == 17 else "0123456789"
    old = number[position]
    new = digits[(digits.index(old) + delta) % len(digits)]
    corrupted = number[:position] + new + number[position + 1:]
    with pytest.raises(FieldError) as caught:
        validate_id_number(corrupted, TODAY)
    # One changed character always breaks the GB 11643 check digit (weights are prime to 11).
    assert not ric.is_valid(corrupted)
    assert caught.value.code in {"id_number_checksum", "id_number_birth_date", "id_number_region"}


def test_id_messages_say_what_is_wrong():
    good = "360426199101010071"  # python-stdnum's own test vector
    assert validate_id_number(good.lower(), TODAY) == good
    cases = {
        "36042619910102009X": ("id_number_checksum", "身份证号码校验位错误"),
        "3604261991010100": ("id_number_length", "身份证号码应为18位，现为16位"),
        "36042619910101007A": ("id_number_format", "身份证号码格式错误：前17位应为数字，末位为数字或X"),
        "360426199113010071": ("id_number_birth_date", "身份证号码中的出生日期无效"),
    }
    for value, (code, message) in cases.items():
        with pytest.raises(FieldError) as caught:
            validate_id_number(value, TODAY)
        assert (caught.value.code, caught.value.message) == (code, message)
    future = "360426" + "20270101" + "007"
    future += ric.calc_check_digit(future + "0")
    with pytest.raises(FieldError, match="晚于今天"):
        validate_id_number(future, TODAY)
    unknown_county = "329999" + "19910101" + "007"
    unknown_county += ric.calc_check_digit(unknown_county + "0")
    with pytest.raises(FieldError, match="地区码不存在"):
        validate_id_number(unknown_county, TODAY)


@st.composite
def usccs(draw) -> str:  # noqa: ANN001
    # First character: a registration authority of GB 32100 (1-9, A, N, Y), then 7 digits.
    head = draw(st.sampled_from("123456789ANY")) + draw(st.text("0123456789", min_size=7, max_size=7))
    tail = draw(st.text(USCC_ALPHABET, min_size=9, max_size=9))
    return head + tail + uscc.calc_check_digit(head + tail)


@given(usccs(), st.integers(1, 30))
@settings(max_examples=200)
def test_usccs_agree_with_the_library(code, delta):
    assert validate_uscc(code) == code
    assert uscc.calc_check_digit(code) == code[-1]
    corrupted = code[:-1] + USCC_ALPHABET[(USCC_ALPHABET.index(code[-1]) + delta) % len(USCC_ALPHABET)]
    assert not uscc.is_valid(corrupted)
    with pytest.raises(FieldError) as caught:
        validate_uscc(corrupted)
    assert caught.value.message == "统一社会信用代码校验位错误"


def test_uscc_vectors_from_the_library_doctests():
    assert validate_uscc("91110000600037341L") == "91110000600037341L"
    with pytest.raises(FieldError, match="校验位错误"):
        validate_uscc("91110000600037341N")


@st.composite
def vins(draw) -> str:  # noqa: ANN001
    """A VIN from a Chinese maker with the check digit vininfo accepts."""
    wmi = draw(st.sampled_from(["LSV", "LFV", "LHG", "LVS", "LGB"]))
    body = draw(st.text(VIN_ALPHABET, min_size=5, max_size=5))
    tail = draw(st.sampled_from("LMNPRST")) + draw(st.text(VIN_ALPHABET, min_size=7, max_size=7))
    for check in "0123456789X":
        candidate = wmi + body + check + tail
        if Vin(candidate).verify_checksum():
            return candidate
    raise AssertionError("no check digit fits")  # one of the 11 always does


@given(vins(), st.integers(0, 16), st.sampled_from(VIN_ALPHABET))
@settings(max_examples=300)
def test_vins_agree_with_vininfo(vin, position, char):
    assert validate_vin(vin) == vin
    changed = vin[:position] + char + vin[position + 1:]
    library_ok = Vin(changed).verify_checksum() if changed[9] not in "UZ0" else False
    try:
        validate_vin(changed)
        ours = True
    except FieldError:
        ours = False
    assert ours == library_ok


def test_vin_messages():
    for value, message in {
        "LSVAU2180N218329": "车辆识别代号应为17位，现为16位",
        "LSVAU2I80N2183294": "车辆识别代号不能含有字母I、O、Q",
        "LSVAU2180N2183294": "车辆识别代号校验位（第9位）错误",
    }.items():
        with pytest.raises(FieldError) as caught:
            validate_vin(value)
        assert caught.value.message == message


@given(st.sampled_from(["130", "133", "138", "150", "159", "177", "186", "199"]), st.integers(0, 10**8 - 1))
def test_mobiles(prefix, rest):
    number = f"{prefix}{rest:08d}"
    assert validate_mobile(number) == number
    assert validate_mobile("+86 " + number) == number


def test_bad_mobiles_and_plates():
    for value in ("1381234567", "23812345678", "138123456789"):
        with pytest.raises(FieldError, match="11位"):
            validate_mobile(value)
    assert validate_plate("苏a 12345") == "苏A12345"
    assert validate_plate("苏AD12345") == "苏AD12345"  # new energy
    for value in ("苏AI2345", "苏A1234", "XA12345"):
        with pytest.raises(FieldError, match="号牌号码格式错误"):
            validate_plate(value)
