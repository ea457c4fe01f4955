//! Vietnamese administrative abbreviations, titles and legal references (first modules land in the
//! next commits).
