//! The supportive text in every shipped locale: it parses, has the shape of
//! `locales/en`, renders for every value the program passes, is really in
//! its own language, never uses a banned phrasing, and is what a lookup in
//! that locale (or a regional or script variant of it) answers with.
//!
//! The Fluent checks below deliberately do not go through the program's own
//! checker (`crisis_lookup::text`): they walk the syntax tree and render with
//! `fluent_bundle` themselves, so that a bug in the checker cannot hide a bug
//! in a locale.

use crate::helpers::{repo_path, spawn_app, spawn_app_at, TestApp};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;
use unic_langid::LanguageIdentifier;

// ---------------------------------------------------------------------------
// Reading the locales straight from disk.

struct LocaleFiles {
    /// The folder name: "nl", "pt-BR", "zh-Hant".
    code: String,
    ftl_path: PathBuf,
    ftl: String,
    /// `direction` from locale.yaml.
    direction: String,
}

impl LocaleFiles {
    /// The primary language subtag: "pt" for "pt-BR".
    fn language(&self) -> &str {
        self.code.split('-').next().unwrap_or(&self.code)
    }
}

fn shipped_locales() -> Vec<LocaleFiles> {
    let dir = repo_path("locales");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    folders
        .into_iter()
        .map(|folder| {
            let code = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ftl_path = folder.join("crisis.ftl");
            let ftl = std::fs::read_to_string(&ftl_path)
                .unwrap_or_else(|e| panic!("{}: {e}", ftl_path.display()));
            let meta_path = folder.join("locale.yaml");
            let meta: Value = serde_saphyr::from_str(
                &std::fs::read_to_string(&meta_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display())),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()));
            let direction = meta["direction"].as_str().unwrap_or_default().to_string();
            LocaleFiles {
                code,
                ftl_path,
                ftl,
                direction,
            }
        })
        .collect()
}

fn english(locales: &[LocaleFiles]) -> &LocaleFiles {
    locales
        .iter()
        .find(|l| l.code == "en")
        .unwrap_or_else(|| panic!("locales/en is the master locale and must exist"))
}

// ---------------------------------------------------------------------------
// The shape of a locale, from its syntax tree.

/// Variables the service passes that a locale may use and select on though
/// English does not (as `src/text/check.rs` allows them): the hour a closed
/// line opens, for "a la 01:00" against "a las 15:00".
const OPTIONAL_VARIABLES: &[(&str, &str)] = &[
    ("support-opens", "opens_hour"),
    ("summary-opens", "opens_hour"),
];

/// `shape` of message `id` without the variables it may use optionally.
fn without_optional_variables(id: &str, shape: &MessageShape) -> MessageShape {
    let mut shape = shape.clone();
    for (_, variable) in OPTIONAL_VARIABLES
        .iter()
        .filter(|(message, _)| *message == id)
    {
        shape.variables.remove(*variable);
        shape.selectors.remove(&format!("${variable}"));
    }
    shape
}

/// What one message needs from the program and offers to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct MessageShape {
    variables: BTreeSet<String>,
    /// Selector variable → its variant keys, and the default key.
    selectors: BTreeMap<String, (BTreeSet<String>, String)>,
    /// Other messages it places (`{ support-reach }`).
    references: BTreeSet<String>,
}

type Shape = BTreeMap<String, MessageShape>;

fn shape_of(locale: &LocaleFiles) -> Result<Shape, String> {
    let resource = fluent_syntax::parser::parse(locale.ftl.as_str()).map_err(|(_, errors)| {
        let errors: Vec<String> = errors.iter().map(|e| format!("{:?}", e.kind)).collect();
        format!("{}: {}", locale.ftl_path.display(), errors.join("; "))
    })?;
    let mut shape = Shape::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut out = MessageShape::default();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut out);
                }
                for attribute in &message.attributes {
                    walk_pattern(&attribute.value, &mut out);
                }
                if shape.insert(message.id.name.to_string(), out).is_some() {
                    return Err(format!(
                        "{}: message `{}` is defined twice",
                        locale.ftl_path.display(),
                        message.id.name
                    ));
                }
            }
            ast::Entry::Junk { content } => {
                return Err(format!(
                    "{}: unparsable text `{content}`",
                    locale.ftl_path.display()
                ))
            }
            _ => {}
        }
    }
    Ok(shape)
}

fn walk_pattern(pattern: &ast::Pattern<&str>, out: &mut MessageShape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, out: &mut MessageShape) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            let name = match selector {
                ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
                other => format!("{other:?}"),
            };
            let key = |variant: &ast::Variant<&str>| match &variant.key {
                ast::VariantKey::Identifier { name } => name.to_string(),
                ast::VariantKey::NumberLiteral { value } => value.to_string(),
            };
            let keys: BTreeSet<String> = variants.iter().map(key).collect();
            let default = variants
                .iter()
                .find(|v| v.default)
                .map(key)
                .unwrap_or_default();
            let entry = out
                .selectors
                .entry(name)
                .or_insert_with(|| (BTreeSet::new(), default));
            entry.0.extend(keys);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, out: &mut MessageShape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            out.references.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, out);
            }
            for named in &arguments.named {
                walk_inline(&named.value, out);
            }
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            for argument in arguments.iter().flat_map(|a| &a.positional) {
                walk_inline(argument, out);
            }
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

// ---------------------------------------------------------------------------
// Rendering with sample data for every value the program passes.

const DIRECTORY: &str = "https://findahelpline.com";
const LINE_NAME: &str = "Tele-Onthaal";
const PHONE: &str = "1813";
const SMS: &str = "741741";
const WHATSAPP: &str = "+32 470 12 34 56";
const CHAT: &str = "https://example.org/chat";
const OPENS_AT: &str = "09:00";
const CLOSES_AT: &str = "22:30";
const EMERGENCY: &str = "112";
const FROM: &str = "10:00";
const TO: &str = "21:00";
/// The day keys the program passes as `$first` and `$last`.
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/// The values the program passes as `$opens_day`.
const OPENS_DAYS: [&str; 9] = [
    "today", "tomorrow", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];

/// One set of arguments, with what the rendered text must then contain.
struct Case {
    label: String,
    args: FluentArgs<'static>,
    /// (message id, text that must appear in it)
    expect: Vec<(&'static str, &'static str)>,
}

