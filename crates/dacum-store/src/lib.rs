//! Session files: reading and writing RON, schema versions and migration, atomic
//! saves with a backup, and the recovery copies autosave writes.
//! This layer is the only one that touches the file system or knows RON.

mod driver_csv;
mod error;
mod file_format;
mod fingerprint;
mod load;
mod messages;
mod recovery;
mod save;
mod survey_answers;
mod survey_forms;
mod survey_stats_file;
mod target;
mod translations;

pub use driver_csv::{
    COLUMNS as CSV_COLUMNS, CsvErrors, CsvFileError, DriverRow, ImportCounts, ImportError,
    RowError, decode_csv, export_drivers_csv, import_drivers, import_edit, parse_drivers_csv,
    read_drivers_csv,
};
pub use error::{LoadError, LoadErrorKind, SaveError, UnknownField};
pub use file_format::{FORMAT, MAX_FILE_SIZE, VERSION};
pub use fingerprint::{Fingerprint, may_replace};
pub use load::{
    load_session, load_session_with_fingerprint, load_sessions, parse_session, read_text_file,
};
pub use recovery::{
    Recovery, default_untitled_folder, find_recovery, recovery_path, remove_recovery,
    untitled_recoveries, write_recovery,
};
pub use save::{
    PreparedSave, backup_path, save_merged_session, save_session, save_session_checked,
    save_session_without_backup, to_ron, write_file_atomically,
};
pub use survey_answers::{
    CellError, SurveyImport, Table, TableError, column_name, plan_survey_import, read_answer_table,
};
pub use survey_forms::{write_csv_template, write_workbook, write_xlsform};
pub use survey_stats_file::{write_stats_csv, write_stats_xlsx};
pub use target::{check_output, same_file};
pub use translations::{
    FORMATS as TRANSLATION_FORMATS, Form, SheetError, TranslationFileError, TranslationFormat,
    XliffFile, cell_name, export_translations, import_translations, read_form, read_form_xlsx,
    read_translations, read_xliff, write_form, write_form_xlsx, write_xliff,
};
