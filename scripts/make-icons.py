#!/usr/bin/env python3
"""Draws Werfwijzer's icon (a rounded green square with a white check mark and an amber dot)
as the PNG sizes Tauri needs, into src-tauri/icons/. No image library: raw RGBA rows, zlib,
PNG chunks. Run from the repository root: python3 scripts/make-icons.py"""
import struct
import zlib

GREEN, WHITE, AMBER = (0x1F, 0x6F, 0x5C, 255), (255, 255, 255, 255), (0xF2, 0xB1, 0x34, 255)


def near_segment(u, v, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (u - px) ** 2 + (v - py) ** 2 <= width * width


def pixel(x, y, size):
    r = size * 0.18
    cx, cy = min(max(x + 0.5, r), size - r), min(max(y + 0.5, r), size - r)
    if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if (u - 0.76) ** 2 + (v - 0.74) ** 2 <= 0.075 ** 2:
        return AMBER
    if near_segment(u, v, 0.24, 0.52, 0.42, 0.70, 0.07) or near_segment(u, v, 0.42, 0.70, 0.76, 0.32, 0.07):
        return WHITE
    return GREEN


def png(size, path):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


for size, name in [(32, "32x32.png"), (128, "128x128.png"), (256, "128x128@2x.png"), (512, "icon.png")]:
    png(size, f"src-tauri/icons/{name}")
