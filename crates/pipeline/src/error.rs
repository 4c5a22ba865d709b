//! The pipeline's error type: building it can fail; analysing never does.

/// A stage could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A dictionary is malformed or missing.
    #[error("dictionaries: {0}")]
    Dict(#[from] dyad_dict::DictError),
    /// The parser model could not be loaded.
    #[error("parser model: {0}")]
    Nlp(#[from] dyad_nlp::NlpError),
    /// The coder could not be built.
    #[error("coder: {0}")]
    Coder(#[from] dyad_coder::CoderError),
    /// The gazetteer could not be loaded.
    #[error("gazetteer: {0}")]
    Geo(#[from] dyad_geo::GeoError),
}
