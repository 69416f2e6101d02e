/// Formats a message in the requested language: `tr!(lang, "en {x}", "id {x}")`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $en:literal, $id:literal) => {
        match $lang {
            $crate::i18n::Lang::Id => format!($id),
            $crate::i18n::Lang::En => format!($en),
        }
    };
}
