#!/usr/bin/env python3
"""Draws the app icons as real PNG files (standard library only): two overlapping circles, two
people close to each other, on the app's calm teal; and the discreet "Notes" icons (a plain grey
page with ruled lines) used when she turns on the discreet name. Run once; the PNGs are committed.
  python3 scripts/make_icons.py
"""
import struct
import zlib
from pathlib import Path

TEAL = (38, 104, 110)
CREAM = (250, 246, 238)
SAND = (233, 196, 160)


def write_png(path, size, rows):
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9))
    data += chunk(b"IEND", b"")
    Path(path).write_bytes(data)


PAPER = (245, 245, 242)
GREY = (120, 124, 128)
LINE = (196, 198, 200)


def notes_png(path, size, maskable):
    """A neutral notes icon: a light page on grey, with ruled lines. Nothing about therapy."""
    corner = 0 if maskable else size * 0.22
    margin = size * (0.26 if maskable else 0.2)
    line_w = max(1.0, size * 0.025)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            dx = max(corner - px, 0, px - (size - corner))
            dy = max(corner - py, 0, py - (size - corner))
            if corner and dx * dx + dy * dy > corner * corner:
                row += bytes((0, 0, 0, 0))
                continue
            col = GREY
            if margin <= px <= size - margin and margin <= py <= size - margin:
                col = PAPER
                inner = (py - margin) / (size - 2 * margin)
                for k in range(1, 5):
                    if abs(inner - k / 5) * (size - 2 * margin) <= line_w / 2 and px <= size - margin * 1.25:
                        col = LINE
            row += bytes((*col, 255))
        rows.append(bytes(row))
    write_png(path, size, rows)


def png(path, size, maskable):
    # Maskable icons must keep their content inside the central 80% circle.
    scale = 0.62 if maskable else 0.8
    corner = 0 if maskable else size * 0.22
    r = size * scale * 0.30
    c1 = (size * 0.5 - r * 0.55, size * 0.5)
    c2 = (size * 0.5 + r * 0.55, size * 0.5)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            # rounded-square background (transparent outside the corners)
            dx = max(corner - px, 0, px - (size - corner))
            dy = max(corner - py, 0, py - (size - corner))
            inside = corner == 0 or dx * dx + dy * dy <= corner * corner
            if not inside:
                row += bytes((0, 0, 0, 0))
                continue
            in1 = (px - c1[0]) ** 2 + (py - c1[1]) ** 2 <= r * r
            in2 = (px - c2[0]) ** 2 + (py - c2[1]) ** 2 <= r * r
            if in1 and in2:
                col = SAND
            elif in1 or in2:
                col = CREAM
            else:
                col = TEAL
            row += bytes((*col, 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9))
    data += chunk(b"IEND", b"")
    Path(path).write_bytes(data)


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "public" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    png(out / "icon-192.png", 192, False)
    png(out / "icon-512.png", 512, False)
    png(out / "maskable-512.png", 512, True)
    png(out / "apple-touch-icon.png", 180, True)
    notes_png(out / "notes-192.png", 192, False)
    notes_png(out / "notes-512.png", 512, False)
    notes_png(out / "notes-maskable-512.png", 512, True)
    notes_png(out / "notes-180.png", 180, True)
