//! Reading one locale folder and checking it against the English master:
//! the same message ids, each with the same variables.

use super::{LocaleMeta, FTL_FILE, META_FILE};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

pub(super) struct LocaleSource {
    pub code: String,
    pub tag: LanguageIdentifier,
    pub meta: LocaleMeta,
    pub ftl_path: PathBuf,
    pub resource: FluentResource,
    /// Line and column of each message id, for pointing at it.
    pub positions: BTreeMap<String, (u64, u64)>,
}

/// Variables the program passes to a message that a locale may use even
/// though English does not need them: the hour a closed line opens (0–23),
/// for languages whose article or preposition agrees with it (Spanish "a la
/// 1:00" but "a las 9:00").
const OPTIONAL_VARIABLES: &[(&str, &str)] = &[
    ("support-opens", "opens_hour"),
    ("summary-opens", "opens_hour"),
];

/// Message id → the variables it uses.
pub(super) type Shape = BTreeMap<String, BTreeSet<String>>;

pub(super) fn read_locale(folder: &Path, diagnostics: &mut Diagnostics) -> Option<LocaleSource> {
    let code = folder.file_name()?.to_string_lossy().into_owned();
    let ftl_path = folder.join(FTL_FILE);
    let meta_path = folder.join(META_FILE);
    let tag: Option<LanguageIdentifier> = code
        .parse()
        .ok()
        .filter(|tag: &LanguageIdentifier| tag.to_string() == code);
    if tag.is_none() {
        diagnostics.push(Diagnostic::error(
            folder,
            0,
            0,
            format!("folder name `{code}` is not a canonical BCP 47 tag (e.g. nl, pt-BR, zh-Hant)"),
        ));
    }
    let meta = read_meta(&meta_path, diagnostics);
    let source = match std::fs::read_to_string(&ftl_path) {
        Ok(source) => source,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                &ftl_path,
                0,
                0,
                format!("cannot read: {error}"),
            ));
            return None;
        }
    };
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let position = |offset: usize| -> (u64, u64) {
        let line = line_starts.partition_point(|&start| start <= offset);
        let start = line_starts[line.saturating_sub(1)];
        let column = source
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line as u64, column as u64)
    };
    let resource = match FluentResource::try_new(source.clone()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            for error in errors {
                let (line, column) = position(error.pos.start);
                diagnostics.push(Diagnostic::error(
                    &ftl_path,
                    line,
                    column,
                    format!("Fluent syntax: {}", error.kind),
                ));
            }
            return None;
        }
    };
    let mut positions = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let offset = message.id.name.as_ptr() as usize - source_start(&resource);
            positions.insert(message.id.name.to_string(), position(offset));
        }
    }
    Some(LocaleSource {
        code,
        tag: tag?,
        meta: meta?,
        ftl_path,
        resource,
        positions,
    })
}

/// The resource keeps its own copy of the source; ids borrow from it, so the
/// distance from its start is the byte offset of an id.
fn source_start(resource: &FluentResource) -> usize {
    resource.source().as_ptr() as usize
}

fn read_meta(path: &Path, diagnostics: &mut Diagnostics) -> Option<LocaleMeta> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                path,
                0,
                0,
                format!(
                    "cannot read ({error}); every locale needs native_name, direction and reviewed"
                ),
            ));
            return None;
        }
    };
    serde_saphyr::from_str::<LocaleMeta>(&text)
        .map_err(|error| {
            let (line, column) = error
                .location()
                .map(|l| (l.line(), l.column()))
                .unwrap_or((1, 1));
            let rendered = error.without_snippet().to_string();
            let message = rendered
                .lines()
                .next()
                .unwrap_or("invalid YAML")
                .to_string();
            diagnostics.push(Diagnostic::error(
                path,
                line,
                column,
                format!("YAML: {message}"),
            ));
        })
        .ok()
}

pub(super) fn shape(source: &LocaleSource) -> Shape {
    let mut shape = Shape::new();
    for entry in source.resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            shape.insert(message.id.name.to_string(), variables);
        }
    }
    shape
}

pub(super) fn compare_with_master(
    source: &LocaleSource,
    master: &Shape,
    diagnostics: &mut Diagnostics,
) {
    let own = shape(source);
    let path = &source.ftl_path;
    for (id, variables) in master {
        match own.get(id) {
            None => diagnostics.push(Diagnostic::error(
                path,
                0,
                0,
                format!(
                    "message `{id}` is missing; every locale needs every message of locales/en"
                ),
            )),
            Some(own_variables) => {
                let (line, column) = source.positions.get(id).copied().unwrap_or((0, 0));
                for missing in variables.difference(own_variables) {
                    diagnostics.push(Diagnostic::error(
                        path,
                        line,
                        column,
                        format!(
                            "message `{id}` does not use `${missing}`, which the English text uses"
                        ),
                    ));
                }
                let optional = |name: &String| {
                    OPTIONAL_VARIABLES
                        .iter()
                        .any(|(message, variable)| message == id && variable == name)
                };
                for extra in own_variables
                    .difference(variables)
                    .filter(|name| !optional(name))
                {
                    diagnostics.push(Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("message `{id}` uses `${extra}`, which the program does not pass"),
                    ));
                }
            }
        }
    }
    for id in own.keys().filter(|id| !master.contains_key(*id)) {
        let (line, column) = source.positions.get(id).copied().unwrap_or((0, 0));
        diagnostics.push(Diagnostic::error(
            path,
            line,
            column,
            format!("message `{id}` is not in locales/en; remove it or add it there first"),
        ));
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        _ => {}
    }
}
