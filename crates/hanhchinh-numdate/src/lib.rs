//! Vietnamese numbers, amounts, dates, times and ranges, parsed exactly (work in progress).