/// Every combination of the supportive message's selectors, then every
/// combination of the line summary's, then every form of the week in words
/// with every day first and last. Each case passes every variable, so any
/// message can be rendered with any case.
fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for line_state in ["open", "closed", "unknown", "none"] {
        for name_form in ["text", "label"] {
            for country_known in ["yes", "no"] {
                for reach in ["call", "text", "chat", "whatsapp", "web"] {
                    for free in ["yes", "unknown"] {
                        for emergency in [EMERGENCY, "none"] {
                            let contact = match reach {
                                "chat" | "web" => CHAT,
                                _ => PHONE,
                            };
                            let mut args = summary_args("always", "none", "none", "no", free);
                            message_args(&mut args);
                            args.set("line_state", line_state);
                            args.set("name_form", name_form);
                            args.set("reach", reach);
                            args.set("contact", contact);
                            args.set("free", free);
                            args.set("emergency", emergency);
                            args.set("country_known", country_known);
                            if line_state != "closed" {
                                args.set("opens_day", "none");
                                args.set("opens_at", "none");
                                args.set("opens_hour", -1);
                            }
                            let mut expect = Vec::new();
                            if line_state == "none" {
                                expect.push(("support-message", DIRECTORY));
                            } else {
                                expect.push(("support-message", LINE_NAME));
                                expect.push(("support-message", contact));
                            }
                            if line_state == "closed" {
                                expect.push(("support-message", OPENS_AT));
                            }
                            if emergency != "none" {
                                expect.push(("support-message", EMERGENCY));
                            }
                            cases.push(Case {
                                label: format!(
                                    "line_state={line_state} name_form={name_form} country_known={country_known} reach={reach} free={free} emergency={emergency}"
                                ),
                                args,
                                expect,
                            });
                        }
                    }
                }
            }
        }
    }
    // A closed line on every day it can open again.
    for opens_day in OPENS_DAYS {
        for name_form in ["text", "label"] {
            let mut args = summary_args("closed", PHONE, "none", "no", "yes");
            message_args(&mut args);
            args.set("line_state", "closed");
            args.set("name_form", name_form);
            args.set("opens_day", opens_day);
            cases.push(Case {
                label: format!("line_state=closed name_form={name_form} opens_day={opens_day}"),
                args,
                expect: vec![
                    ("support-message", OPENS_AT),
                    ("support-message", LINE_NAME),
                    ("line-summary", OPENS_AT),
                ],
            });
        }
    }
    for phone in [PHONE, "none"] {
        for sms in [SMS, "none"] {
            for whatsapp in [WHATSAPP, "none"] {
                for chat in ["yes", "no"] {
                    for free in ["yes", "unknown"] {
                        for hours in ["always", "open", "closed", "unknown"] {
                            let mut args = summary_args(hours, phone, sms, chat, free);
                            args.set("whatsapp", whatsapp);
                            let mut expect = Vec::new();
                            for (value, shown) in [(phone, PHONE), (sms, SMS), (whatsapp, WHATSAPP)]
                            {
                                if value != "none" {
                                    expect.push(("line-summary", shown));
                                }
                            }
                            match hours {
                                "open" => expect.push(("line-summary", CLOSES_AT)),
                                "closed" => expect.push(("line-summary", OPENS_AT)),
                                _ => {}
                            }
                            // The supportive message's variables, fixed.
                            message_args(&mut args);
                            cases.push(Case {
                                label: format!(
                                    "phone={phone} sms={sms} whatsapp={whatsapp} chat={chat} free={free} hours={hours}"
                                ),
                                args,
                                expect,
                            });
                        }
                    }
                }
            }
        }
    }
    let mut schedules = vec![("daily", "none", "none"), ("none", "none", "none")];
    for (i, day) in DAYS.iter().enumerate() {
        schedules.push(("days", day, DAYS[(i + 4) % 7]));
        schedules.push(("day", day, day));
    }
    for hours in ["open", "closed"] {
        for &(schedule, first, last) in &schedules {
            let mut args = summary_args(hours, PHONE, "none", "no", "yes");
            args.set("schedule", schedule);
            args.set("first", first);
            args.set("last", last);
            let shown = schedule != "none";
            args.set("from", if shown { FROM } else { "none" });
            args.set("to", if shown { TO } else { "none" });
            message_args(&mut args);
            let mut expect = vec![("line-summary", PHONE)];
            expect.push(match hours {
                "open" => ("line-summary", CLOSES_AT),
                _ => ("line-summary", OPENS_AT),
            });
            if shown {
                expect.extend([("line-summary", FROM), ("line-summary", TO)]);
            }
            cases.push(Case {
                label: format!("hours={hours} schedule={schedule} first={first} last={last}"),
                args,
                expect,
            });
        }
    }
    cases
}

/// The supportive message's variables: an open line, named as a label, and
/// when it is closed, the day and time it opens again.
fn message_args(args: &mut FluentArgs<'static>) {
    args.set("line_state", "open");
    args.set("line_name", LINE_NAME);
    args.set("name_form", "label");
    args.set("reach", "call");
    args.set("contact", PHONE);
    args.set("emergency", EMERGENCY);
    args.set("country_known", "yes");
    args.set("directory", DIRECTORY);
    args.set("opens_day", "tomorrow");
    args.set("opens_at", OPENS_AT);
    args.set("opens_hour", 9);
}

/// The page fills these in; any value renders.
fn preview_args(args: &mut FluentArgs<'static>) {
    for (name, value) in [
        ("examples", "suicide, grief"),
        ("error", "503: Service Unavailable"),
        ("code", "BE"),
        ("source", "message"),
        ("count", "3"),
        ("total", "205"),
        ("covered", "153"),
        ("uncovered", "52"),
        ("reviewed", "0"),
        ("number", PHONE),
        ("list", "nl, fr"),
        ("times", "mon-fri 09:00-17:00 (Europe/Brussels)"),
        ("date", "2026-11-28"),
        ("stale", "120"),
    ] {
        args.set(name, value);
    }
}

fn summary_args(
    hours: &'static str,
    phone: &'static str,
    sms: &'static str,
    chat: &'static str,
    free: &'static str,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("phone", phone);
    args.set("sms", sms);
    args.set("whatsapp", "none");
    args.set("chat", chat);
    args.set("free", free);
    args.set("hours", hours);
    let (closes_at, opens_at) = match hours {
        "open" => (CLOSES_AT, "none"),
        "closed" => ("none", OPENS_AT),
        _ => ("none", "none"),
    };
    args.set("closes_at", closes_at);
    args.set("opens_at", opens_at);
    for name in ["schedule", "first", "last", "from", "to"] {
        args.set(name, "none");
    }
    preview_args(&mut args);
    args
}

fn bundle_of(locale: &LocaleFiles) -> FluentBundle<FluentResource> {
    let tag: LanguageIdentifier = locale
        .code
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e:?}", locale.code));
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No isolation marks: the text is checked character by character.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(locale.ftl.clone())
        .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", locale.ftl_path.display()));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("{}: {e:?}", locale.ftl_path.display()));
    bundle
}

/// Renders `id`; `Err` with the Fluent errors or the leftover syntax.
fn render(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs,
) -> Result<String, String> {
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("no message `{id}` with a value"))?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if !errors.is_empty() {
        return Err(format!("Fluent errors {errors:?} in `{text}`"));
    }
    if let Some(c) = text.chars().find(|c| matches!(c, '{' | '}' | '$')) {
        return Err(format!("leftover `{c}` in `{text}`"));
    }
    Ok(text.into_owned())
}

// ---------------------------------------------------------------------------
// Phrasings no locale may use (docs/SAFE-MESSAGING.md, "Never").

