"""The floor of a start: a bare PySide6 window drawing the kiosk's Home (a greeting, the ticket
tile, six journey tiles, in Vietnamese, in the bundled font), and nothing else.

``python -m bench.bare_home`` prints ``first-paint`` after its first paint and quits, as
``kiosk run --exit-after-paint`` does; ``home_html()`` is the same page for a browser.
"""

from __future__ import annotations

import sys
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QWidget

GREETING = "Xin chào!"
TICKET = ("Lấy số thứ tự", "Nhận vé in và chờ gọi đến quầy")
JOURNEYS = (
    ("Đặt lịch hẹn", "Đã đặt lịch trước? Xác nhận đến"),
    ("Tra cứu thủ tục", "Giấy tờ cần có, lệ phí, thời hạn"),
    ("Tra cứu hồ sơ", "Nhập hoặc quét mã biên nhận"),
    ("Nộp hồ sơ trực tuyến", "Điền sẵn từ căn cước công dân"),
    ("Nộp lệ phí", "Thanh toán bằng mã VietQR"),
    ("Đánh giá dịch vụ", "Ý kiến của bạn về cán bộ"),
)
SIZE = (1280, 1024)


def home_html(font_file: str) -> str:
    """Home as one HTML page in ``font_file`` (a path the browser can read)."""
    tiles = "".join(
        f"<button><b>{escape(title)}</b><br>{escape(line)}</button>" for title, line in JOURNEYS
    )
    return f"""<!doctype html><html lang="vi"><meta charset="utf-8"><style>
@font-face {{ font-family: Kiosk; src: url("file://{font_file}"); }}
body {{ font: 22px Kiosk; margin: 16px 48px; display: flex; flex-direction: column;
  height: calc(100vh - 32px); gap: 12px; }}
h1 {{ margin: 0; }} #ticket {{ flex: 2; font-size: 32px; }}
#journeys {{ flex: 5; display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }}
button {{ font: inherit; border-radius: 12px; }}
</style><h1>{escape(GREETING)}</h1>
<button id="ticket"><b>{escape(TICKET[0])}</b><br>{escape(TICKET[1])}</button>
<div id="journeys">{tiles}</div></html>"""


def load_font() -> None:
    """The bundled font, at the kiosk's size, for the whole application."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kiosk.paths import ASSETS_DIR

    font_id = QFontDatabase.addApplicationFont(str(ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf"))
    font = QFont(QFontDatabase.applicationFontFamilies(font_id)[0])
    font.setPixelSize(22)
    QApplication.setFont(font)


def lay_out_home(home: QWidget) -> list[QPushButton]:
    """Home's greeting, ticket tile and journey tiles laid out in ``home``; its buttons."""
    from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout

    layout = QVBoxLayout(home)
    layout.addWidget(QLabel(GREETING))
    buttons = [QPushButton("\n".join(TICKET))]
    layout.addWidget(buttons[0], stretch=2)
    grid = QGridLayout()
    for index, texts in enumerate(JOURNEYS):
        buttons.append(QPushButton("\n".join(texts)))
        grid.addWidget(buttons[-1], index // 3, index % 3)
    layout.addLayout(grid, stretch=5)
    return buttons


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    load_font()

    class Home(QWidget):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, done)

    def done() -> None:
        print("first-paint", flush=True)
        app.quit()

    home = Home()
    lay_out_home(home)
    home.resize(*SIZE)
    home.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
