//! `career schema quiz|role|skills`: the JSON Schema (draft-07) of a pack
//! file, generated from the content model, for editors that complete and
//! check YAML as it is typed (yaml-language-server and others).

use crate::cli::args::SchemaArgs;
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render::schema;

pub fn run(_ctx: &Context, args: SchemaArgs) -> CommandResult {
    print(&schema::json(args.kind));
    Ok(())
}
