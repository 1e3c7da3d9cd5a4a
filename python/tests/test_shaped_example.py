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


# --- The point cloud: (n, 3), any n, borrowed as rows of a `Rows<f64, Shape1<3>>`.

SIZES = [0, 1, 2, 65, 1000]


@pytest.mark.parametrize("n", SIZES)
def test_transform_points_matches_numpy(n):
    m = rotation()
    points = RNG.standard_normal((n, 3))
    out, address = ext.transform_points(m, points)
    assert out.shape == (n, 3) and out.dtype == np.float64 and out.flags.c_contiguous
    np.testing.assert_allclose(out, points @ m.T, rtol=1e-14, atol=1e-14)
    assert not np.shares_memory(out, points)
    if n > 0:
        # `Rows::into_numpy`: NumPy's data pointer is the Rust allocation itself.
        assert out.ctypes.data == address


def test_transform_points_outlives_the_rows_it_was():
    out, _ = ext.transform_points(np.eye(3), np.full((100, 3), 7.0))
    copies = [out.copy() for _ in range(3)]
    del out  # frees the Rust allocation through NumPy's base object
    for copy in copies:
        np.testing.assert_array_equal(copy, 7.0)


@pytest.mark.parametrize("n", SIZES)
def test_transform_points_inplace_writes_into_the_callers_array(n):
    m = rotation()
    points = RNG.standard_normal((n, 3))
    expected = points @ m.T
    address = points.ctypes.data
    assert ext.transform_points_inplace(m, points) is None
    assert points.ctypes.data == address
    np.testing.assert_allclose(points, expected, rtol=1e-14, atol=1e-14)


def test_the_borrowed_rows_are_numpys_memory():
    points = RNG.standard_normal((50, 3))
    index, address = ext.farthest_point(points)
    assert index == np.argmax(np.linalg.norm(points, axis=1))
    # The row Rust read is the row in the caller's buffer, 24 bytes a point.
    assert address == points.ctypes.data + 24 * index
    # A C-contiguous slice of a larger cloud is borrowed in place too.
    part = points[10:20]
    index, address = ext.farthest_point(part)
    assert address == points.ctypes.data + 24 * (10 + index)
    with pytest.raises(ValueError, match=r"^no points$"):
        ext.farthest_point(np.zeros((0, 3)))


def test_transform_rejects_a_wrong_matrix_shape_naming_both():
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(3, 4\)$"):
        ext.transform_points(np.zeros((3, 4)), np.zeros((5, 3)))
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(9,\)$"):
        ext.transform_points(np.zeros(9), np.zeros((5, 3)))
    with pytest.raises(ValueError, match=r"^expected \(3, 3\) C-contiguous, got \(1, 3, 3\)$"):
        ext.transform_points(np.zeros((1, 3, 3)), np.zeros((5, 3)))


@pytest.mark.parametrize("shape, found", [
    ((5, 4), r"\(5, 4\)"),
    ((3,), r"\(3,\)"),
    ((0,), r"\(0,\)"),
    ((2, 3, 1), r"\(2, 3, 1\)"),
    ((), r"\(\)"),
])
def test_points_that_are_not_n_by_3_are_named(shape, found):
    message = r"^expected \(n, 3\) C-contiguous, got " + found + "$"
    with pytest.raises(ValueError, match=message):
        ext.transform_points(np.eye(3), np.zeros(shape))
    with pytest.raises(ValueError, match=message):
        ext.transform_points_inplace(np.eye(3), np.zeros(shape))
    with pytest.raises(ValueError, match=message):
        ext.farthest_point(np.zeros(shape))
    with pytest.raises(ValueError, match=message):
        ext.centered(np.zeros(shape))


def test_points_in_another_layout_are_told_what_to_pass():
    with pytest.raises(ValueError, match=(
            r"^expected \(n, 3\) C-contiguous, got \(3, 3\) with strides \(40, 8\), "
            r"not contiguous: pass np\.ascontiguousarray\(a\)$")):
        ext.transform_points(np.eye(3), np.zeros((3, 5))[:, :3])
    with pytest.raises(ValueError, match=(
            r"^expected \(n, 3\) C-contiguous, got \(4, 3\) F-contiguous: "
            r"pass np\.ascontiguousarray\(a\)$")):
        ext.transform_points_inplace(np.eye(3), np.asfortranarray(np.zeros((4, 3))))
    every_other = RNG.standard_normal((8, 3))[::2]
    with pytest.raises(ValueError, match=r"with strides \(48, 8\), not contiguous"):
        ext.farthest_point(every_other)
    # The advice works.
    out, _ = ext.transform_points(np.eye(3), np.ascontiguousarray(every_other))
    np.testing.assert_array_equal(out, every_other)


@pytest.mark.parametrize("layout", [
    lambda a: a,
    np.asfortranarray,
    lambda a: np.repeat(a, 2, axis=0)[::2],
    lambda a: np.ascontiguousarray(a.T).T,
])
@pytest.mark.parametrize("n", [0, 1, 7, 1000])
def test_centered_copies_any_layout(layout, n):
    points = layout(RNG.standard_normal((n, 3)) + [1.0, -2.0, 30.0])
    out = ext.centered(points)
    assert out.shape == (n, 3) and out.flags.c_contiguous
    assert not np.shares_memory(out, points)
    if n > 0:
        np.testing.assert_allclose(out, points - points.mean(axis=0), rtol=0, atol=1e-12)


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
    np.testing.assert_allclose(ext.transform_points(np.ascontiguousarray(every_other), points)[0], 0.0)


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
