//! Messages with numbers in them, built during constant evaluation.
//!
//! `panic!` in a `const` context accepts only a string, so compile-time
//! errors such as "the shape (2, 3) has ..." are assembled here byte by byte
//! and then raised with [`Msg::raise`]. At run time the same
//! buffer is a `fmt::Write` target, so printing needs no allocator.

use core::fmt;

/// A fixed-capacity UTF-8 message buffer usable in `const fn`.
///
/// Text past the capacity is cut off, never an error: a message is for people.
pub(crate) struct Msg {
    buf: [u8; Self::CAPACITY],
    len: usize,
}

impl Msg {
    const CAPACITY: usize = 512;

    pub(crate) const fn new() -> Self {
        Msg {
            buf: [0; Self::CAPACITY],
            len: 0,
        }
    }

    const fn byte(mut self, b: u8) -> Self {
        if self.len < Self::CAPACITY {
            self.buf[self.len] = b;
            self.len += 1;
        }
        self
    }

    /// Appends `s`. Only whole ASCII strings are appended byte-wise; this
    /// crate's messages are ASCII, so the buffer always stays valid UTF-8.
    pub(crate) const fn str(mut self, s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            self = self.byte(bytes[i]);
            i += 1;
        }
        self
    }

    /// Appends `n` in decimal.
    pub(crate) const fn num(mut self, mut n: usize) -> Self {
        let mut digits = [0u8; 20];
        let mut count = 0;
        loop {
            digits[count] = b'0' + (n % 10) as u8;
            count += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while count > 0 {
            count -= 1;
            self = self.byte(digits[count]);
        }
        self
    }

    /// Appends `n` in decimal, with a `-` when negative.
    pub(crate) const fn int(self, n: isize) -> Self {
        if n < 0 {
            self.str("-").num(n.unsigned_abs())
        } else {
            self.num(n as usize)
        }
    }

    /// Appends a shape the way NumPy prints one: `(3, 3)`, `(5,)`, `()`.
    pub(crate) const fn shape(mut self, dims: &[usize]) -> Self {
        self = self.byte(b'(');
        let mut i = 0;
        while i < dims.len() {
            if i > 0 {
                self = self.str(", ");
            }
            self = self.num(dims[i]);
            i += 1;
        }
        if dims.len() == 1 {
            self = self.byte(b',');
        }
        self.byte(b')')
    }

    /// Fails the constant evaluation in progress with this message: the
    /// one way the crate raises a compile-time error with numbers in it.
    #[track_caller]
    pub(crate) const fn raise(&self) -> ! {
        panic!("{}", self.as_str())
    }

    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }

    /// Keeps the first `len` bytes; the caller cuts at a character boundary.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    pub(crate) const fn as_str(&self) -> &str {
        // The buffer may have been cut inside a multi-byte character only if a
        // caller appended non-ASCII text; fall back to the valid prefix then.
        let (used, _) = self.buf.split_at(self.len);
        match core::str::from_utf8(used) {
            Ok(s) => s,
            Err(e) => match core::str::from_utf8(used.split_at(e.valid_up_to()).0) {
                Ok(s) => s,
                Err(_) => "",
            },
        }
    }
}

/// Unlike the `const` builders, which cut long messages short, writing past
/// the capacity here is an error: formatted output must be whole.
impl fmt::Write for Msg {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > Self::CAPACITY {
            return Err(fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Msg;

    #[test]
    fn formats_numbers_and_shapes_like_numpy() {
        const M: Msg = Msg::new()
            .str("got ")
            .num(0)
            .str(" and ")
            .num(usize::MAX)
            .str(", ")
            .int(-12)
            .int(isize::MIN)
            .str(" in ")
            .shape(&[3, 3])
            .shape(&[5])
            .shape(&[]);
        assert_eq!(
            M.as_str(),
            "got 0 and 18446744073709551615, -12-9223372036854775808 in (3, 3)(5,)()"
        );
    }

    #[test]
    fn writing_past_the_capacity_fails() {
        use core::fmt::Write;
        let mut m = Msg::new();
        assert!(m.write_str(&"x".repeat(Msg::CAPACITY)).is_ok());
        assert!(m.write_str("y").is_err());
        assert_eq!(m.len(), Msg::CAPACITY);
        m.truncate(3);
        assert_eq!(m.as_str(), "xxx");
        m.clear();
        assert_eq!(m.as_str(), "");
    }

    #[test]
    fn truncates_instead_of_failing() {
        let mut m = Msg::new();
        for _ in 0..200 {
            m = m.str("abc");
        }
        assert_eq!(m.as_str().len(), Msg::CAPACITY);
    }
}
