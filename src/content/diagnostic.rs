//! A problem found in a content pack or an answers file: what is wrong (a typed
//! [`Problem`] with its data), how bad it is, and where it stands.
//!
//! Nothing here is worded for a person: `i18n::diagnostics` turns a problem into
//! a message and a hint in the reader's language, once, at the edge.

use super::positions::Pos;

/// Whether a problem stops the pack (or answers) from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Severity {
    #[default]
    Error,
    /// Worth fixing, but the content still works.
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file (or folder) the problem is in, as shown to the person.
    pub file: String,
    /// Where in the file; `None` for a problem with the whole file or folder.
    pub pos: Option<Pos>,
    /// The dotted path of the field, e.g. `questions.3.options.1.weights`.
    pub field: Option<String>,
    pub problem: Problem,
}

impl Diagnostic {
    /// An error at a line and column of `file`.
    pub fn at(file: &str, pos: Pos, problem: Problem) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            pos: Some(Pos {
                line: pos.line.max(1),
                column: pos.column.max(1),
            }),
            field: None,
            problem,
        }
    }

    /// An error with a whole file or folder (no line to point at).
    pub fn file_level(file: String, problem: Problem) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file,
            pos: None,
            field: None,
            problem,
        }
    }

    /// Names the field the problem is in.
    pub fn in_field(mut self, path: &str) -> Diagnostic {
        if !path.is_empty() {
            self.field = Some(path.to_string());
        }
        self
    }

    pub fn line(&self) -> Option<usize> {
        self.pos.map(|p| p.line)
    }

    /// The order problems are listed in: by file, then line and column.
    pub fn sort(list: &mut Vec<Diagnostic>) {
        list.sort_by(|a, b| (&a.file, a.pos).cmp(&(&b.file, b.pos)));
        list.dedup();
    }
}

/// What kind of id is meant, for "duplicate … id" problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Quiz,
    Role,
    Dimension,
    Question,
    Option,
    Stage,
    Skill,
    /// A card section a role declares.
    Section,
}

/// The kind of value a field holds, for "expected …" problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    /// A whole number, 0 or more.
    WholeNumber,
    TrueFalse,
    Text,
    /// A string, or a map of language code to string.
    TextOrLanguages,
    List,
    Map,
}

/// A near miss for a mistyped name, or the names that exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suggest {
    Closest(String),
    Known(Vec<String>),
}

impl Suggest {
    /// The closest of `known` to `got`, or all of `known`.
    pub fn among<'a>(got: &str, known: impl IntoIterator<Item = &'a str> + Clone) -> Suggest {
        match crate::suggest::closest(got, known.clone()) {
            Some(s) => Suggest::Closest(s.to_string()),
            None => Suggest::Known(known.into_iter().map(str::to_string).collect()),
        }
    }
}

/// Why an answer does not fit its question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// A likert answer outside 1..=5 (the number as written).
    LikertOutOfRange(String),
    /// A likert answer that is a number but not a whole one, e.g. `2.5` (as written).
    LikertNotWhole(String),
    /// A likert question answered with something other than a number.
    LikertNotNumber,
    /// An option id the question does not have.
    NoSuchOption { got: String, suggest: Suggest },
    /// A choice question answered with something other than one option id.
    ChoiceNotOptionId { first: String },
    /// A multi question's list holds something that is not an option id.
    MultiItemNotOptionId,
    /// A multi question answered with something other than a list.
    MultiNotList,
    /// An answer of another kind of question (e.g. a likert value for a choice).
    WrongKind,
}

/// Why a file could not be read: the common cases by kind, so they can be
/// said in the person's language; anything else in the system's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    NotFound,
    PermissionDenied,
    Other(String),
}

impl Problem {
    /// The problem, told that it is with a file of kind `kind`.
    pub fn in_file_of_kind(self, kind: FileKind) -> Problem {
        match self {
            Problem::FileTooLarge { bytes, limit, .. } => {
                Problem::FileTooLarge { bytes, limit, kind }
            }
            other => other,
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> ReadError {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            _ => ReadError::Other(e.to_string()),
        }
    }
}

/// What a file of a pack holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Quiz,
    Role,
    /// The skill catalogue, `roles/skills.yaml`.
    Catalogue,
    /// Any other file.
    Other,
}

