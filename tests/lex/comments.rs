#!/usr/bin/env rustg-vk
//! Inner doc comment.
/*! Inner block doc. */
/// Outer doc comment.
/** Outer block doc. */
//// Four slashes: not doc.
/*** Three stars: not doc. */
/**/ /* empty */ /* nested /* twice /* thrice */ */ */
// line comment with "quote and /* opener
fn main() { /* inline */ let x = 1; // trailing
}
