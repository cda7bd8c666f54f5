"""Draw the kiosk's icon (a queue ticket on the header blue) as assets/icon.png and icon.ico.

    python -m tools.make_icon

The PNG is the window icon; the ICO is the Windows executable's icon (kiosk.spec).
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from kiosk.paths import ASSETS_DIR

BLUE = (11, 79, 156, 255)  # the header colour in assets/style.qss
WHITE = (255, 255, 255, 255)
SIZE = 256


def draw_icon(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` × ``size`` pixels: a white ticket with a number and a tear-off edge."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size / 16
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=round(3 * unit), fill=BLUE)
    ticket = (round(3.5 * unit), round(2 * unit), round(12.5 * unit), round(14 * unit))
    draw.rounded_rectangle(ticket, radius=round(unit), fill=WHITE)
    for i in range(5):  # the tear-off notches along the bottom
        x = ticket[0] + (i + 0.5) * (ticket[2] - ticket[0]) / 5
        draw.ellipse(
            (x - unit / 2, ticket[3] - unit / 2, x + unit / 2, ticket[3] + unit / 2), fill=BLUE
        )
    font = ImageFont.truetype(str(ASSETS_DIR / "fonts" / "NotoSans-Bold.ttf"), round(7 * unit))
    draw.text((size / 2, 7.4 * unit), "1", font=font, fill=BLUE, anchor="mm")
    line_y = round(11.3 * unit)
    draw.rounded_rectangle(
        (round(5 * unit), line_y, round(11 * unit), line_y + round(unit)),
        radius=round(unit / 2),
        fill=BLUE,
    )
    return image


def main() -> None:
    icon = draw_icon()
    icon.save(ASSETS_DIR / "icon.png", optimize=True)
    icon.save(
        ASSETS_DIR / "icon.ico",
        sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
