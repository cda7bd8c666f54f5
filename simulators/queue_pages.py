"""The pages the province serves around its queue: the citizen's phone page and the counters'.

- ``phone_page``: what the QR on a ticket opens (``/q/{ticket_id}``). It shows the ticket's
  number and field, how many are ahead, about how long that takes and whom the field's
  counters serve now; once called, "your turn — counter N" (the phone vibrates). It asks
  ``/q/{ticket_id}/status`` again every few seconds by itself, in Vietnamese or English
  (``?lang=en``, else the phone's language), and fits a 360 px wide phone. Without script it
  reloads itself.
- ``counter_page``: the simulator's stand-in for an official's counter software
  (``/sim/counters/{counter_id}``): call next, call again, done, no-show, send to another
  field, so the demo shows the whole loop.

Plain HTML, CSS and a little script in one response: nothing is fetched from elsewhere.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any

REFRESH_S = 5
"""How often the phone page asks again."""

_PHONE_TEXTS = {
    "vi": {
        "title": "Số thứ tự",
        "ahead": "Số người trước bạn",
        "wait": "Thời gian chờ dự kiến",
        "minutes": "khoảng {n} phút",
        "serving": "Đang phục vụ",
        "nobody": "—",
        "called": "Đến lượt bạn",
        "go": "Mời bạn đến Quầy {n}",
        "finished": "Lượt của bạn đã kết thúc. Cảm ơn bạn!",
        "void": "Số này không còn giá trị. Vui lòng lấy số mới tại ki-ốt.",
        "priority": "Ưu tiên",
        "updated": "Cập nhật lúc {t}",
        "offline": "Mất kết nối — đang thử lại…",
        "other": "English",
    },
    "en": {
        "title": "Queue number",
        "ahead": "People ahead of you",
        "wait": "Estimated wait",
        "minutes": "about {n} min",
        "serving": "Now serving",
        "nobody": "—",
        "called": "It is your turn",
        "go": "Please go to counter {n}",
        "finished": "Your turn has ended. Thank you!",
        "void": "This number is no longer valid. Please take a new one at the kiosk.",
        "priority": "Priority",
        "updated": "Updated at {t}",
        "offline": "No connection — trying again…",
        "other": "Tiếng Việt",
    },
}


def phone_language(query_lang: str, accept_language: str) -> str:
    """``vi`` or ``en``: the one asked for in the address, else the phone's first choice."""
    if query_lang in _PHONE_TEXTS:
        return query_lang
    first = accept_language.split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "vi"


