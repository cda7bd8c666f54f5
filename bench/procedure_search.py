"""Procedure search as you type: index build time and time per keystroke at 10,000 procedures.

The catalogue is generated (seeded, so every run searches the same one): the 48 real
procedures of the demo province, then names put together from the words real procedure
names are made of (an action, an object, up to two qualifiers), some with old tone placement
(hoá, thuỷ), and for a third of them a place named with made-up Vietnamese syllables (so the
vocabulary grows as a real province's does); with English names and unique codes.
"""

from __future__ import annotations

import json
import random
import statistics
import time
import unicodedata

from bench.report import p95
from bench.search_queries import EVALUATION
from kiosk.domain.model import Procedure, ServiceField
from kiosk.input.text_search import ProcedureIndex
from simulators.province_api import DEFAULT_SEED

PROCEDURES = 10_000
SEED = 20260520
SCREEN_LIMIT = 41  # screens/procedures.py shows 40 and asks for one more
QUERIES = (
    "dang ky khai sinh",
    "dang ky khia sinh",  # a typo: nothing has every word, what comes nearest is looked for
    "thu tuc lam so do",  # filler words, an everyday word
    "giay phep xay dnug",
    "zzzz qqqq xxxx",  # nothing, nor anything near: every forgiving step in vain
    "chứng thực bản sao",
    "cap giay phep xay dung",
    "1.0011",
    "Đăng ký thường trú",
    "hoá chất",
    "building permit",
)

ACTIONS = (
    ("Cấp", "Issuing"),
    ("Cấp lại", "Reissuing"),
    ("Cấp đổi", "Replacing"),
    ("Đăng ký", "Registering"),
    ("Đăng ký lại", "Re-registering"),
    ("Gia hạn", "Extending"),
    ("Điều chỉnh", "Amending"),
    ("Thu hồi", "Revoking"),
    ("Chứng thực", "Certifying"),
    ("Xác nhận", "Confirming"),
    ("Thẩm định", "Appraising"),
    ("Phê duyệt", "Approving"),
    ("Hỗ trợ", "Support for"),
    ("Giải quyết", "Settling"),
    ("Thay đổi", "Changing"),
    ("Công nhận", "Recognising"),
    ("Chấm dứt", "Ending"),
    ("Tạm ngừng", "Suspending"),
    ("Hòa giải", "Mediating"),
    ("Thực hiện", "Carrying out"),
    ("Đính chính", "Correcting"),
    ("Xóa đăng ký", "Deleting the registration of"),
    ("Khai báo", "Declaring"),
)
OBJECTS = (
    ("giấy phép xây dựng", "a building permit"),
    ("khai sinh", "a birth"),
    ("kết hôn", "a marriage"),
    ("khai tử", "a death"),
    ("giám hộ", "guardianship"),
    ("giấy chứng nhận quyền sử dụng đất", "a land-use certificate"),
    ("quyền sở hữu tài sản gắn liền với đất", "ownership of assets on land"),
    ("hộ kinh doanh", "a business household"),
    ("thường trú", "permanent residence"),
    ("tạm trú", "temporary residence"),
    ("tạm vắng", "temporary absence"),
    ("thẻ bảo hiểm y tế", "a health insurance card"),
    ("bản sao từ bản chính", "a copy of an original"),
    ("chữ ký", "a signature"),
    ("hợp đồng, giao dịch", "a contract"),
    ("di chúc", "a will"),
    ("trợ cấp xã hội hằng tháng", "a monthly social allowance"),
    ("giấy phép kinh doanh", "a business licence"),
    ("chứng chỉ hành nghề", "a practice licence"),
    ("giấy xác nhận tình trạng hôn nhân", "a marital status certificate"),
    ("trích lục hộ tịch", "a civil status extract"),
    ("mai táng phí", "a funeral allowance"),
    ("giấy phép khai thác nước dưới đất", "a groundwater permit"),
    ("công trình thuỷ lợi", "an irrigation work"),
    ("công trình thủy lợi", "an irrigation work"),
    ("kinh doanh hoá chất", "chemicals trading"),
    ("kinh doanh hóa chất", "chemicals trading"),
    ("giấy phép lái xe", "a driving licence"),
    ("biển số xe", "a number plate"),
    ("chuyển mục đích sử dụng đất", "a change of land use"),
    ("tranh chấp đất đai", "a land dispute"),
    ("mức độ khuyết tật", "a disability level"),
    ("nhà ở xã hội", "social housing"),
    ("hồ sơ địa chính", "cadastral records"),
    ("giấy phép môi trường", "an environmental permit"),
    ("hỗ trợ học tập", "education support"),
    ("chế độ tử tuất", "survivor benefits"),
)
QUALIFIERS = (
    ("đối với nhà ở riêng lẻ", "for a detached house"),
    ("cho cá nhân, hộ gia đình", "for individuals and households"),
    ("có yếu tố nước ngoài", "with a foreign element"),
    ("tại Ủy ban nhân dân cấp xã", "at the commune People's Committee"),
    ("cho trẻ em dưới 6 tuổi", "for a child under 6"),
    ("trong trường hợp bị mất, hư hỏng", "when lost or damaged"),
    ("lần đầu", "for the first time"),
    ("theo hộ gia đình", "by household"),
    ("đối với tổ chức", "for organisations"),
    ("cho người có công với cách mạng", "for people with meritorious service"),
    ("thuộc thẩm quyền của cấp tỉnh", "under provincial authority"),
    ("do chuyển nhượng, tặng cho, thừa kế", "after a transfer, gift or inheritance"),
    ("cho người thuộc hộ nghèo, hộ cận nghèo", "for poor and near-poor households"),
    ("đối với người cao tuổi", "for the elderly"),
    ("trực tuyến toàn trình", "fully online"),
    ("kể cả cấp đổi sang mẫu mới", "including the new form"),
)
PLACE_KINDS = ("xã", "phường", "đặc khu", "thôn", "bản", "tổ dân phố")
ONSETS = ("", *"b c ch d đ g gi h k kh l m n ng nh p ph qu r s t th tr v x".split())
# rhymes with "*" after the vowel that carries the tone mark
RHYMES = tuple(
    "a* a*i a*m a*n a*ng a*nh a*o a*u a*y ă*m ă*n ă*ng â*m â*n â*u â*y e* e*n e*o ê* ê*n ê*nh "
    "i* i*nh ia* iê*n iê*u o* oa* oa*n oa*ng o*i o*ng ô* ô*i ô*ng ơ* ơ*i ơ*n u* u*i u*ng uâ*n "
    "uy* uyê*n ư* ư*a ư*ng ươ*i ươ*ng".split()
)
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def syllable(rng: random.Random) -> str:
    """A made-up but well-formed Vietnamese syllable, capitalised (a part of a place name)."""
    rhyme = rng.choice(RHYMES).replace("*", rng.choice(TONES))
    return unicodedata.normalize("NFC", rng.choice(ONSETS) + rhyme).capitalize()


