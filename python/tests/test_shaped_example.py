"""The example extension against NumPy: results, zero copies, exceptions.

Build it first (``.ci/run`` does): ``maturin develop -m python/Cargo.toml``
in a virtual environment with NumPy, then ``python -m pytest python/tests``.
"""
import numpy as np
import pytest

import shaped_example as ext

RNG = np.random.default_rng(26)


def rotation():
    """A rotation about z by 30 degrees followed by a scaling: any 3x3 works."""
    c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]) @ np.diag([2.0, 0.5, 3.0])


# --- The point cloud: chunks of CHUNK points, then the rest one by one.

@pytest.mark.parametrize("n", [0, 1, ext.CHUNK - 1, ext.CHUNK, 3 * ext.CHUNK + 5])
def test_transform_points_matches_numpy(n):
    m = rotation()
    points = RNG.standard_normal((n, 3))
    out = ext.transform_points(m, points)
    assert out.shape == (n, 3) and out.dtype == np.float64
    np.testing.assert_allclose(out, points @ m.T, rtol=1e-14, atol=1e-14)
    assert not np.shares_memory(out, points)


def test_transform_points_inplace_writes_into_the_callers_array():
    m = rotation()
    points = RNG.standard_normal((2 * ext.CHUNK + 7, 3))
    expected = points @ m.T
    address = points.ctypes.data
    assert ext.transform_points_inplace(m, points) is None
    assert points.ctypes.data == address
    np.testing.assert_allclose(points, expected, rtol=1e-14, atol=1e-14)


def test_transform_rejects_a_wrong_matrix_shape_naming_both():
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(3, 4\)$"):
        ext.transform_points(np.zeros((3, 4)), np.zeros((5, 3)))
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(9,\)$"):
        ext.transform_points(np.zeros(9), np.zeros((5, 3)))
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(1, 3, 3\)$"):
        ext.transform_points(np.zeros((1, 3, 3)), np.zeros((5, 3)))


def test_transform_rejects_points_that_are_not_n_by_3():
    with pytest.raises(ValueError, match=r"^expected \(n, 3\) C-contiguous, got \(5, 4\)$"):
        ext.transform_points(np.eye(3), np.zeros((5, 4)))
    with pytest.raises(ValueError, match=r"np\.ascontiguousarray\(a\)"):
        ext.transform_points(np.eye(3), np.zeros((3, 5))[:, :3])


def test_matrix_order_and_contiguity_errors_say_what_to_pass():
    m = rotation()
    points = np.zeros((2, 3))
    with pytest.raises(ValueError, match=(
            r"^expected \(3, 3\) C-contiguous, got \(3, 3\) F-contiguous: "
            r"pass np\.ascontiguousarray\(a\)$")):
        ext.transform_points(np.asfortranarray(m), points)
    every_other = np.zeros((6, 3))[::2]
    with pytest.raises(ValueError, match=(
            r"^expected \(3, 3\) C-contiguous, got \(3, 3\) with strides \(48, 8\), "
            r"not contiguous: pass np\.ascontiguousarray\(a\)$")):
        ext.transform_points(every_other, points)
    # The advice works.
    np.testing.assert_allclose(ext.transform_points(np.ascontiguousarray(every_other), points), 0.0)


def test_a_wrong_dtype_names_both_dtypes():
    with pytest.raises(TypeError, match=r"type mismatch:\s+from=float32, to=float64"):
        ext.transform_points(np.eye(3, dtype=np.float32), np.zeros((2, 3)))
    with pytest.raises(TypeError, match=r"from=int64, to=uint8"):
        ext.grayscale(np.zeros(ext.IMAGE_SHAPE, dtype=np.int64))


# --- Images: (120, 160, 3) uint8, fixed in the extension's types.

def random_image():
    return RNG.integers(0, 256, size=ext.IMAGE_SHAPE, dtype=np.uint8)


def test_grayscale_matches_numpy_and_hands_its_buffer_over():
    image = random_image()
    gray, address = ext.grayscale(image)
    rgb = image.astype(np.uint32)
    expected = ((77 * rgb[..., 0] + 150 * rgb[..., 1] + 29 * rgb[..., 2]) >> 8).astype(np.uint8)
    assert gray.shape == ext.IMAGE_SHAPE[:2] and gray.dtype == np.uint8
    np.testing.assert_array_equal(gray, expected)
    assert gray.flags.c_contiguous
    # `into_numpy`: NumPy's data pointer is the Rust allocation itself.
    assert gray.ctypes.data == address
    assert not np.shares_memory(gray, image)


