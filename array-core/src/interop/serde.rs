//! `serde` (feature `serde`): an array serialises as nested sequences, as
//! NumPy's `a.tolist()` gives them (`[[1, 2, 3], [4, 5, 6]]`), in either
//! memory order; deserialising checks every length and reports the path of
//! the first wrong one ("expected 3 elements at [1], found 2"). No
//! allocation: the elements are written straight into the array.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::array::Array;
use crate::element::Element;
use crate::index::elem_offset;
use crate::order::{Order, RowMajor};
use crate::shape::MAX_RANK;
use crate::shape::Shape;

/// As NumPy's `a.tolist()`: nested sequences, one level per axis.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
/// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
/// assert_eq!(serde_json::to_string(&a).unwrap(), "[[1,2,3],[4,5,6]]");
/// assert_eq!(serde_json::to_string(&a.to_order::<ColMajor>()).unwrap(), "[[1,2,3],[4,5,6]]");
/// ```
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "serde")]
impl<T: Element + Serialize, S: Shape, O: Order> Serialize for Array<T, S, O> {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        Level {
            array: self,
            index: [0; MAX_RANK],
            depth: 0,
        }
        .serialize(serializer)
    }
}

/// The sub-array at `index[..depth]`, serialised as a sequence.
struct Level<'a, T: Element, S: Shape, O: Order> {
    array: &'a Array<T, S, O>,
    index: [usize; MAX_RANK],
    depth: usize,
}

impl<T: Element + Serialize, S: Shape, O: Order> Serialize for Level<'_, T, S, O> {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        let len = S::DIMS[self.depth];
        let mut seq = serializer.serialize_seq(Some(len))?;
        for i in 0..len {
            let mut index = self.index;
            index[self.depth] = i;
            if self.depth + 1 == S::NDIM {
                seq.serialize_element(
                    &self.array.as_slice()[elem_offset::<S, O>(&index[..S::NDIM])],
                )?;
            } else {
                seq.serialize_element(&Level {
                    array: self.array,
                    index,
                    depth: self.depth + 1,
                })?;
            }
        }
        seq.end()
    }
}

/// From nested sequences with exactly the array's lengths.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a: Array2<u8, 2, 3> = serde_json::from_str("[[1, 2, 3], [4, 5, 6]]").unwrap();
/// assert_eq!(a[[1, 0]], 4);
/// let err = serde_json::from_str::<Array2<u8, 2, 3>>("[[1, 2, 3], [4, 5]]").unwrap_err();
/// assert!(err.to_string().starts_with("expected 3 elements at [1], found 2"));
/// ```
#[cfg(feature = "serde")]
impl<'de, T: Element + Deserialize<'de>, S: Shape, O: Order> Deserialize<'de> for Array<T, S, O> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut out = Array::<T, S, RowMajor>::zeros();
        deserializer.deserialize_seq(Fill::<T, S> {
            out: out.as_mut_slice(),
            path: [0; MAX_RANK],
            depth: 0,
            start: 0,
            shape: PhantomData,
        })?;
        Ok(out.to_order())
    }
}

/// Fills the C-order block starting at `start` from a sequence at
/// `path[..depth]`.
struct Fill<'a, T, S> {
    out: &'a mut [T],
    path: [usize; MAX_RANK],
    depth: usize,
    start: usize,
    shape: PhantomData<S>,
}

/// A path like `[1, 2]`, for error messages.
struct Path<'a>(&'a [usize]);

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        f.write_str("]")
    }
}

impl<'de, T: Element + Deserialize<'de>, S: Shape> DeserializeSeed<'de> for Fill<'_, T, S> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Element + Deserialize<'de>, S: Shape> Visitor<'de> for Fill<'_, T, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a sequence of {} elements at {}",
            S::DIMS[self.depth],
            Path(&self.path[..self.depth])
        )
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let len = S::DIMS[self.depth];
        let stride: usize = S::DIMS[self.depth + 1..].iter().product();
        let here = &self.path[..self.depth];
        let Fill {
            out,
            path,
            depth,
            start,
            ..
        } = self;
        for i in 0..len {
            let found = if depth + 1 == S::NDIM {
                seq.next_element::<T>()?.map(|v| out[start + i] = v)
            } else {
                let mut child_path = path;
                child_path[depth] = i;
                seq.next_element_seed(Fill::<T, S> {
                    out: &mut *out,
                    path: child_path,
                    depth: depth + 1,
                    start: start + i * stride,
                    shape: PhantomData,
                })?
            };
            if found.is_none() {
                return Err(de::Error::custom(format_args!(
                    "expected {len} elements at {}, found {i}",
                    Path(here)
                )));
            }
        }
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom(format_args!(
                "expected {len} elements at {}, found more",
                Path(here)
            )));
        }
        Ok(())
    }
}
