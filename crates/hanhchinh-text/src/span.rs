//! The byte-span accessors that every finding of the workspace has.

/// Gives a struct that was found in a text the accessors `start`, `end` and `span` (byte
/// offsets in the text it was found in), documented alike in every crate of the workspace.
///
/// Use it inside the struct's `impl` block, with the name of what the struct is (for the
/// docs) and how the struct keeps its place:
/// - `fields`: fields `start: usize` and `end: usize`;
/// - `range`: a field `span: Range<usize>`;
/// - `text`: a field `start: usize` and a field `text: &str` that is the slice at `start`.
///
/// ```
/// use std::ops::Range;
///
/// pub struct Hit {
///     span: Range<usize>,
/// }
///
/// impl Hit {
///     hanhchinh_text::span_accessors!(range, "hit");
/// }
///
/// pub struct Word<'a> {
///     start: usize,
///     text: &'a str,
/// }
///
/// impl Word<'_> {
///     hanhchinh_text::span_accessors!(text, "word");
/// }
///
/// let hit = Hit { span: 4..9 };
/// assert_eq!((hit.start(), hit.end(), hit.span()), (4, 9, 4..9));
/// let word = Word { start: 3, text: "Liêm" };
/// assert_eq!(word.span(), 3..8);
/// ```
#[macro_export]
macro_rules! span_accessors {
    (fields, $what:literal) => {
        $crate::span_accessors!(@docs $what, self,
            start { self.start }
            end { self.end }
            span { self.start..self.end }
        );
    };
    (range, $what:literal) => {
        $crate::span_accessors!(@docs $what, self,
            start { self.span.start }
            end { self.span.end }
            span { self.span.clone() }
        );
    };
    (text, $what:literal) => {
        $crate::span_accessors!(@docs $what, self,
            start { self.start }
            end { self.start + self.text.len() }
            span { self.start..self.start + self.text.len() }
        );
    };
    (@docs $what:literal, $s:tt, start $start:block end $end:block span $span:block) => {
        #[doc = concat!("Byte offset of the ", $what, "'s first byte in the text it was found in.")]
        #[inline]
        pub fn start(&$s) -> usize $start

        #[doc = concat!("Byte offset just past the ", $what, "'s last byte.")]
        #[inline]
        pub fn end(&$s) -> usize $end

        #[doc = concat!("The ", $what, "'s byte range, `start()..end()`.")]
        #[inline]
        pub fn span(&$s) -> ::std::ops::Range<usize> $span
    };
}
