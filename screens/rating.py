"""Rating the service (đánh giá mức độ hài lòng): the counter, one of four faces, a reason if
the citizen wants to give one, and thanks. The rating is queued through the outbox, so it
is never lost when the network is down.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.wording import fill
from kiosk.services.ratings import REASON_CODES
from screens.context import ScreenContext
from screens.navigator import HomeCountdown, Screen
from screens.pictograms import Pictogram
from screens.widgets import heading, plain_label, push_button

FACE_PX = 120
FACE_MAX_PX = 240
"""The faces grow with their buttons up to this (drawn at this size, so never blurred)."""
COUNTER_COLUMNS = 3
REASON_COLUMNS = 2
#: score -> (face colour, mouth curve: positive smiles)
FACES = {4: ("#1B6B2F", 1.0), 3: ("#2E7D32", 0.45), 2: ("#A05A00", -0.35), 1: ("#8A1C1C", -1.0)}
#: the pictogram over the last step's words, and its tone (style.qss)
PICTOGRAMS = {"thanks": ("thanks", "good"), "failed": ("error", "bad")}


class FaceButton(QPushButton):
    """A face with its words under it, together in the middle of the button; the face as
    large as the button leaves room for."""

    def __init__(self, score: int) -> None:
        super().__init__()
        self.setObjectName("faceButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._icon = face_icon(score)
        self.face = plain_label()  # the drawn face
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = heading("faceWords")
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(1)
        for part in (self.face, self.words):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)
        layout.addStretch(1)
        self._show_face(FACE_PX)

    def set_words(self, words: str) -> None:
        """What the face means, in the current language."""
        self.words.setText(words)
        self.setAccessibleName(words)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.height() - self.words.sizeHint().height() - 64
        self._show_face(max(FACE_PX // 2, min(FACE_MAX_PX, int(self.width() * 0.7), room)))

    def _show_face(self, side: int) -> None:
        if self.face.pixmap().width() != side:
            self.face.setPixmap(self._icon.pixmap(side, side))


def face_icon(score: int) -> QIcon:
    """A drawn face for a score (the bundled font has no emoji)."""
    colour, curve = FACES[score]
    size = FACE_MAX_PX
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), size * 0.06, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(QColor("#FFFFFF"))
    margin = size * 0.05
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.setBrush(QColor(colour))
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.4), size * 0.05, size * 0.05)
    mouth = QPainterPath(QPointF(size * 0.3, size * 0.66))
    mouth.quadTo(
        QPointF(size * 0.5, size * (0.66 + 0.16 * curve)), QPointF(size * 0.7, size * 0.66)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)


class RatingScreen(Screen):
    """Counter, face, optional reason, thanks."""

    wipe_on_leave = True

    #: emitted on the UI thread when the rating is queued (True) or could not be (False)
    finished = Signal(bool)

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.step = "counter"  # counter, score, reason, sending, thanks, failed
        self.counter_id: str | None = None
        self.score = 0
        self.reason = ""
        self.title = heading("heading")
        self.prompt = heading("prompt")
        self._counter_host = QWidget()
        self._counter_grid = QGridLayout(self._counter_host)
        self._counter_grid.setSpacing(16)
        self.counter_buttons: dict[str, QPushButton] = {}
        self._face_host = QWidget()
        self._faces = QGridLayout(self._face_host)
        self._faces.setSpacing(16)
        self._face_columns = 0
        self.face_buttons: dict[int, FaceButton] = {}
        for score in (4, 3, 2, 1):
            face = FaceButton(score)
            face.clicked.connect(lambda _=False, s=score: self._choose_score(s))
            self.face_buttons[score] = face
        self._arrange_faces()
        self._reason_host = QWidget()
        self._reasons = QGridLayout(self._reason_host)
        self._reasons.setSpacing(16)
        self._reason_columns = 0
        self.reason_buttons: dict[str, QPushButton] = {}
        for code in REASON_CODES:
            button = QPushButton()
            button.setObjectName("reasonChip")
            button.clicked.connect(lambda _=False, c=code: self._send(c))
            self.reason_buttons[code] = button
        self.skip_reason = push_button("secondaryButton", lambda: self._send(""))
        self._arrange_reasons()
        self.message = heading("message")
        self.pictogram = Pictogram("statePictogram")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(20)
        layout.addStretch(0)  # stretched on the last steps: their few lines centred
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        for host in (self._counter_host, self._face_host, self._reason_host):
            layout.addWidget(host, stretch=1)
        layout.addWidget(self.pictogram, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.countdown_home = HomeCountdown(self)
        self.countdown_home.ticked.connect(lambda _seconds: self.show_state())
        context.catalogue_changed.connect(self._rebuild_counters)
        self._rebuild_counters()

    def _arrange_faces(self) -> None:
        """The four faces in a row on a landscape panel, two by two on an upright one (tall
        thin columns there would leave the faces small and the words far below them)."""
        columns = 2 if self.height() > self.width() else 4
        if columns == self._face_columns:
            return
        self._face_columns = columns
        for index, face in enumerate(self.face_buttons.values()):
            self._faces.removeWidget(face)
            self._faces.addWidget(face, index // columns, index % columns)

    def _arrange_reasons(self) -> None:
        """The reasons two a row on a landscape panel, one a row on an upright one (whose
        narrow chips would cut a longer language's words)."""
        columns = 1 if self.height() > self.width() else REASON_COLUMNS
        if columns == self._reason_columns:
            return
        self._reason_columns = columns
        for index, button in enumerate([*self.reason_buttons.values(), self.skip_reason]):
            self._reasons.removeWidget(button)
            self._reasons.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_faces()
        self._arrange_reasons()

    def enter(self, **params: Any) -> None:
        self.forget_pending()
        self._set_step("counter")

    def leave(self) -> None:
        self.countdown_home.stop()

    def wipe(self) -> None:
        self.countdown_home.stop()
        self.forget_pending()  # a rating still on its way is no longer thanked here
        self.counter_id, self.score, self.reason = None, 0, ""
        self._set_step("counter")

    def _rebuild_counters(self) -> None:
        for button in self.counter_buttons.values():
            self._counter_grid.removeWidget(button)
            button.deleteLater()
        self.counter_buttons.clear()
        catalogue = self.context.catalogue
        for index, counter in enumerate(catalogue.counters if catalogue else ()):
            button = QPushButton()
            button.setObjectName("counterButton")
            button.clicked.connect(lambda _=False, c=counter.id: self._choose_counter(c))
            self._counter_grid.addWidget(button, index // COUNTER_COLUMNS, index % COUNTER_COLUMNS)
            self.counter_buttons[counter.id] = button
        self.show_state()

    def _choose_counter(self, counter_id: str) -> None:
        self.counter_id = counter_id
        self._set_step("score")

    def _choose_score(self, score: int) -> None:
        self.score = score
        self._set_step("reason")

    def _send(self, reason: str) -> None:
        if self.counter_id is None or not self.score:
            return
        self.reason = reason
        self._set_step("sending")
        ratings = self.context.core.ratings
        counter_id, score = self.counter_id, self.score
        self.run(
            lambda: ratings.rate(counter_id, score, reason),
            lambda _key: self._sent(True),
            lambda _failure: self._sent(False),
        )

    def _sent(self, queued: bool) -> None:
        self.countdown_home.start(self.context.config.kiosk.result_screen_s)
        self._set_step("thanks" if queued else "failed")
        self.finished.emit(queued)

    def _set_step(self, step: str) -> None:
        self.step = step
        self.show_state()
        self.navigation_changed.emit()
        self.spoken.emit(self.spoken_guide())

    def wants_navigation(self) -> bool:
        return self.step != "sending"

    def reason_text(self, code: str) -> str:
        """How a reason code reads on its button."""
        return {
            "long_wait": self.tr("I waited too long"),
            "staff_attitude": self.tr("The officer's attitude"),
            "unclear_guidance": self.tr("The guidance was unclear"),
            "extra_documents": self.tr("I was asked for extra documents"),
            "facilities": self.tr("Seats, toilets, parking"),
        }.get(code, code)

    def retranslate(self) -> None:
        face_names = {
            4: self.tr("Very satisfied"),
            3: self.tr("Satisfied"),
            2: self.tr("Not satisfied"),
            1: self.tr("Very dissatisfied"),
        }
        for score, face in self.face_buttons.items():
            face.set_words(face_names[score])
        for code, button in self.reason_buttons.items():
            button.setText(self.reason_text(code))
        self.skip_reason.setText(self.tr("Send without a reason"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return {
            "counter": self.tr("Touch the counter that served you."),
            "score": self.tr("Touch a face to say how well you were served."),
            "reason": self.tr("Touch what could have been better, or Send without a reason."),
            "thanks": self.tr("Thank you for your rating."),
            "failed": self.tr("Sorry, your rating could not be saved."),
        }.get(self.step, "")

    def show_state(self) -> None:
        step = self.step
        catalogue = self.context.catalogue
        language = self.context.language.language
        counters = {c.id: c for c in catalogue.counters} if catalogue else {}
        for counter_id, button in self.counter_buttons.items():
            counter = counters.get(counter_id)
            button.setText(counter.display_name(language) if counter else counter_id)
        counter = counters.get(self.counter_id or "")
        counter_name = counter.display_name(language) if counter else ""
        self.title.setText(
            self.tr("Rate our service") if step in ("counter", "score", "reason") else ""
        )
        self.prompt.setText(
            {
                "counter": self.tr("Which counter served you?"),
                "score": fill(self.tr("How satisfied are you with %1?"), counter_name),
                "reason": (
                    self.tr("What should we improve? (optional)")
                    if self.score <= 2
                    else self.tr("Anything we could do better? (optional)")
                ),
            }.get(step, "")
        )
        self.message.setText(
            {
                "sending": self.tr("Sending your rating…"),
                "thanks": self.tr("Thank you! Your rating helps us serve you better.")
                + "\n\n"
                + fill(
                    self.tr("Returning to the home screen in %1 s"),
                    str(self.countdown_home.seconds_left),
                ),
                "failed": self.tr(
                    "Sorry, your rating could not be saved. Please tell an officer "
                    "at the front desk."
                ),
            }.get(step, "")
        )
        self.pictogram.set_state(*PICTOGRAMS.get(step, ("", "")))
        centred = step in ("sending", "thanks", "failed")  # a few lines, in the middle
        self._layout.setStretch(0, 1 if centred else 0)
        self._layout.setStretch(self._layout.count() - 1, 0 if step == "score" else 1)
        self._counter_host.setVisible(step == "counter")
        self._face_host.setVisible(step == "score")
        self._reason_host.setVisible(step == "reason")
        for label in (self.title, self.prompt, self.message):
            label.setVisible(bool(label.text()))
