//! Project files: what the user opened (files, folders, table columns), saved as JSON
//! so the corpus can be reopened later. Documents are read again from their files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::readers::TableColumns;

/// The extension Khabar gives project files.
pub const EXTENSION: &str = "khabar.json";

const FORMAT: &str = "khabar-project";
const VERSION: u32 = 1;

/// One thing the user opened: files and folders, read with these table columns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub paths: Vec<PathBuf>,
    #[serde(default)]
    pub columns: TableColumns,
}

/// A saved corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    format: String,
    version: u32,
    pub sources: Vec<Source>,
}

/// Why a project file cannot be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("cannot read or write the project file: {0}")]
    Io(#[from] std::io::Error),
    #[error("this is not a Khabar project file ({0})")]
    NotAProject(String),
    #[error("this project was saved by a newer Khabar (format version {0}); update Khabar to open it")]
    TooNew(u32),
}

impl Project {
    pub fn new(sources: Vec<Source>) -> Project {
        Project { format: FORMAT.into(), version: VERSION, sources }
    }

    /// Does `path` name a project file (by its extension)?
    pub fn is_project_path(path: &Path) -> bool {
        path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.to_ascii_lowercase().ends_with(EXTENSION))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Project, ProjectError> {
        let p: Project = serde_json::from_str(text).map_err(|e| ProjectError::NotAProject(e.to_string()))?;
        if p.format != FORMAT {
            return Err(ProjectError::NotAProject(format!("format is {:?}", p.format)));
        }
        if p.version > VERSION {
            return Err(ProjectError::TooNew(p.version));
        }
        Ok(p)
    }

    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        // Write next to the target, then rename: a crash never leaves half a project.
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, self.to_json())?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    }

    pub fn load(path: &Path) -> Result<Project, ProjectError> {
        let meta = std::fs::metadata(path)?;
        if meta.len() > 64 * 1024 * 1024 {
            return Err(ProjectError::NotAProject("the file is far too large".into()));
        }
        Project::from_json(&std::fs::read_to_string(path)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_files() {
        let p = Project::new(vec![
            Source {
                paths: vec!["/data/ant".into(), "/data/seed.txt".into()],
                columns: TableColumns::default(),
            },
            Source {
                paths: vec!["/data/news.csv".into()],
                columns: TableColumns { text: Some("نص".into()), ..Default::default() },
            },
        ]);
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("corpus.khabar.json");
        p.save(&file).expect("save");
        assert_eq!(Project::load(&file).expect("load"), p);
        assert!(Project::is_project_path(&file));
        assert!(!Project::is_project_path(Path::new("a.json")));
        assert!(matches!(Project::from_json("{}"), Err(ProjectError::NotAProject(_))));
        assert!(matches!(Project::from_json("not json"), Err(ProjectError::NotAProject(_))));
        let newer = p.to_json().replace("\"version\": 1", "\"version\": 99");
        assert!(matches!(Project::from_json(&newer), Err(ProjectError::TooNew(99))));
        assert!(matches!(Project::load(&dir.path().join("missing.khabar.json")), Err(ProjectError::Io(_))));
    }
}