def test_grayscale_outlives_everything_rust_held():
    gray, _ = ext.grayscale(np.full(ext.IMAGE_SHAPE, 200, dtype=np.uint8))
    copies = [gray.copy() for _ in range(3)]
    del gray  # frees the Rust allocation through NumPy's base object
    for copy in copies:
        np.testing.assert_array_equal(copy, 200)


def test_invert_works_in_place_without_a_copy():
    image = random_image()
    expected = 255 - image
    address = image.ctypes.data
    ext.invert(image)
    assert image.ctypes.data == address
    np.testing.assert_array_equal(image, expected)


def test_brighten_saturates_in_place():
    image = random_image()
    expected = np.minimum(image.astype(np.uint16) + 100, 255).astype(np.uint8)
    address = image.ctypes.data
    ext.brighten(image, 100)
    assert image.ctypes.data == address
    np.testing.assert_array_equal(image, expected)
    with pytest.raises(ValueError, match=r"F-contiguous: pass np\.ascontiguousarray\(a\)$"):
        ext.brighten(np.asfortranarray(image), 1)


def test_invert_through_a_contiguous_view_changes_the_parent():
    big = np.zeros((2, *ext.IMAGE_SHAPE), dtype=np.uint8)
    ext.invert(big[1])  # a view: one C-contiguous block of the parent
    assert (big[0] == 0).all() and (big[1] == 255).all()


def test_image_errors():
    h, w, _ = ext.IMAGE_SHAPE
    with pytest.raises(ValueError, match=rf"^expected \({h}, {w}, 3\) C-contiguous, got \({h}, {w}, 4\)$"):
        ext.grayscale(np.zeros((h, w, 4), dtype=np.uint8))
    with pytest.raises(ValueError, match=rf"^expected \({h}, {w}, 3\) C-contiguous, got \({w}, {h}, 3\)$"):
        ext.invert(np.zeros((w, h, 3), dtype=np.uint8))
    cropped = np.zeros((h + 10, w + 10, 3), dtype=np.uint8)[5:-5, 5:-5]
    with pytest.raises(ValueError, match=r"not contiguous: pass np\.ascontiguousarray\(a\)$"):
        ext.invert(cropped)
    readonly = random_image()
    readonly.flags.writeable = False
    with pytest.raises(TypeError, match="^The given array is not writeable"):
        ext.invert(readonly)


# --- Matrices: Fortran order, and a fixed-rank argument.

def test_inverse_f_takes_fortran_order_and_copies_back():
    m = np.asfortranarray(rotation())
    inv = ext.inverse_f(m)
    np.testing.assert_allclose(inv, np.linalg.inv(m), rtol=1e-13, atol=1e-15)
    assert inv.flags.f_contiguous and inv.shape == (3, 3)
    assert not np.shares_memory(inv, m)


def test_inverse_f_errors():
    with pytest.raises(ValueError, match=(
            r"^expected \(3, 3\) F-contiguous, got \(3, 3\) C-contiguous: "
            r"pass np\.asfortranarray\(a\)$")):
        ext.inverse_f(np.ascontiguousarray(rotation()))
    with pytest.raises(ValueError, match="^singular matrix$"):
        ext.inverse_f(np.asfortranarray(np.ones((3, 3))))


def test_trace_fixed_rank():
    m = RNG.standard_normal((4, 4)).astype(np.float32)
    assert ext.trace(m) == pytest.approx(float(np.trace(m)), rel=1e-6)
    with pytest.raises(ValueError, match=r"^expected \(4, 4\) C-contiguous, got \(4, 5\)$"):
        ext.trace(np.zeros((4, 5), dtype=np.float32))
    # Another rank never reaches shaped: the numpy crate rejects it.
    with pytest.raises(TypeError, match=r"dimensionality mismatch:\s+from=1, to=2"):
        ext.trace(np.zeros(16, dtype=np.float32))