/// Every problem the content and answers readers report, with its data.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    // Reading a pack.
    NotAPackFolder,
    NoFolder {
        folder: String,
    },
    TooManyFiles {
        count: usize,
        max: usize,
    },
    OutsidePack,
    FileTooLarge {
        bytes: u64,
        limit: u64,
        /// What the file holds: what can be done about its size depends on it.
        kind: FileKind,
    },
    NotText,
    NotRegularFile,
    ReadFailed {
        reason: ReadError,
    },
    /// A file in `quizzes/` or `roles/` that is not read: it is not YAML.
    NotRead,
    FileEmpty,
    // YAML.
    Syntax {
        detail: String,
    },
    Tab,
    WrongType {
        expected: Expected,
    },
    UnknownField {
        field: String,
        suggestion: Option<String>,
    },
    DuplicateKey {
        key: String,
        first_line: usize,
    },
    TooDeep,
    // The pack as a whole.
    NoQuiz,
    NoRole,
    ManyDefaults {
        count: usize,
    },
    DuplicateIdAcrossFiles {
        what: IdKind,
        id: String,
        first_file: String,
    },
    // Fields.
    MissingField {
        field: String,
    },
    IdNotKebab {
        id: String,
    },
    /// A text that is empty or blank; `required`: the field cannot be left out.
    TextEmpty {
        required: bool,
    },
    TextTooLong {
        max: usize,
    },
    TextMissingLanguage {
        code: String,
    },
    DuplicateId {
        what: IdKind,
        id: String,
        first_line: usize,
    },
    // Quizzes.
    TooManyQuestions {
        count: usize,
        max: usize,
    },
    NoQuestionInforms {
        dimension: String,
    },
    FieldNotForKind {
        field: String,
        kind: String,
    },
    UnknownDimension {
        dimension: String,
        suggest: Suggest,
    },
    LikertWeightOutOfRange {
        weight: f64,
        max: f64,
    },
    UnknownQuestionKind {
        kind: String,
        suggest: Suggest,
    },
    TooFewOptions {
        min: usize,
    },
    TooManyOptions {
        max: usize,
    },
    OptionWeightOutOfRange {
        weight: f64,
        max: f64,
    },
    // Roles.
    TargetOutOfRange {
        value: f64,
    },
    MissingTarget {
        dimension: String,
    },
    ImportanceOutOfRange {
        value: f64,
    },
    OwnNeighbour,
    UnknownRole {
        role: String,
        suggestion: Option<String>,
    },
    BadExtent {
        value: String,
        suggest: Suggest,
    },
    UnknownSkill {
        skill: String,
        suggest: Suggest,
    },
    SkillListedTwice {
        skill: String,
        first_line: usize,
    },
    SkillBeforePrerequisite {
        skill: String,
        stage: usize,
        pre: String,
        pre_stage: usize,
    },
    PrerequisiteNotInRoadmap {
        skill: String,
        pre: String,
    },
    // Skills.
    BadLevel {
        level: String,
        suggest: Suggest,
    },
    HoursOutOfRange {
        hours: f64,
        max: f64,
    },
    UnknownPrerequisite {
        pre: String,
        skill: String,
        suggest: Suggest,
    },
    PrerequisiteCycle {
        cycle: Vec<String>,
    },
    BadUrl {
        url: String,
    },
    UrlWithUserInfo {
        url: String,
    },
    BadResourceKind {
        kind: String,
        suggest: Suggest,
    },
    // Quality warnings (`check::quality`).
    FewItemsForDimension {
        dimension: String,
        count: usize,
        min: usize,
    },
    FewReverseItems {
        dimension: String,
        count: usize,
        min: usize,
    },
    RoleNamedInItem {
        role: String,
    },
    InsecureUrl {
        url: String,
    },
    // Answers files.
    AnswersTooLarge {
        limit: usize,
    },
    AnswersEmpty,
    /// The answers file is not an answers document; `example` shows one.
    AnswersShape {
        detail: Option<String>,
        example: String,
    },
    WrongQuiz {
        got: String,
        want: String,
    },
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
    },
    Misfit {
        question: String,
        misfit: Misfit,
    },
}
