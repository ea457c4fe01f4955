//! Enums whose every value has one name in data files and JSON (`province`, `date_range`,
//! `pre_reform`): the names are written once, in a [`named_values!`](crate::named_values) call,
//! which gives the enum `ALL`, `as_str`, `parse`, `Display` and `FromStr` (with
//! [`ParseNameError`]). The crates of the workspace name their levels, kinds and eras this way.

use std::fmt;

/// The error of parsing a named value (a [`Level`](crate::vocab::Level), a
/// [`UnitType`](crate::vocab::UnitType), an entity kind, an era, …) from a string that names
/// none.
///
/// ```
/// use hanhchinh_text::vocab::Level;
/// let e = "county".parse::<Level>().unwrap_err();
/// assert_eq!(e.input(), "county");
/// assert_eq!(
///     e.to_string(),
///     r#"unknown level "county" (expected province, district, commune, village)"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNameError {
    what: &'static str,
    expected: &'static str,
    input: String,
}

impl ParseNameError {
    /// An error for `input`, which names no `what` (`level`); `expected` says what would have
    /// (`province, district, commune, village`).
    pub fn new(what: &'static str, expected: &'static str, input: &str) -> ParseNameError {
        ParseNameError {
            what,
            expected,
            input: input.to_string(),
        }
    }

    /// The string that names nothing.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What it should have named (`level`, `entity kind`).
    pub fn what(&self) -> &'static str {
        self.what
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected {})",
            self.what, self.input, self.expected
        )
    }
}

impl std::error::Error for ParseNameError {}

/// Gives a fieldless enum, from one list of its values and their names: `ALL` (every value, in
/// the list's order), `as_str` (the name), `parse` (the value of a name), `Display` (the name)
/// and `FromStr` (with [`ParseNameError`]).
///
/// ```
/// #[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// pub enum Side {
///     /// The left bank.
///     Left,
///     /// The right bank.
///     Right,
/// }
///
/// hanhchinh_text::named_values!(Side, "side", { Left => "left", Right => "right" });
///
/// assert_eq!(Side::ALL, [Side::Left, Side::Right]);
/// assert_eq!(Side::Right.as_str(), "right");
/// assert_eq!(Side::parse("left"), Some(Side::Left));
/// assert_eq!("right".parse::<Side>(), Ok(Side::Right));
/// assert_eq!(Side::Left.to_string(), "left");
/// assert!("up".parse::<Side>().is_err());
/// ```
#[macro_export]
macro_rules! named_values {
    ($ty:ident, $what:literal, {
        $first:ident => $first_name:literal $(, $variant:ident => $name:literal)* $(,)?
    }) => {
        impl $ty {
            #[doc = concat!("Every ", $what, ", in order: `", $first_name, "`", $(", `", $name, "`",)* ".")]
            pub const ALL: [$ty; [$first_name $(, $name)*].len()] = [$ty::$first $(, $ty::$variant)*];

            #[doc = concat!("The name of the ", $what, " in data files and JSON (`", $first_name, "`", $(", `", $name, "`",)* ").")]
            pub fn as_str(self) -> &'static str {
                match self {
                    $ty::$first => $first_name,
                    $($ty::$variant => $name,)*
                }
            }

            #[doc = concat!("The ", $what, " named `s` (see [`", stringify!($ty), "::as_str`]); `None` for any other string (its [`FromStr`](std::str::FromStr) says why).")]
            pub fn parse(s: &str) -> Option<$ty> {
                match s {
                    $first_name => Some($ty::$first),
                    $($name => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            /// The name (see `as_str`).
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::ParseNameError;

            /// The value of a name (see `as_str`).
            fn from_str(s: &str) -> Result<$ty, $crate::ParseNameError> {
                $ty::parse(s).ok_or_else(|| {
                    $crate::ParseNameError::new($what, concat!($first_name $(, ", ", $name)*), s)
                })
            }
        }
    };
}
