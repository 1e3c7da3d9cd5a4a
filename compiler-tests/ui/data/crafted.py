"""Writes the crafted .npy files of the include-npy-* UI cases that NumPy
itself would never write (a header NumPy cannot make, or a shape no memory
holds). Run from the repository root:  python3 compiler-tests/ui/data/crafted.py
"""
import pathlib
import struct

HERE = pathlib.Path(__file__).parent


def npy(header, version):
    """An .npy file: magic, version, header length, header padded to a
    multiple of 64 bytes with spaces and a newline, and no data."""
    text = header.encode("utf-8")
    size = 6 + 2 + (2 if version == 1 else 4)
    pad = -(size + len(text) + 1) % 64
    text += b" " * pad + b"\n"
    length = struct.pack("<H", len(text)) if version == 1 else struct.pack("<I", len(text))
    return b"\x93NUMPY" + bytes([version, 0]) + length + text


# Format 3.0 headers are UTF-8: a descr whose first character is not ASCII.
(HERE / "non-ascii-descr.npy").write_bytes(
    npy("{'descr': 'é8', 'fortran_order': False, 'shape': (3,), }", 3))
# 2**32 * 2**32 float64 elements: 2**67 bytes, more than any address space.
(HERE / "too-many-bytes.npy").write_bytes(
    npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", 1))