def catalogue(count: int = PROCEDURES, seed: int = SEED) -> list[Procedure]:
    """``count`` procedures: the demo province's real ones, then generated ones."""
    data = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
    procedures = [Procedure.model_validate(p) for p in data["procedures"]][:count]
    field_ids = [f["id"] for f in data["fields"]]
    codes = {p.code for p in procedures}
    rng = random.Random(seed)
    while len(procedures) < count:
        (action, action_en), (thing, thing_en) = rng.choice(ACTIONS), rng.choice(OBJECTS)
        name, name_en = f"{action} {thing}", f"{action_en} {thing_en}"
        for qualifier, qualifier_en in rng.sample(QUALIFIERS, rng.choice((0, 1, 1, 2))):
            name, name_en = f"{name} {qualifier}", f"{name_en} {qualifier_en}"
        if rng.random() < 0.3:  # a local procedure: a place name, often one of its own
            place = " ".join(syllable(rng) for _ in range(rng.choice((2, 2, 3))))
            name += f" trên địa bàn {rng.choice(PLACE_KINDS)} {place}"
        code = f"{rng.choice((1, 2))}.{rng.randrange(1_000_000):06d}"
        if code in codes:
            continue
        codes.add(code)
        procedures.append(
            Procedure(
                id=f"p{len(procedures)}",
                code=code,
                name=name,
                name_en=name_en,
                field_id=rng.choice(field_ids),
            )
        )
    return procedures


def fields() -> list[ServiceField]:
    """The demo province's fields (their names are searched too)."""
    data = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
    return [ServiceField.model_validate(f) for f in data["fields"]]


def run(count: int = PROCEDURES, rounds: int = 5) -> dict[str, list[float]]:
    """Index build times (ms), and search times (ms) per keystroke: every prefix of each query
    typed ``rounds`` times, with no limit (every match ranked and returned) and with the
    limit the procedures screen asks for."""
    procedures, service_fields = catalogue(count), fields()
    build_ms: list[float] = []
    for _ in range(3):
        started = time.perf_counter()
        index = ProcedureIndex(procedures, service_fields)
        build_ms.append((time.perf_counter() - started) * 1000)
    result: dict[str, list[float]] = {
        "build_ms": build_ms,
        "keystroke_ms": [],
        "keystroke_screen_ms": [],
        "matches": [],
    }
    for _ in range(rounds):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                for limit, times in (
                    (None, result["keystroke_ms"]),
                    (SCREEN_LIMIT, result["keystroke_screen_ms"]),
                ):
                    started = time.perf_counter()
                    found = index.search(query[:end], limit=limit)
                    times.append((time.perf_counter() - started) * 1000)
                    if limit is None:
                        result["matches"].append(float(len(found)))
    return result


def evaluation() -> dict[str, float]:
    """The share of bench/search_queries.py's queries whose procedure is among the first
    three found in the demo province, over all of them and over those without marks."""
    data = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
    index = ProcedureIndex([Procedure.model_validate(p) for p in data["procedures"]], fields())

    def rate(queries: list[tuple[str, str]]) -> float:
        found = [wanted in [p.id for p in index.search(q, limit=3)] for q, wanted in queries]
        return sum(found) / len(found)

    everything = list(EVALUATION)
    return {
        "queries": float(len(everything)),
        "top3": rate(everything),
        "top3_without_marks": rate([case for case in everything if case[0].isascii()]),
    }


if __name__ == "__main__":
    rates = evaluation()
    print(
        f"{rates['queries']:.0f} queries: top-3 {rates['top3']:.1%}, "
        f"without marks {rates['top3_without_marks']:.1%}"
    )
    timings = run()
    print(
        f"{PROCEDURES} procedures; index build {statistics.median(timings['build_ms']):.0f} ms "
        f"median, {max(timings['build_ms']):.0f} ms max; "
        f"{statistics.median(timings['matches']):.0f} matches per keystroke median"
    )
    for key, what in (
        ("keystroke_ms", "no limit"),
        ("keystroke_screen_ms", f"limit {SCREEN_LIMIT}"),
    ):
        keystrokes = timings[key]
        print(
            f"{len(keystrokes)} keystrokes, {what}: {statistics.median(keystrokes):.2f} ms "
            f"median, {p95(keystrokes):.2f} ms p95, {max(keystrokes):.2f} ms max"
        )