def phone_page(
    ticket_id: str, progress: dict[str, Any], office: dict[str, Any], language: str
) -> str:
    """The phone page of one ticket, drawn from ``progress`` and kept fresh by its script;
    times on the office's clock."""
    name = (office.get("name_en") if language == "en" else None) or office.get("name", "")
    texts = _PHONE_TEXTS[language]
    other = "en" if language == "vi" else "vi"
    data = json.dumps(
        {
            "texts": texts,
            "progress": progress,
            "statusUrl": f"/q/{ticket_id}/status",
            "timeZone": office.get("timezone") or "Asia/Ho_Chi_Minh",
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(texts["title"])} {html.escape(progress["number"])}</title>
<noscript><meta http-equiv="refresh" content="{REFRESH_S * 3}"></noscript>
<style>
*{{box-sizing:border-box}}
body{{margin:0;font-family:"Noto Sans",Roboto,"Segoe UI",Arial,sans-serif;background:#f3f5f8;
color:#14213d;font-size:18px;line-height:1.4}}
header{{background:#b3261e;color:#fff;padding:12px 16px;font-size:15px;font-weight:600}}
main{{padding:16px;max-width:480px;margin:0 auto}}
.card{{background:#fff;border-radius:14px;padding:18px;margin-bottom:14px;
box-shadow:0 1px 3px rgba(0,0,0,.12)}}
.label{{font-size:15px;color:#4a5568}}
.number{{font-size:72px;font-weight:800;letter-spacing:2px;text-align:center;line-height:1.1}}
.field{{text-align:center;font-size:20px;font-weight:600}}
.badge{{display:inline-block;background:#fde68a;color:#713f12;border-radius:8px;
padding:2px 10px;font-size:15px;font-weight:700}}
.value{{font-size:30px;font-weight:800}}
.turn{{background:#166534;color:#fff;text-align:center}}
.turn .label{{color:#dcfce7;font-size:18px;font-weight:700}}
.turn .value{{font-size:34px}}
.end{{text-align:center;font-size:20px}}
.row{{display:flex;justify-content:space-between;align-items:baseline;gap:12px;
flex-wrap:wrap}}
footer{{font-size:14px;color:#4a5568;display:flex;justify-content:space-between;gap:8px;
flex-wrap:wrap}}
footer a{{color:#1d4ed8}}
.offline{{color:#b3261e;font-weight:700}}
</style>
</head>
<body>
<header>{html.escape(name)}</header>
<main>
<div class="card">
<div class="label" id="title">{html.escape(texts["title"])}</div>
<div class="number" id="number">{html.escape(progress["number"])}</div>
<div class="field" id="field"></div>
</div>
<div id="state"></div>
<footer><span id="updated"></span><a href="?lang={other}">{html.escape(texts["other"])}</a>
</footer>
</main>
<script id="data" type="application/json">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("data").textContent);
  var t = data.texts, lang = document.documentElement.lang, last = null;
  function esc(s) {{
    return String(s).replace(/[&<>"]/g, function (c) {{
      return {{"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}}[c];
    }});
  }}
  function card(label, value, extra) {{
    return '<div class="card ' + (extra || "") + '"><div class="label">' + esc(label) +
      '</div><div class="value">' + esc(value) + "</div></div>";
  }}
  function draw(p) {{
    var name = lang === "en" && p.field_name_en ? p.field_name_en : p.field_name;
    document.getElementById("field").innerHTML = esc(name) +
      (p.priority ? ' <span class="badge">' + esc(t.priority) + "</span>" : "");
    var html = "";
    if (p.state === "waiting") {{
      html += card(t.ahead, p.people_ahead);
      html += card(t.wait, t.minutes.replace("{{n}}", p.estimated_wait_min));
      html += card(t.serving, p.now_serving.length ? p.now_serving.join(", ") : t.nobody);
    }} else if (p.state === "called") {{
      html += card(t.called, t.go.replace("{{n}}", p.counter_number), "turn");
      if (last && last !== "called" && navigator.vibrate) navigator.vibrate([300, 150, 300]);
    }} else {{
      html += '<div class="card end">' + esc(p.state === "void" ? t.void : t.finished) +
        "</div>";
    }}
    document.getElementById("state").innerHTML = html;
    document.getElementById("state").setAttribute("data-state", p.state);
    var time = new Date(p.server_time);
    document.getElementById("updated").textContent =
      t.updated.replace("{{t}}", time.toLocaleTimeString(lang === "en" ? "en-GB" : "vi-VN",
        {{timeZone: data.timeZone}}));
    last = p.state;
  }}
  function refresh() {{
    fetch(data.statusUrl, {{cache: "no-store"}}).then(function (r) {{
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }}).then(draw).catch(function () {{
      var u = document.getElementById("updated");
      u.textContent = t.offline;
      u.className = "offline";
    }}).then(function () {{
      setTimeout(refresh, {REFRESH_S * 1000});
    }});
  }}
  draw(data.progress);
  setTimeout(refresh, {REFRESH_S * 1000});
}})();
</script>
</body>
</html>
"""


def phone_page_not_found(language: str) -> str:
    """The page for a QR whose ticket the province does not know."""
    message = (
        "This queue number is not known." if language == "en" else "Không tìm thấy số thứ tự này."
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{message}</title></head><body style="font-family:sans-serif;padding:16px">'
        f'<h1 style="font-size:22px">{message}</h1></body></html>'
    )


def counter_page(
    counter: dict[str, Any],
    state: dict[str, Any],
    fields: list[dict[str, Any]],
    today: date,
    utc_offset: str,
) -> str:
    """The simulator's counter screen: whom it serves, who waits, the actions, and a
    booking made at the counter (``today`` and ``utc_offset``: the office's)."""
    number = counter["number"]
    serving = next(
        (c["serving"] for c in state["counters"] if c["id"] == counter["id"] and c["serving"]),
        None,
    )
    own = [f for f in fields if f["id"] in counter.get("field_ids", ())]
    waiting = "".join(
        f"<li>{html.escape(f['name'])}: {state['waiting'].get(f['id'], 0)}</li>" for f in own
    )
    options = "".join(
        f'<option value="{html.escape(f["id"])}">{html.escape(f["name"])}</option>' for f in fields
    )
    current = (
        f"<p class=now>Đang phục vụ: <b>{html.escape(serving['number'])}</b></p>"
        if serving
        else "<p class=now>Chưa gọi số nào</p>"
    )
    base = f"/sim/counters/{html.escape(counter['id'])}"
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quầy {number}</title>
<style>
body{{font-family:"Noto Sans",Arial,sans-serif;margin:16px;font-size:18px}}
button,select{{font-size:18px;padding:10px 14px;margin:4px 4px 4px 0}}
.now{{font-size:28px}}
</style></head>
<body>
<h1>Quầy {number}</h1>
{current}
<p>
<button data-action="call-next">Gọi số tiếp theo</button>
<button data-action="recall">Gọi lại</button>
<button data-action="done">Xong</button>
<button data-action="no-show">Vắng mặt</button>
</p>
<p><select id="field">{options}</select>
<button data-action="transfer">Chuyển sang lĩnh vực này</button></p>
<h2>Đang chờ</h2><ul>{waiting}</ul>
<h2>Đặt lịch hẹn tại quầy</h2>
<p><select id="book-field">{options}</select>
<input id="book-day" type="date" value="{today.isoformat()}">
<input id="book-time" type="time" value="09:00" step="300">
<input id="book-id" placeholder="Số CCCD (không bắt buộc)" inputmode="numeric" maxlength="12">
<button id="book">Đặt lịch</button></p>
<p id="message"></p>
<script>
document.getElementById("book").addEventListener("click", function () {{
  var body = {{field_id: document.getElementById("book-field").value, channel: "counter",
    starts_at: document.getElementById("book-day").value + "T" +
      document.getElementById("book-time").value + ":00{utc_offset}"}};
  var id = document.getElementById("book-id").value.trim();
  if (id) body.citizen_id = id;
  fetch("/sim/appointments", {{method: "POST", headers: {{"Content-Type": "application/json"}},
    body: JSON.stringify(body)}}).then(function (r) {{
    return r.json().then(function (j) {{
      document.getElementById("message").textContent =
        r.ok ? "Mã lịch hẹn: " + j.id : j.error;
    }});
  }});
}});
document.querySelectorAll("button[data-action]").forEach(function (button) {{
  button.addEventListener("click", function () {{
    var action = button.getAttribute("data-action");
    var body = action === "transfer" ? {{field_id: document.getElementById("field").value}} : {{}};
    fetch("{base}/" + action, {{method: "POST", headers: {{"Content-Type": "application/json"}},
      body: JSON.stringify(body)}}).then(function (r) {{
      return r.json().then(function (j) {{
        if (!r.ok) document.getElementById("message").textContent = j.error;
        else location.reload();
      }});
    }});
  }});
}});
</script>
</body></html>
"""
