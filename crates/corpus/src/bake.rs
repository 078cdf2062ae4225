//! Turns build-time values into Rust source for `static` items.
//!
//! The build script parses the corpus and the assessment model once, then writes them
//! out as Rust literals. The wasm then starts with its data already in place: no JSON
//! to parse, no allocation, and a malformed corpus can never reach a user.

use std::borrow::Cow;
use std::fmt::Write;

/// A value that can be written as a Rust expression of its own type.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // `{:?}` on a str yields a valid Rust string literal, escapes included.
        let _ = write!(out, "::std::borrow::Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

macro_rules! bake_debug {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{:?}", self);
            }
        }
    )*};
}
bake_debug!(bool, u8, u16, u32, u64, i32);

/// Implements [`Bake`] for a struct by listing its path and fields.
#[macro_export]
macro_rules! bake_struct {
    ($t:ty => $path:literal { $($field:ident),* $(,)? }) => {
        impl $crate::bake::Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str($path);
                out.push('{');
                $(
                    out.push_str(stringify!($field));
                    out.push_str(": ");
                    $crate::bake::Bake::bake(&self.$field, out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

/// Implements [`Bake`] for a fieldless enum whose `Debug` is its variant name.
#[macro_export]
macro_rules! bake_unit_enum {
    ($t:ty => $path:literal) => {
        impl $crate::bake::Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str($path);
                out.push_str("::");
                out.push_str(&format!("{:?}", self));
            }
        }
    };
}

/// Writes `pub static NAME: TYPE = <value>;`.
pub fn static_item(name: &str, ty: &str, value: &impl Bake) -> String {
    let mut out = format!("pub static {name}: {ty} = ");
    value.bake(&mut out);
    out.push_str(";\n");
    out
}
