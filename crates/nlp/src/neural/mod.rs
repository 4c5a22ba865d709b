//! A neural dependency parser: BiLSTM encoder over word, Penn tag, suffix and shape
//! embeddings, biaffine arc scores decoded with Eisner's algorithm (one root), and an
//! MLP labeller on (dependent, head). Hand-written f32 kernels and backpropagation, no
//! framework. See docs/parser.md for the design and the measured figures.

mod adam;
mod backward;
mod data;
mod distil;
mod eisner;
mod features;
mod format;
mod forward;
mod lstm;
mod math;
mod params;
mod parser;
mod project;
mod simd;
mod train;

#[cfg(test)]
mod tests;

pub use data::retag;
pub use parser::{NeuralParser, MAX_NEURAL_WORDS};
pub use train::{train_neural, NeuralConfig};