enum Banned {
    /// Appears as is (case-insensitive).
    Phrase(&'static str),
    /// Both stems in one sentence: for languages that inflect the verb
    /// ("popełnić", "popełnił", "popełniła" … "samobójstwo", "samobójstwa").
    Near(&'static str, &'static str),
}

use Banned::{Near, Phrase};

/// Per language: at least the "commit suicide" framing (a crime or a sin),
/// and where the language has them, "successful"/"failed" suicide.
/// Forms are lower case. Checked against every locale, not only its own.
const BANNED: &[(&str, &[Banned])] = &[
    (
        "en",
        &[
            Phrase("commit suicide"),
            Phrase("committed suicide"),
            Phrase("commits suicide"),
            Phrase("committing suicide"),
            Phrase("successful suicide"),
            Phrase("unsuccessful suicide"),
            Phrase("successful attempt"),
            Phrase("failed attempt"),
            Phrase("unsuccessful attempt"),
            Phrase("failed suicide"),
            Phrase("completed suicide"),
            Phrase("suicide victim"),
            Phrase("think of your family"),
            Phrase("selfish"),
            Phrase("coward"),
        ],
    ),
    (
        "nl",
        &[
            Phrase("zelfmoord plegen"),
            Phrase("zelfmoord te plegen"),
            Phrase("zelfmoord pleegt"),
            Phrase("zelfmoord pleegde"),
            Phrase("zelfmoord gepleegd"),
            Phrase("pleegt zelfmoord"),
            Phrase("pleeg zelfmoord"),
            Phrase("pleegde zelfmoord"),
            Phrase("geslaagde zelfmoord"),
            Phrase("mislukte poging"),
            Phrase("mislukte zelfmoord"),
        ],
    ),
    (
        "af",
        &[
            Near("pleeg", "selfmoord"),
            Phrase("suksesvolle selfmoord"),
            Phrase("mislukte poging"),
        ],
    ),
    (
        "de",
        &[
            // German lines say "Suizid" or "sich das Leben nehmen".
            Phrase("selbstmord"),
            Phrase("freitod"),
            Near("begeh", "suizid"),
            Near("begang", "suizid"),
            Near("beging", "suizid"),
            Phrase("erfolgreicher suizid"),
            Phrase("gescheiterter versuch"),
            Phrase("missglückter versuch"),
        ],
    ),
    (
        "fr",
        &[
            Phrase("commettre un suicide"),
            Phrase("commettre le suicide"),
            Phrase("commis un suicide"),
            Phrase("commet un suicide"),
            Phrase("suicide réussi"),
            Phrase("tentative ratée"),
            Phrase("tentative échouée"),
        ],
    ),
    (
        "es",
        &[
            Phrase("cometer suicidio"),
            Phrase("cometer un suicidio"),
            Phrase("cometer el suicidio"),
            Phrase("cometió suicidio"),
            Phrase("comete suicidio"),
            Phrase("suicidio exitoso"),
            Phrase("intento fallido"),
        ],
    ),
    (
        "ca",
        &[
            Near("comet", "suïcidi"),
            Phrase("suïcidi reeixit"),
            Phrase("intent fallit"),
        ],
    ),
    (
        "pt",
        &[
            Phrase("cometer suicídio"),
            Phrase("cometer o suicídio"),
            Phrase("cometer um suicídio"),
            Phrase("cometeu suicídio"),
            Phrase("comete suicídio"),
            Phrase("suicídio bem-sucedido"),
            Phrase("tentativa fracassada"),
            Phrase("tentativa falhada"),
        ],
    ),
    (
        "it",
        &[
            Phrase("commettere suicidio"),
            Phrase("commettere il suicidio"),
            Phrase("commesso suicidio"),
            Phrase("commette suicidio"),
            Phrase("suicidio riuscito"),
            Phrase("tentativo fallito"),
        ],
    ),
    (
        "ro",
        &[
            Near("comit", "suicid"),
            Near("comis", "suicid"),
            Phrase("sinucidere reușită"),
            Phrase("tentativă eșuată"),
        ],
    ),
    (
        "pl",
        &[
            Phrase("popełnić samobójstwo"),
            Near("popełni", "samobójstw"),
            Phrase("udane samobójstwo"),
            Phrase("nieudana próba"),
        ],
    ),
    (
        "cs",
        &[
            Near("spách", "sebevražd"),
            Phrase("úspěšná sebevražda"),
            Phrase("nepovedený pokus"),
        ],
    ),
    (
        "sk",
        &[Near("spách", "samovražd"), Phrase("úspešná samovražda")],
    ),
    (
        "hr",
        &[
            Near("počini", "samoubojstv"),
            Phrase("uspješno samoubojstvo"),
        ],
    ),
    (
        "sr",
        &[
            Near("изврш", "самоубиств"),
            Near("izvrš", "samoubistv"),
            Near("почин", "самоубиств"),
        ],
    ),
    (
        "bg",
        &[
            Near("извърш", "самоубийств"),
            Phrase("успешно самоубийство"),
        ],
    ),
    (
        "ru",
        &[
            Phrase("совершить самоубийство"),
            Near("соверш", "самоубийств"),
            Near("соверш", "суицид"),
            Phrase("успешное самоубийство"),
            Phrase("неудачная попытка"),
        ],
    ),
    (
        "uk",
        &[
            Phrase("вчинити самогубство"),
            Near("вчин", "самогубств"),
            Near("скої", "самогубств"),
            Phrase("успішне самогубство"),
            Phrase("невдала спроба"),
        ],
    ),
    (
        "el",
        &[
            Near("διαπρ", "αυτοκτον"),
            Near("διέπρ", "αυτοκτον"),
            Phrase("επιτυχημένη αυτοκτονία"),
        ],
    ),
    (
        "hu",
        &[
            Near("öngyilkosság", "követ el"),
            Near("öngyilkosság", "elkövet"),
            Phrase("sikeres öngyilkosság"),
            Phrase("sikertelen kísérlet"),
        ],
    ),
    (
        "fi",
        &[
            // Finnish has no crime verb; "succeeded"/"failed" is the framing to avoid.
            Phrase("onnistunut itsemurha"),
            Phrase("epäonnistunut itsemurha"),
            Phrase("epäonnistunut yritys"),
        ],
    ),
    (
        "sv",
        &[
            Near("begå", "självmord"),
            Near("begick", "självmord"),
            Phrase("lyckat självmord"),
            Phrase("misslyckat försök"),
        ],
    ),
    (
        "da",
        &[
            Near("begå", "selvmord"),
            Near("begik", "selvmord"),
            Phrase("vellykket selvmord"),
            Phrase("mislykket forsøg"),
        ],
    ),
    (
        "nb",
        &[
            Near("begå", "selvmord"),
            Near("begikk", "selvmord"),
            Phrase("vellykket selvmord"),
            Phrase("mislykket forsøk"),
        ],
    ),
    (
        "tr",
        &[
            // "intihar etmek" and its forms (etti, etmeyi, eden…).
            Phrase("intihar et"),
            Phrase("intihar girişiminde başarısız"),
            Phrase("başarılı intihar"),
        ],
    ),
    (
        "ar",
        &[
            Near("ارتكا", "انتحار"),
            Near("ارتكب", "انتحار"),
            Near("يرتكب", "انتحار"),
            Near("ترتكب", "انتحار"),
            Phrase("انتحار ناجح"),
        ],
    ),
    (
        "he",
        &[
            Near("לבצע", "התאבדות"),
            Near("ביצע", "התאבדות"),
            Phrase("התאבדות מוצלחת"),
        ],
    ),
    (
        "fa",
        &[
            Near("مرتکب", "خودکشی"),
            Near("ارتکاب", "خودکشی"),
            Phrase("خودکشی موفق"),
        ],
    ),
    (
        "ur",
        &[
            Near("ارتکاب", "خودکشی"),
            Near("ارتکاب", "خود کشی"),
            Near("مرتکب", "خودکشی"),
        ],
    ),
    (
        "hi",
        &[
            Near("आत्महत्या", "अपराध"),
            Near("आत्महत्या", "पाप"),
            Phrase("सफल आत्महत्या"),
        ],
    ),
    (
        "bn",
        &[
            Near("আত্মহত্যা", "অপরাধ"),
            Near("আত্মহত্যা", "পাপ"),
            Phrase("সফল আত্মহত্যা"),
        ],
    ),
    (
        "pa",
        &[
            Near("ਖੁਦਕੁਸ਼ੀ", "ਅਪਰਾਧ"),
            Near("ਖ਼ੁਦਕੁਸ਼ੀ", "ਅਪਰਾਧ"),
            Near("ਆਤਮਹੱਤਿਆ", "ਅਪਰਾਧ"),
            Near("ਖੁਦਕੁਸ਼ੀ", "ਪਾਪ"),
        ],
    ),
    (
        "ta",
        &[
            Near("தற்கொலை", "குற்றம்"),
            Near("தற்கொலை", "பாவம்"),
            Phrase("வெற்றிகரமான தற்கொலை"),
        ],
    ),
    (
        "th",
        &[
            // ก่อเหตุ: "perpetrate", the crime-report framing.
            Near("ก่อเหตุ", "ฆ่าตัวตาย"),
            Phrase("กระทำอัตวินิบาตกรรม"),
            Phrase("ฆ่าตัวตายสำเร็จ"),
        ],
    ),
    (
        "ja",
        &[
            Phrase("自殺を犯"),
            Phrase("自殺を遂げ"),
            Phrase("自殺に成功"),
            Phrase("自殺に失敗"),
        ],
    ),
    (
        "ko",
        &[
            Phrase("자살을 저지르"),
            Phrase("자살을 저질"),
            Phrase("자살을 범하"),
            Phrase("자살에 성공"),
            Phrase("자살에 실패"),
        ],
    ),
    (
        "zh",
        &[
            Phrase("自杀成功"),
            Phrase("自殺成功"),
            Phrase("犯下自杀"),
            Phrase("犯下自殺"),
            Phrase("自杀未遂失败"),
            // "Making light of one's life": judges the person.
            Phrase("轻生"),
            Phrase("輕生"),
        ],
    ),
    (
        "vi",
        &[
            Phrase("tự tử thành công"),
            Phrase("tự sát thành công"),
            Near("phạm tội", "tự tử"),
            Near("phạm tội", "tự sát"),
        ],
    ),
    (
        "id",
        &[
            Phrase("berhasil bunuh diri"),
            Phrase("gagal bunuh diri"),
            Phrase("aksi bunuh diri"),
            Near("kejahatan", "bunuh diri"),
        ],
    ),
    (
        "ms",
        &[
            Phrase("berjaya membunuh diri"),
            Phrase("berjaya bunuh diri"),
            Phrase("gagal membunuh diri"),
            Near("jenayah", "bunuh diri"),
        ],
    ),
    (
        "tl",
        &[
            Phrase("matagumpay na pagpapakamatay"),
            Near("krimen", "pagpapakamatay"),
            Near("kasalanan", "pagpapakamatay"),
        ],
    ),
    (
        "sw",
        &[
            Phrase("kosa la kujiua"),
            Phrase("uhalifu wa kujiua"),
            Phrase("kujiua kwa mafanikio"),
        ],
    ),
    // Languages added with the 2026-12 locales: the crime or sin framing
    // ("commit", "crime", "sin") next to the word for suicide, and
    // "successful suicide" where the language has the phrase.
    (
        "sq",
        &[
            Near("kry", "vetëvras"),
            Near("vetëvras", "krim"),
            Phrase("vetëvrasje e suksesshme"),
        ],
    ),
    (
        "bs",
        &[
            Near("počini", "samoubist"),
            Near("izvrši", "samoubist"),
            Phrase("uspješno samoubistvo"),
        ],
    ),
    (
        "sl",
        &[
            Near("stori", "samomor"),
            Near("zagreši", "samomor"),
            Phrase("uspešen samomor"),
        ],
    ),
    (
        "et",
        &[Near("soorit", "enesetap"), Phrase("õnnestunud enesetapp")],
    ),
    (
        "lv",
        &[Near("izdarī", "pašnāvīb"), Phrase("veiksmīga pašnāvība")],
    ),
    (
        "lt",
        &[
            Near("įvykd", "savižudyb"),
            Near("savižudyb", "nusikaltim"),
            Phrase("sėkminga savižudybė"),
        ],
    ),
    (
        "mk",
        &[
            Near("изврш", "самоубиств"),
            Near("стор", "самоубиств"),
            Phrase("успешно самоубиство"),
        ],
    ),
    (
        "is",
        &[
            Near("frem", "sjálfsvíg"),
            Near("framd", "sjálfsvíg"),
            Phrase("heppnað sjálfsvíg"),
        ],
    ),
    (
        "be",
        &[
            Near("здзейсн", "самагубств"),
            Phrase("паспяховае самагубства"),
        ],
    ),
    (
        "hy",
        &[
            Near("ինքնասպանություն", "գործ"),
            Near("ինքնասպանություն", "հանցագործ"),
        ],
    ),
    (
        "ka",
        &[
            Near("ჩაიდ", "თვითმკვლელობ"),
            Near("თვითმკვლელობ", "დანაშაულ"),
        ],
    ),
    (
        "az",
        &[
            Near("intihar", "cinayət"),
            Near("intihar", "günah"),
            Phrase("uğurlu intihar"),
        ],
    ),
    (
        "kk",
        &[
            Near("суицид", "қылмыс"),
            Near("өз-өзіне қол жұмсау", "күнә"),
            Near("суицид", "күнә"),
        ],
    ),
    ("ky", &[Near("суицид", "кылмыш"), Near("суицид", "күнөө")]),
    ("tg", &[Near("худкушӣ", "ҷиноят"), Near("худкушӣ", "гуноҳ")]),
    (
        "mn",
        &[
            Near("амиа хорло", "гэмт хэрэг"),
            Near("амиа хорло", "нүгэл"),
        ],
    ),
    (
        "uz",
        &[
            Near("oʻz joniga qasd", "jinoyat"),
            Near("suitsid", "jinoyat"),
            Near("oʻz joniga qasd", "gunoh"),
        ],
    ),
    (
        "ne",
        &[
            Near("आत्महत्या", "अपराध"),
            Near("आत्महत्या", "पाप"),
            Phrase("सफल आत्महत्या"),
        ],
    ),
    ("si", &[Near("සියදිවි", "අපරාධ"), Near("සියදිවි", "පාප")]),
    ("ps", &[Near("ځان وژنه", "جرم"), Near("ځان وژنه", "ګناه")]),
    ("my", &[Near("သတ်သေ", "ရာဇဝတ်"), Near("သတ်သေ", "အပြစ်")]),
    ("km", &[Near("អត្តឃាត", "ឧក្រិដ្ឋ"), Near("អត្តឃាត", "បាប")]),
    ("lo", &[Near("ຂ້າຕົວຕາຍ", "ອາຊະຍາກຳ"), Near("ຂ້າຕົວຕາຍ", "ບາບ")]),
    ("am", &[Near("ራስን ማጥፋት", "ወንጀል"), Near("ራስን ማጥፋት", "ኃጢአት")]),
    ("so", &[Near("is-dil", "dembi"), Near("isdil", "dembi")]),
    ("rw", &[Near("kwiyahura", "icyaha")]),
    (
        "mg",
        &[
            Near("famonoan-tena", "heloka"),
            Near("famonoan-tena", "ota"),
        ],
    ),
    (
        "zu",
        &[Near("ukuzibulala", "icala"), Near("ukuzibulala", "isono")],
    ),
    (
        "ht",
        &[
            Phrase("komèt swisid"),
            Near("swisid", "krim"),
            Near("swisid", "peche"),
        ],
    ),
    (
        "st",
        &[
            Near("ho ipolaya", "tlolo ya molao"),
            Near("ho ipolaya", "sebe"),
        ],
    ),
    (
        "mt",
        &[Near("kkommett", "suwiċidju"), Phrase("suwiċidju b'suċċess")],
    ),
    ("lb", &[Phrase("selbstmord"), Near("begaang", "suizid")]),
];

/// Method, means and lethality words, in English (whole words).
const ENGLISH_METHOD_WORDS: &[&str] = &[
    "overdose",
    "overdosing",
    "pill",
    "pills",
    "tablets",
    "dose",
    "lethal",
    "painless",
    "hang",
    "hanging",
    "hanged",
    "noose",
    "rope",
    "ligature",
    "jump",
    "jumping",
    "bridge",
    "cliff",
    "roof",
    "gun",
    "guns",
    "firearm",
    "shoot",
    "bullet",
    "knife",
    "knives",
    "razor",
    "blade",
    "cut",
    "cutting",
    "slit",
    "wrist",
    "wrists",
    "poison",
    "poisoning",
    "pesticide",
    "bleach",
    "gas",
    "suffocate",
    "suffocation",
    "drown",
    "drowning",
    "train",
    "tracks",
    "method",
    "methods",
];

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '。', '！', '？', '।', '؟', '\n'])
}

