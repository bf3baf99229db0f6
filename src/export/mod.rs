//! Tables out of Khabar: every table and concordance can be written as CSV (UTF-8
//! with a byte-order mark, so Excel opens Arabic correctly), XLSX (sheets set
//! right to left) or JSON (an array of objects keyed by column name), and copied as
//! tab-separated text.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// One value in a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Int(i64),
    Float(f64),
}

impl Cell {
    fn to_text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Float(f) => format!("{f}"),
        }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_owned())
    }
}
impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}
impl From<usize> for Cell {
    fn from(n: usize) -> Self {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<f64> for Cell {
    fn from(f: f64) -> Self {
        Cell::Float(f)
    }
}

/// A named table: column headers and rows of cells.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The file formats a table can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Json => "json",
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("cannot write the JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Rows per XLSX sheet (Excel's limit is 1,048,576 including the header).
const XLSX_ROWS_PER_SHEET: usize = 1_048_575;

/// Writes `table` as CSV, UTF-8 with a BOM.
pub fn write_csv(table: &Table, mut out: impl Write) -> Result<(), ExportError> {
    out.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&table.columns)?;
    for row in &table.rows {
        w.write_record(row.iter().map(Cell::to_text))?;
    }
    w.flush()?;
    Ok(())
}

/// Writes `table` as a JSON array of objects (column name → value).
pub fn write_json(table: &Table, out: impl Write) -> Result<(), ExportError> {
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = table
        .rows
        .iter()
        .map(|row| {
            table
                .columns
                .iter()
                .zip(row)
                .map(|(c, v)| (c.clone(), serde_json::to_value(v).unwrap_or(serde_json::Value::Null)))
                .collect()
        })
        .collect();
    serde_json::to_writer_pretty(out, &objects)?;
    Ok(())
}

/// The table as an XLSX workbook in memory: bold frozen header, sheets right to left,
/// split over several sheets past Excel's row limit.
pub fn xlsx_bytes(table: &Table) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let chunks: Vec<&[Vec<Cell>]> =
        if table.rows.is_empty() { vec![&[]] } else { table.rows.chunks(XLSX_ROWS_PER_SHEET).collect() };
    for (i, chunk) in chunks.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&table.name, i))?;
        sheet.set_right_to_left(true);
        for (c, name) in table.columns.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            sheet.write_string_with_format(0, col, name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        for (r, row) in chunk.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let col = u16::try_from(c).unwrap_or(u16::MAX);
                match cell {
                    Cell::Text(s) => sheet.write_string(r, col, s)?,
                    Cell::Int(n) => sheet.write_number(r, col, *n as f64)?,
                    Cell::Float(f) => sheet.write_number(r, col, *f)?,
                };
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// A valid sheet name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str, part: usize) -> String {
    let clean: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).collect();
    let base = if clean.trim().is_empty() { "Khabar".to_owned() } else { clean.trim().to_owned() };
    let suffix = if part == 0 { String::new() } else { format!(" ({})", part + 1) };
    let keep = 31 - suffix.chars().count();
    base.chars().take(keep).collect::<String>() + &suffix
}

/// Writes `table` to `path` in `format`.
pub fn export(table: &Table, path: &Path, format: ExportFormat) -> Result<(), ExportError> {
    match format {
        ExportFormat::Xlsx => std::fs::write(path, xlsx_bytes(table)?)?,
        ExportFormat::Csv => write_csv(table, std::io::BufWriter::new(std::fs::File::create(path)?))?,
        ExportFormat::Json => write_json(table, std::io::BufWriter::new(std::fs::File::create(path)?))?,
    }
    Ok(())
}

/// Rows as tab-separated text with a header line, for the clipboard. Tabs and newlines
/// inside cells become spaces.
pub fn to_tsv(table: &Table, rows: impl IntoIterator<Item = usize>) -> String {
    let clean = |s: String| s.replace(['\t', '\n', '\r'], " ");
    let mut out = table.columns.join("\t");
    for i in rows {
        if let Some(row) = table.rows.get(i) {
            out.push('\n');
            out.push_str(&row.iter().map(|c| clean(c.to_text())).collect::<Vec<_>>().join("\t"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            name: "تكرار: الكلمات".into(),
            columns: vec!["الكلمة".into(), "التكرار".into(), "لكل مليون".into()],
            rows: vec![
                vec!["قال".into(), 120usize.into(), 3.5f64.into()],
                vec!["\"داعش\", و\nموسكو".into(), 7usize.into(), 0.25f64.into()],
            ],
        }
    }

    #[test]
    fn csv_has_bom_and_round_trips() {
        let mut buf = Vec::new();
        write_csv(&table(), &mut buf).expect("csv");
        assert!(buf.starts_with("\u{FEFF}".as_bytes()));
        let body = &buf[3..];
        let mut r = csv::Reader::from_reader(body);
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("parse");
        assert_eq!(&rows[1][0], "\"داعش\", و\nموسكو");
        assert_eq!(&rows[0][1], "120");
        assert_eq!(r.headers().expect("headers").get(0), Some("الكلمة"));
    }

    #[test]
    fn json_is_objects_by_column() {
        let mut buf = Vec::new();
        write_json(&table(), &mut buf).expect("json");
        let v: serde_json::Value = serde_json::from_slice(&buf).expect("parse");
        assert_eq!(v[0]["الكلمة"], "قال");
        assert_eq!(v[0]["التكرار"], 120);
        assert_eq!(v[1]["لكل مليون"], 0.25);
    }

    #[test]
    fn xlsx_is_right_to_left_with_the_data() {
        let bytes = xlsx_bytes(&table()).expect("xlsx");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut sheet = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"),
            &mut sheet,
        )
        .expect("read");
        assert!(sheet.contains("rightToLeft=\"1\""), "{sheet}");
        let mut strings = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/sharedStrings.xml").expect("strings"),
            &mut strings,
        )
        .expect("read");
        assert!(strings.contains("قال") && strings.contains("الكلمة"));
        let mut book = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").expect("workbook"), &mut book)
            .expect("read");
        assert!(book.contains("تكرار الكلمات"), "sheet name without ':'");
    }

    #[test]
    fn tsv_for_the_clipboard() {
        let t = to_tsv(&table(), [1]);
        assert_eq!(t, "الكلمة\tالتكرار\tلكل مليون\n\"داعش\", و موسكو\t7\t0.25");
    }

    #[test]
    fn sheet_names_are_valid() {
        assert_eq!(sheet_name("a/b", 0), "ab");
        assert_eq!(sheet_name("", 2), "Khabar (3)");
        assert!(sheet_name(&"ك".repeat(40), 1).chars().count() <= 31);
    }
}
