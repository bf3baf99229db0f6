//! Widgets that draw Arabic right: a bidi text block and a single-line RTL field.

pub mod rtl_field;
pub mod rtl_layout;
pub mod rtl_text;

pub use rtl_field::{RtlField, RtlFieldOutput};
pub use rtl_layout::{Laid, LayoutParams, Span, SpanStyle};
pub use rtl_text::{RtlText, RtlTextOutput, mixed_label};