/// The banned phrasings `text` contains, with the language that lists them.
fn banned_in(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    for (language, list) in BANNED {
        for banned in *list {
            match banned {
                Phrase(phrase) if lower.contains(phrase) => {
                    found.push(format!("{language}: \"{phrase}\""));
                }
                Near(a, b) if sentences(&lower).any(|s| s.contains(a) && s.contains(b)) => {
                    found.push(format!("{language}: \"{a}\" … \"{b}\""));
                }
                _ => {}
            }
        }
    }
    found
}

fn method_words_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words: HashSet<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .collect();
    ENGLISH_METHOD_WORDS
        .iter()
        .copied()
        .filter(|w| words.contains(w))
        .collect()
}

// ---------------------------------------------------------------------------
// Tests that read the files.

#[test]
fn every_locale_parses_and_the_programs_catalog_accepts_them_all() {
    let dir = repo_path("locales");
    let (catalog, warnings) = crisis_lookup::text::Catalog::load(&dir)
        .unwrap_or_else(|errors| panic!("the catalog refuses locales/:\n{errors:?}"));
    assert!(!warnings.has_errors(), "{warnings:?}");
    let locales = shipped_locales();
    let mut loaded: Vec<&str> = catalog.locales().iter().map(|l| l.code.as_str()).collect();
    loaded.sort_unstable();
    let on_disk: Vec<&str> = locales.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(loaded, on_disk, "every folder is a loaded locale");
    assert!(locales.len() >= 40, "{} locales", locales.len());

    let mut problems = Vec::new();
    for locale in &locales {
        if let Err((_, errors)) = fluent_syntax::parser::parse(locale.ftl.as_str()) {
            problems.push(format!("{}: {errors:?}", locale.ftl_path.display()));
        }
        if !matches!(locale.direction.as_str(), "ltr" | "rtl") {
            problems.push(format!("{}: direction `{}`", locale.code, locale.direction));
        }
        let rtl = matches!(
            locale.language(),
            "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ug" | "ckb"
        );
        if rtl != (locale.direction == "rtl") {
            problems.push(format!(
                "{}: direction `{}` does not fit the language's script",
                locale.code, locale.direction
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_has_the_english_message_ids_variables_and_variant_keys() {
    let locales = shipped_locales();
    let master = shape_of(english(&locales)).unwrap_or_else(|e| panic!("{e}"));
    assert!(master.contains_key("support-message") && master.contains_key("line-summary"));
    let mut problems = Vec::new();
    for locale in &locales {
        let shape = match shape_of(locale) {
            Ok(shape) => shape,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let code = &locale.code;
        for (id, expected) in &master {
            let Some(own) = shape.get(id) else {
                problems.push(format!("{code}: message `{id}` is missing"));
                continue;
            };
            let own = without_optional_variables(id, own);
            if own.variables != expected.variables {
                problems.push(format!(
                    "{code}: `{id}` uses {:?}, English uses {:?}",
                    own.variables, expected.variables
                ));
            }
            if own.selectors != expected.selectors {
                problems.push(format!(
                    "{code}: `{id}` selects on {:?}, English on {:?}",
                    own.selectors, expected.selectors
                ));
            }
            for reference in own.references.iter().filter(|r| !shape.contains_key(*r)) {
                problems.push(format!(
                    "{code}: `{id}` places `{reference}`, which is not defined"
                ));
            }
        }
        for id in shape.keys().filter(|id| !master.contains_key(*id)) {
            problems.push(format!("{code}: message `{id}` is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_of_every_locale_renders_for_every_selector_value() {
    let locales = shipped_locales();
    let ids: Vec<String> = shape_of(english(&locales))
        .unwrap_or_else(|e| panic!("{e}"))
        .into_keys()
        .collect();
    let cases = cases();
    assert_eq!(
        cases.len(),
        4 * 2 * 2 * 5 * 2 * 2 + 9 * 2 + 2 * 2 * 2 * 2 * 2 * 4 + 2 * (2 + 2 * 7)
    );
    let mut problems = Vec::new();
    for locale in &locales {
        let bundle = bundle_of(locale);
        let mut failures = 0;
        for case in &cases {
            for id in &ids {
                let rendered = match render(&bundle, id, &case.args) {
                    Ok(text) => text,
                    Err(problem) => {
                        failures += 1;
                        if failures <= 5 {
                            problems.push(format!(
                                "{} `{id}` [{}]: {problem}",
                                locale.code, case.label
                            ));
                        }
                        continue;
                    }
                };
                for (_, wanted) in case.expect.iter().filter(|(message, _)| message == id) {
                    if !rendered.contains(wanted) {
                        failures += 1;
                        if failures <= 5 {
                            problems.push(format!(
                                "{} `{id}` [{}]: `{wanted}` is not in `{rendered}`",
                                locale.code, case.label
                            ));
                        }
                    }
                }
                let required = [
                    "support-message",
                    "support-opening",
                    "support-body",
                    "support-emergency",
                    "support-closing",
                    "ask-country",
                    "line-summary",
                ];
                if required.contains(&id.as_str()) && rendered.trim().is_empty() {
                    problems.push(format!("{} `{id}` [{}]: empty", locale.code, case.label));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_locale_uses_a_banned_phrasing_or_names_a_method() {
    // Every language of the catalog has its own list.
    let locales = shipped_locales();
    let listed: HashSet<&str> = BANNED.iter().map(|(language, _)| *language).collect();
    let unlisted: Vec<&str> = locales
        .iter()
        .map(LocaleFiles::language)
        .filter(|language| !listed.contains(language))
        .collect();
    assert!(
        unlisted.is_empty(),
        "no banned phrasings listed for {unlisted:?}"
    );
    // The lists themselves catch what they are meant to catch.
    assert!(!banned_in("Er wollte Selbstmord begehen.").is_empty());
    assert!(!banned_in("On nie chciał popełnić samobójstwa.").is_empty());
    assert!(!banned_in("He committed suicide.").is_empty());
    assert!(banned_in("Zelfmoordlijn 1813 is er voor jou.").is_empty());
    assert_eq!(method_words_in("a bridge, some pills"), ["pills", "bridge"]);

    let cases = cases();
    let mut problems = Vec::new();
    for locale in &locales {
        let bundle = bundle_of(locale);
        let mut texts = HashSet::new();
        for case in &cases {
            for id in ["support-message", "ask-country", "line-summary"] {
                if let Ok(text) = render(&bundle, id, &case.args) {
                    texts.insert(text);
                }
            }
        }
        for text in &texts {
            for banned in banned_in(text) {
                problems.push(format!("{}: {banned} in `{text}`", locale.code));
            }
            if locale.code == "en" {
                for word in method_words_in(text) {
                    problems.push(format!("en: method word `{word}` in `{text}`"));
                }
            }
        }
        // The raw file too (minus comments), for text no case renders.
        let body: String = locale
            .ftl
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        for banned in banned_in(&body) {
            problems.push(format!("{}: {banned} in crisis.ftl", locale.code));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// Tests that ask the running service.

async fn shipped_locales_of(app: &TestApp) -> Vec<Value> {
    let answer = app.get("/v1/locales").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    answer.json().as_array().cloned().unwrap_or_default()
}

/// Where each locale's language is spoken and has lines: the lookup names a
/// real line in that country, as a person there would see it.
const LOCALE_COUNTRY: &[(&str, &str)] = &[
    ("af", "ZA"),
    ("ar", "EG"),
    ("bg", "BG"),
    ("bn", "BD"),
    ("ca", "ES"),
    ("cs", "CZ"),
    ("da", "DK"),
    ("de", "DE"),
    ("el", "GR"),
    ("en", "GB"),
    ("es", "ES"),
    ("fa", "IR"),
    ("fi", "FI"),
    ("fr", "FR"),
    ("he", "IL"),
    ("hi", "IN"),
    ("hr", "HR"),
    ("hu", "HU"),
    ("id", "ID"),
    ("it", "IT"),
    ("ja", "JP"),
    ("ko", "KR"),
    ("ms", "MY"),
    ("nb", "NO"),
    ("nl", "NL"),
    ("pa", "IN"),
    ("pl", "PL"),
    ("pt-BR", "BR"),
    ("pt-PT", "PT"),
    ("ro", "RO"),
    ("ru", "RU"),
    ("sk", "SK"),
    ("sr", "RS"),
    ("sr-Latn", "RS"),
    ("sv", "SE"),
    ("sw", "KE"),
    ("ta", "IN"),
    ("th", "TH"),
    ("tl", "PH"),
    ("tr", "TR"),
    ("uk", "UA"),
    ("ur", "PK"),
    ("vi", "VN"),
    ("zh-Hans", "CN"),
    ("zh-Hant", "TW"),
];

/// The country to look a locale up in: the table's, else the first country
/// with lines where the language is spoken.
fn country_for(locale: &str, countries: &[Value]) -> Option<String> {
    let language = locale.split('-').next().unwrap_or(locale);
    let has_lines = |c: &&Value| c["resource_count"].as_u64().unwrap_or(0) > 0;
    LOCALE_COUNTRY
        .iter()
        .find(|(code, _)| *code == locale)
        .and_then(|(_, country)| {
            countries
                .iter()
                .filter(has_lines)
                .find(|c| c["code"] == *country)
        })
        .or_else(|| {
            countries.iter().filter(has_lines).find(|c| {
                c["languages"]
                    .as_array()
                    .is_some_and(|l| l.iter().any(|l| l == language))
            })
        })
        .and_then(|c| c["code"].as_str().map(String::from))
}

/// A country that lists the locale's language, lines or not.
fn any_country_for(locale: &str, countries: &[Value]) -> Option<String> {
    let language = locale.split('-').next().unwrap_or(locale);
    countries
        .iter()
        .find(|c| {
            c["languages"]
                .as_array()
                .is_some_and(|l| l.iter().any(|l| l == language))
        })
        .and_then(|c| c["code"].as_str().map(String::from))
}

#[tokio::test]
async fn a_lookup_in_each_shipped_locale_answers_in_that_locale_and_its_direction() {
    let app = spawn_app().await;
    let locales = shipped_locales_of(&app).await;
    assert_eq!(
        locales.len(),
        shipped_locales().len(),
        "GET /v1/locales lists every folder"
    );
    let mut problems = Vec::new();
    for locale in &locales {
        let code = locale["code"].as_str().unwrap_or_default();
        let body = app.post_lookup(&json!({ "locale": code })).await.json();
        if body["text"]["lang"] != code || body["text"]["dir"] != locale["direction"] {
            problems.push(format!(
                "locale {code} (dir {}): text.lang {} and text.dir {}",
                locale["direction"], body["text"]["lang"], body["text"]["dir"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn every_locales_ready_to_show_message_is_detected_as_its_own_language() {
    let app = spawn_app().await;
    let snapshot = app.state.snapshot();
    let countries = app.get("/v1/countries").await.json();
    let countries = countries.as_array().cloned().unwrap_or_default();

    // The check has teeth: English with a few words swapped for Dutch ones
    // is still English to the detector, so a half-translated locale fails.
    let english = app
        .post_lookup(&json!({ "locale": "en", "country": "GB" }))
        .await
        .json();
    let english = english["text"]["message"].as_str().unwrap_or_default();
    let half_dutch = english
        .replace(" you ", " je ")
        .replace(" and ", " en ")
        .replace(" the ", " de ")
        .replace("I'm", "Ik ben");
    let detected = snapshot.detector.detect(&half_dutch).map(|d| d.language);
    assert_eq!(
        detected.as_ref().map(|l| l.as_str()),
        Some("en"),
        "{half_dutch}"
    );

    let mut problems = Vec::new();
    for locale in shipped_locales() {
        let code = locale.code.as_str();
        // A language the detector has no model for is known from hints only.
        let recognised = crisis_lookup::domain::LanguageCode::parse(locale.language())
            .is_some_and(|language| snapshot.detector.recognises(language));
        if !recognised {
            continue;
        }
        // A country with lines names a line in the text; a language whose
        // countries have none yet is checked on the directory's text.
        let (country, with_lines) = match country_for(code, &countries) {
            Some(country) => (country, true),
            None => match any_country_for(code, &countries) {
                Some(country) => (country, false),
                None => {
                    problems.push(format!("{code}: no country speaks it"));
                    continue;
                }
            },
        };
        let body = app
            .post_lookup(&json!({ "locale": code, "country": country }))
            .await
            .json();
        let message = body["text"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if body["text"]["lang"] != code || body["country"]["covered"] != with_lines {
            problems.push(format!(
                "{code} in {country}: text.lang {}, covered {}",
                body["text"]["lang"], body["country"]["covered"]
            ));
            continue;
        }
        // Serbian in Latin letters and Bosnian are, to a detector, also
        // Croatian: only the country tells them apart (and a lookup with the
        // country must answer in the same locale again).
        let shtokavian = match code {
            "sr-Latn" => Some(("RS", "sr")),
            "bs" => Some(("BA", "bs")),
            _ => None,
        };
        if let Some((home, language)) = shtokavian {
            let detected = snapshot.detector.detect(&message);
            let read_as = detected.map(|d| d.language.as_str().to_string());
            if detected.is_none_or(|d| d.script != crisis_lookup::detect::Script::Latin)
                || !matches!(read_as.as_deref(), Some("hr" | "bs" | "sr"))
            {
                problems.push(format!(
                    "{code}: not read as Latin Croatian, Bosnian or Serbian: {message}"
                ));
            }
            let echoed = app
                .post_lookup(&json!({ "message": message, "country": home }))
                .await
                .json();
            if echoed["language"]["code"] != language || echoed["text"]["lang"] != code {
                problems.push(format!(
                    "{code}: POSTed back with country {home}, read as {} and answered in {}",
                    echoed["language"]["code"], echoed["text"]["lang"]
                ));
            }
            continue;
        }
        // The service's own detector, on the text exactly as shown.
        match snapshot.detector.detect(&message) {
            Some(d) if d.language.as_str() == locale.language() => {
                if code.starts_with("zh-")
                    && d.han.map(|h| format!("zh-{}", h.subtag())).as_deref() != Some(code)
                {
                    problems.push(format!(
                        "{code} in {country}: written in {:?} characters: {message}",
                        d.han
                    ));
                }
            }
            Some(d) => problems.push(format!(
                "{code} in {country}: detected as {} ({:.2}; candidates {:?}): {message}",
                d.language,
                d.confidence,
                &d.candidates()[..d.candidates().len().min(3)]
            )),
            None => problems.push(format!(
                "{code} in {country}: no language detected: {message}"
            )),
        }
        // And through the API, with no hint at all.
        let echoed = app.post_lookup(&json!({ "message": message })).await.json();
        if echoed["language"]["code"] != locale.language() {
            problems.push(format!(
                "{code} in {country}: POSTed back without hints, read as {} from {}",
                echoed["language"]["code"], echoed["language"]["source"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn regional_and_script_tags_reach_the_right_locale() {
    let app = spawn_app().await;
    // (tag the app sends, locales that are right for it, why)
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "zh-TW",
            &["zh-Hant"],
            "Taiwan writes Traditional characters",
        ),
        ("zh-Hant-HK", &["zh-Hant"], "the script says it"),
        (
            "zh-HK",
            &["zh-Hant"],
            "Hong Kong writes Traditional characters",
        ),
        ("zh-MO", &["zh-Hant"], "Macao writes Traditional characters"),
        ("zh-Hant", &["zh-Hant"], "exact"),
        (
            "zh-CN",
            &["zh-Hans"],
            "mainland China writes Simplified characters",
        ),
        (
            "zh-SG",
            &["zh-Hans"],
            "Singapore writes Simplified characters",
        ),
        ("zh-Hans-CN", &["zh-Hans"], "the script says it"),
        (
            "zh",
            &["zh-Hans"],
            "Chinese without a region is most often Simplified",
        ),
        ("pt-BR", &["pt-BR"], "exact"),
        ("pt-PT", &["pt-PT"], "exact"),
        ("pt", &["pt-BR", "pt-PT"], "either Portuguese"),
        (
            "pt-AO",
            &["pt-PT"],
            "Angola follows European Portuguese spelling",
        ),
        (
            "pt-MZ",
            &["pt-PT"],
            "Mozambique follows European Portuguese spelling",
        ),
        ("nl-BE", &["nl"], "Belgian Dutch reads the Dutch text"),
        ("fr-CA", &["fr"], "Canadian French reads the French text"),
        ("fr-BE", &["fr"], "Belgian French reads the French text"),
        ("de-AT", &["de"], "Austrian German reads the German text"),
        ("de-CH", &["de"], "Swiss German reads the German text"),
        ("es-MX", &["es"], "Mexican Spanish reads the Spanish text"),
        ("en-US", &["en"], "exact language"),
        ("sr-Latn", &["sr-Latn"], "exact"),
        ("sr-Latn-RS", &["sr-Latn"], "the script says it"),
        ("sr-Latn-ME", &["sr-Latn"], "the script says it"),
        ("sr-Cyrl-RS", &["sr"], "the script says it"),
        ("sr-RS", &["sr"], "Serbia's default script is Cyrillic"),
        ("sr", &["sr"], "Serbian's default script is Cyrillic"),
        ("nb-NO", &["nb"], "exact language"),
        (
            "no",
            &["nb"],
            "Norwegian apps often say `no`; Bokmål is its written standard",
        ),
        ("fil", &["tl"], "Filipino is standard Tagalog"),
        ("fil-PH", &["tl"], "Filipino is standard Tagalog"),
        (
            "iw",
            &["he"],
            "Java and older Android still send the deprecated code for Hebrew",
        ),
        (
            "in",
            &["id"],
            "Java and older Android still send the deprecated code for Indonesian",
        ),
        ("ms-MY", &["ms"], "exact language"),
        ("ar-EG", &["ar"], "Egyptian Arabic reads the Arabic text"),
        ("ca-ES", &["ca"], "exact language"),
    ];
    let mut problems = Vec::new();
    for (tag, right, why) in cases {
        let body = app.post_lookup(&json!({ "locale": tag })).await.json();
        let lang = body["text"]["lang"].as_str().unwrap_or_default();
        if !right.contains(&lang) {
            problems.push(format!(
                "{tag} reached {lang}, expected {right:?} ({why}); warnings {}",
                body["warnings"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A locale without a region takes the person's country as its region:
/// a phone set to `zh` in Taiwan reads Traditional characters, `pt` in
/// Angola European spelling; a region or script the tag names still wins.
#[tokio::test]
async fn a_locale_without_a_region_reads_as_spoken_in_the_persons_country() {
    let app = spawn_app().await;
    // (locale, country, the locale of the text, why)
    let cases = [
        (
            "zh",
            "TW",
            "zh-Hant",
            "Taiwan writes Traditional characters",
        ),
        (
            "zh",
            "HK",
            "zh-Hant",
            "Hong Kong writes Traditional characters",
        ),
        (
            "zh",
            "CN",
            "zh-Hans",
            "mainland China writes Simplified characters",
        ),
        ("zh-Hans", "TW", "zh-Hans", "the script the tag names wins"),
        ("pt", "AO", "pt-PT", "Angola follows European spelling"),
        ("pt", "BR", "pt-BR", "Brazil"),
        ("pt-BR", "AO", "pt-BR", "the region the tag names wins"),
        ("sr", "RS", "sr", "Serbia's default script is Cyrillic"),
    ];
    let mut problems = Vec::new();
    for (locale, country, want, why) in cases {
        let body = app
            .post_lookup(&json!({ "locale": locale, "country": country }))
            .await
            .json();
        let lang = body["text"]["lang"].as_str().unwrap_or_default();
        if lang != want {
            problems.push(format!(
                "{locale} in {country} reached {lang}, expected {want} ({why})"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// The week in words, Serbian in two scripts, and the preview page's labels.

#[test]
fn every_locale_names_the_seven_days_apart_and_the_same_as_first_and_last() {
    let mut problems = Vec::new();
    for locale in shipped_locales() {
        let bundle = bundle_of(&locale);
        let mut names = Vec::new();
        for day in DAYS {
            let mut args = FluentArgs::new();
            args.set("first", day);
            args.set("last", day);
            let first = render(&bundle, "summary-first-day", &args);
            let last = render(&bundle, "summary-last-day", &args);
            match (first, last) {
                (Ok(first), Ok(last)) if first == last && !first.trim().is_empty() => {
                    names.push(first)
                }
                (first, last) => {
                    problems.push(format!("{}: {day}: {first:?} / {last:?}", locale.code))
                }
            }
        }
        let distinct: BTreeSet<&String> = names.iter().collect();
        if distinct.len() != names.len() {
            problems.push(format!("{}: days share a name: {names:?}", locale.code));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Serbian Cyrillic to Latin (Gaj's alphabet): one letter or digraph each.
fn serbian_latin(text: &str) -> String {
    const PAIRS: [(char, &str); 30] = [
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('д', "d"),
        ('ђ', "đ"),
        ('е', "e"),
        ('ж', "ž"),
        ('з', "z"),
        ('и', "i"),
        ('ј', "j"),
        ('к', "k"),
        ('л', "l"),
        ('љ', "lj"),
        ('м', "m"),
        ('н', "n"),
        ('њ', "nj"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('ћ', "ć"),
        ('у', "u"),
        ('ф', "f"),
        ('х', "h"),
        ('ц', "c"),
        ('ч', "č"),
        ('џ', "dž"),
        ('ш', "š"),
    ];
    let chars: Vec<char> = text.chars().collect();
    let upper = |c: Option<&char>| c.is_some_and(|c| c.is_uppercase());
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(*c);
        match PAIRS.iter().find(|(cyrillic, _)| *cyrillic == lower) {
            None => out.push(*c),
            Some((_, latin)) if lower == *c => out.push_str(latin),
            Some((_, latin)) => {
                // Љ → Lj in a word, LJ in a word in capitals (СМС → SMS).
                let capitals = upper(chars.get(i + 1)) || (i > 0 && upper(chars.get(i - 1)));
                for (n, letter) in latin.chars().enumerate() {
                    if n == 0 || capitals {
                        out.extend(letter.to_uppercase());
                    } else {
                        out.push(letter);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_latin_serbian_text_is_the_cyrillic_one_letter_for_letter() {
    let locales = shipped_locales();
    let text_of = |code: &str| -> Vec<String> {
        let locale = locales
            .iter()
            .find(|l| l.code == code)
            .unwrap_or_else(|| panic!("locales/{code} is shipped"));
        locale
            .ftl
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(String::from)
            .collect()
    };
    assert_eq!(
        serbian_latin("Љубав, ЊЕГОШ, џеп, СМС"),
        "Ljubav, NJEGOŠ, džep, SMS"
    );
    let cyrillic: Vec<String> = text_of("sr").iter().map(|l| serbian_latin(l)).collect();
    let latin = text_of("sr-Latn");
    assert_eq!(cyrillic.len(), latin.len(), "the same lines");
    for (expected, actual) in cyrillic.iter().zip(&latin) {
        assert_eq!(actual, expected, "locales/sr-Latn differs from locales/sr");
    }
    assert!(!latin
        .iter()
        .any(|l| l.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))));
}

#[tokio::test]
async fn serbian_written_in_latin_letters_is_answered_in_latin_letters() {
    let app = spawn_app().await;
    let cyrillic_letters = |text: &str| {
        text.chars()
            .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
            .count()
    };
    // (message, hints, text.lang, why)
    let cases = [
        (
            "ne mogu više ovako, ne želim više da živim",
            json!({"country": "RS"}),
            "sr-Latn",
            "Latin letters in Serbia",
        ),
        (
            "не могу више овако, не желим више да живим",
            json!({"country": "RS"}),
            "sr",
            "Cyrillic letters in Serbia",
        ),
        (
            "ne mogu više ovako, ne želim više da živim",
            json!({"locale": "sr-Latn-RS"}),
            "sr-Latn",
            "Latin letters and a Latin app",
        ),
        (
            "не могу више овако, не желим више да живим",
            json!({"locale": "sr-Latn-RS"}),
            "sr",
            "the message's own letters win over the app's script",
        ),
    ];
    for (message, hints, lang, why) in cases {
        let mut body = hints.clone();
        body["message"] = json!(message);
        let answer = app.post_lookup(&body).await.json();
        assert_eq!(answer["language"]["code"], "sr", "{why}: {answer}");
        assert_eq!(answer["text"]["lang"], lang, "{why}: {answer}");
        let text = answer["text"]["message"].as_str().unwrap_or_default();
        let summary = answer["resources"][0]["summary"]
            .as_str()
            .unwrap_or_default();
        let shown = format!("{text} {summary}");
        if lang == "sr-Latn" {
            assert_eq!(cyrillic_letters(&shown), 0, "{why}: {shown}");
        } else {
            assert!(cyrillic_letters(&shown) > 20, "{why}: {shown}");
        }
    }
}

/// `"daily 15:00-03:00 (Asia/Dhaka)"` → ("daily", "15:00", "03:00").
fn one_range(hours: &str) -> Option<(&str, &str, &str)> {
    let (range, _zone) = hours.split_once(" (")?;
    if range.contains(';') {
        return None;
    }
    let (days, times) = range.split_once(' ')?;
    let (from, to) = times.split_once('-')?;
    Some((days, from, to))
}

/// "15:00" as English writes it: "3:00 PM" (CLDR's short time, with a
/// narrow no-break space); "24:00" ends a day and reads as midnight.
fn english_time(time: &str) -> String {
    let (hour, minute) = time.split_once(':').unwrap_or((time, "00"));
    let hour: u32 = hour.parse().unwrap_or(0) % 24;
    let period = if hour < 12 { "AM" } else { "PM" };
    let shown = match hour % 12 {
        0 => 12,
        h => h,
    };
    format!("{shown}:{minute}\u{202f}{period}")
}

#[tokio::test]
async fn a_summary_says_the_week_in_words_after_whether_the_line_is_open() {
    let app = spawn_app_at("2026-11-30T10:00:00+00:00[UTC]").await;
    let english_day = |key: &str| match key {
        "mon" => "Mon",
        "tue" => "Tue",
        "wed" => "Wed",
        "thu" => "Thu",
        "fri" => "Fri",
        "sat" => "Sat",
        _ => "Sun",
    };
    let mut seen = BTreeSet::new();
    for country in ["BD", "SG", "IN", "JP"] {
        let body = app
            .post_lookup(&json!({ "country": country, "locale": "en" }))
            .await
            .json();
        for line in body["resources"].as_array().cloned().unwrap_or_default() {
            let hours = line["hours"].as_str().unwrap_or_default();
            let Some((days, from, to)) = one_range(hours) else {
                continue;
            };
            let summary = line["summary"].as_str().unwrap_or_default();
            // `describe` writes "daily", "mon-fri", "sat-sun" or "mon,tue,wed".
            let index = |day: &str| DAYS.iter().position(|d| *d == day);
            let run: Vec<usize> = match days.split_once('-') {
                _ if days == "daily" => (0..7).collect(),
                Some((first, last)) => match (index(first), index(last)) {
                    (Some(first), Some(last)) if first <= last => (first..=last).collect(),
                    _ => continue,
                },
                None => days.split(',').filter_map(index).collect(),
            };
            if run.windows(2).any(|pair| pair[1] != pair[0] + 1) {
                continue;
            }
            let (first, last) = (DAYS[run[0]], DAYS[run[run.len() - 1]]);
            // English writes times as CLDR does: "3:00 PM".
            let (from, to) = (english_time(from), english_time(to));
            let week = match run.len() {
                7 => format!("(every day {from}–{to})"),
                1 => format!("({} {from}–{to})", english_day(first)),
                _ => format!("({}–{} {from}–{to})", english_day(first), english_day(last)),
            };
            let state = if line["open_now"] == true {
                "Open now, until "
            } else {
                "Closed now, opens "
            };
            assert!(
                summary.ends_with(&week) && summary.contains(state),
                "{country}: `{summary}` should say `{state}…` then `{week}` ({hours})"
            );
            seen.insert(if days == "daily" { "daily" } else { "days" });
        }
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        ["daily", "days"],
        "the data has both forms"
    );
}

#[tokio::test]
async fn the_preview_labels_come_in_the_asked_language_then_the_browsers_then_english() {
    let app = spawn_app().await;
    let english = shape_of(english(&shipped_locales())).unwrap_or_else(|e| panic!("{e}"));
    let preview_ids: BTreeSet<String> = english
        .keys()
        .filter(|id| id.starts_with("preview-"))
        .cloned()
        .collect();
    assert!(preview_ids.len() >= 60, "{preview_ids:?}");
    let labels_for = |query: &'static str, accept: &'static str| {
        let app = &app;
        async move {
            let response = app
                .client
                .get(format!("{}/preview/labels{query}", app.address))
                .header("accept-language", accept)
                .send()
                .await
                .unwrap_or_else(|e| panic!("{query}: {e}"));
            assert_eq!(response.status(), 200, "{query}");
            response
                .json::<Value>()
                .await
                .unwrap_or_else(|e| panic!("{query}: {e}"))
        }
    };
    for (query, accept, lang) in [
        ("", "nl-BE,nl;q=0.9,en;q=0.5", "nl"),
        ("", "xx, ar;q=0.5", "ar"),
        ("", "", "en"),
        ("?lang=sr-Latn", "de", "sr-Latn"),
        ("?lang=zh-TW", "de", "zh-Hant"),
        ("?lang=!!", "de-AT", "de"),
        // Portuguese outside Brazil reads European spelling (CLDR).
        ("", "pt-AO", "pt-PT"),
        ("?lang=pt-MZ", "", "pt-PT"),
        ("?lang=pt-BR", "pt-PT", "pt-BR"),
    ] {
        let body = labels_for(query, accept).await;
        assert_eq!(body["lang"], lang, "{query} / {accept}: {body}");
        let labels = body["labels"].as_object().cloned().unwrap_or_default();
        let ids: BTreeSet<String> = labels.keys().cloned().collect();
        assert_eq!(ids, preview_ids, "{query} / {accept}: every label");
        for (id, text) in &labels {
            let text = text.as_str().unwrap_or_default();
            assert!(
                !text.trim().is_empty() && !text.contains('$'),
                "{lang} {id}: `{text}`"
            );
        }
    }
    // A placeholder comes out as `{name}`, for the page to fill in.
    let dutch = labels_for("?lang=nl", "").await;
    assert_eq!(dutch["labels"]["preview-action-call"], "Bel {number}");
    assert_eq!(dutch["dir"], "ltr");
    let arabic = labels_for("?lang=ar", "").await;
    assert_eq!(arabic["dir"], "rtl");
}
