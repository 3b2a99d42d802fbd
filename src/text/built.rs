//! Text being built in memory, such as a summary. Writing to it cannot fail,
//! so `write!` and `writeln!` on it return nothing and there is no error to
//! drop or to check.

use std::fmt;
use std::ops::{Deref, DerefMut};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Built(String);

impl Built {
    pub fn new() -> Built {
        Built(String::new())
    }

    /// What `write!` and `writeln!` call.
    pub fn write_fmt(&mut self, args: fmt::Arguments) {
        match args.as_str() {
            Some(plain) => self.0.push_str(plain),
            None => self.0.push_str(&fmt::format(args)),
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl From<String> for Built {
    fn from(text: String) -> Built {
        Built(text)
    }
}

impl Deref for Built {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl DerefMut for Built {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Built;

    #[test]
    fn writes_add_up_in_order() {
        let mut b = Built::new();
        write!(b, "a{}", 1);
        writeln!(b, " b");
        b.push_str("cd");
        assert_eq!(b.into_string(), "a1 b\ncd");
    }
}
