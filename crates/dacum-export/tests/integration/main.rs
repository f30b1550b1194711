//! The export's integration tests, one binary: PDF reports of the shipped
//! examples read back with lopdf, and the stakeholder copy's privacy.

mod export;
mod helpers;
mod pdf_reading;
mod privacy;
mod questionnaire;
mod report_language;
mod verification_report;
