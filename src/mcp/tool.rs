//! The tool `find_crisis_support`: its description, its input schema (which
//! OpenAI's strict mode accepts: every property required, the optional ones
//! nullable, no other properties), its output schema (the lookup answer,
//! from the same types as the OpenAPI document), and how its arguments
//! become a `LookupRequest`.

use crate::dataset::Channel;
use crate::lookup::answer::LookupAnswer;
use crate::lookup::snapshot::Snapshot;
use crate::lookup::LookupRequest;
use rmcp::model::{JsonObject, Tool, ToolAnnotations};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

pub const NAME: &str = "find_crisis_support";

const TITLE: &str = "Find crisis support";

const DESCRIPTION: &str = "Finds crisis helplines for a person who may be in distress or \
thinking about suicide: the lines of their country that speak their language (open ones \
first), the country's emergency number, and a short supportive message in their language, \
ready to show. Call it as soon as a user expresses suicidal thoughts, self-harm or a crisis. \
Show `text.message` to the user as it is, then the lines in `resources`. Show every phone \
number and link exactly as returned; never write a number or link of your own, not even one \
you remember. If `country.code` is null, ask the question in `text.ask_country` and call \
again with the country. The message is used only to detect the language; it is never stored \
or logged.";

/// The arguments that the schema names, in its order.
const FIELDS: [&str; 5] = ["message", "country", "locale", "topics", "channels"];

/// The tool as `tools/list` shows it. The topics come from the snapshot's
/// vocabulary, so a reload that adds one shows it here too.
pub fn definition(snapshot: &Snapshot) -> Tool {
    Tool::new(NAME, DESCRIPTION, input_schema(snapshot))
        .with_title(TITLE)
        .with_raw_output_schema(output_schema())
        .with_annotations(
            ToolAnnotations::with_title(TITLE)
                .read_only(true)
                .destructive(false)
                .idempotent(true)
                .open_world(false),
        )
}

fn input_schema(snapshot: &Snapshot) -> JsonObject {
    let topics: Vec<&str> = snapshot
        .dataset
        .topics
        .ids()
        .iter()
        .map(String::as_str)
        .collect();
    let channels: Vec<&str> = Channel::ALL.into_iter().map(Channel::id).collect();
    let schema = json!({
        "type": "object",
        "properties": {
            "message": {
                "type": ["string", "null"],
                "description": "The user's own words, as they wrote them. Used only to detect their language; never stored, logged or echoed."
            },
            "country": {
                "type": ["string", "null"],
                "description": "Where the user is: ISO 3166-1 alpha-2 code, e.g. \"BE\". Null when you do not know; the answer then asks."
            },
            "locale": {
                "type": ["string", "null"],
                "description": "The user's locale as a BCP 47 tag, e.g. \"nl-BE\" or \"pt-BR\". Null when you do not know."
            },
            "topics": {
                "type": ["array", "null"],
                "items": {"type": "string", "enum": topics},
                "description": "Lines about these topics first. Null for the default (suicide, emotional support)."
            },
            "channels": {
                "type": ["array", "null"],
                "items": {"type": "string", "enum": channels},
                "description": "Lines reachable this way first. Null for any channel."
            }
        },
        "required": FIELDS,
        "additionalProperties": false
    });
    match schema {
        Value::Object(object) => object,
        _ => Map::new(),
    }
}

/// The lookup answer's JSON Schema, made from the types the OpenAPI document
/// is made from: the root object with the schemas it refers to in `$defs`.
/// Built once: it depends on the code only.
pub fn output_schema() -> Arc<JsonObject> {
    static SCHEMA: OnceLock<Arc<JsonObject>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            use utoipa::{PartialSchema, ToSchema};
            let mut referred = Vec::new();
            <LookupAnswer as ToSchema>::schemas(&mut referred);
            let defs: Map<String, Value> = referred
                .into_iter()
                .filter_map(|(name, schema)| Some((name, serde_json::to_value(schema).ok()?)))
                .collect();
            let mut root = serde_json::to_value(<LookupAnswer as PartialSchema>::schema())
                .unwrap_or_else(|_| json!({"type": "object"}));
            if let Value::Object(object) = &mut root {
                object.insert("$defs".to_string(), Value::Object(defs));
            }
            to_json_schema(&mut root);
            Arc::new(match root {
                Value::Object(object) => object,
                _ => Map::new(),
            })
        })
        .clone()
}

/// Turns OpenAPI's dialect into plain JSON Schema, which MCP clients
/// validate with: a reference to `#/components/schemas/X` points at the
/// schema's own `#/$defs/X`; OpenAPI's `example` becomes `examples`; its
/// number formats (`double`, `int32`…), unknown to JSON Schema, go.
fn to_json_schema(value: &mut Value) {
    const OPENAPI: &str = "#/components/schemas/";
    const OPENAPI_FORMATS: [&str; 4] = ["double", "float", "int32", "int64"];
    match value {
        Value::Object(object) => {
            if let Some(Value::String(target)) = object.get_mut("$ref") {
                if let Some(name) = target.strip_prefix(OPENAPI) {
                    *target = format!("#/$defs/{name}");
                }
            }
            if let Some(example) = object.remove("example") {
                object
                    .entry("examples")
                    .or_insert_with(|| Value::Array(vec![example]));
            }
            if object
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|format| OPENAPI_FORMATS.contains(&format))
            {
                object.remove("format");
            }
            object.values_mut().for_each(to_json_schema);
        }
        Value::Array(items) => items.iter_mut().for_each(to_json_schema),
        _ => {}
    }
}

/// Why arguments were refused. Names the field and the type it needs, never
/// the value: a value may be the person's message.
#[derive(Debug, thiserror::Error)]
pub enum ArgumentError {
    #[error("`{field}` must be a string or null")]
    NotText { field: &'static str },
    #[error("`{field}` must be an array of strings or null")]
    NotTextList { field: &'static str },
}

/// The tool's arguments as a lookup request. A missing argument is read as
/// null and a property the schema does not name is ignored with a warning,
/// as REST does; only a value of the wrong type is refused.
pub fn parse_arguments(arguments: Option<JsonObject>) -> Result<LookupRequest, ArgumentError> {
    let mut arguments = arguments.unwrap_or_default();
    let mut take = |field: &'static str| arguments.remove(field).filter(|v| !v.is_null());
    let text = |field: &'static str, value: Option<Value>| match value {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(ArgumentError::NotText { field }),
    };
    let list = |field: &'static str, value: Option<Value>| match value {
        None => Ok(None),
        Some(Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                Value::String(text) => Ok(text),
                _ => Err(ArgumentError::NotTextList { field }),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(ArgumentError::NotTextList { field }),
    };
    let [message, country, locale, topics, channels] = FIELDS.map(&mut take);
    let request = LookupRequest {
        message: text("message", message)?,
        country: text("country", country)?,
        locale: text("locale", locale)?,
        topics: list("topics", topics)?,
        channels: list("channels", channels)?,
        unknown: arguments
            .into_iter()
            .map(|(field, _)| (field, serde::de::IgnoredAny))
            .collect::<BTreeMap<_, _>>(),
        ..LookupRequest::default()
    };
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(value: Value) -> Option<JsonObject> {
        match value {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    #[test]
    fn missing_and_null_arguments_are_read_as_absent() {
        let request = parse_arguments(object(json!({"message": "hallo", "country": null})));
        let request = request.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(request.message.as_deref(), Some("hallo"));
        assert_eq!(request.country, None);
        assert_eq!(request.topics, None);
        assert!(parse_arguments(None).is_ok(), "no arguments at all");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_refused_without_quoting_it() {
        for (arguments, expected) in [
            (json!({"message": 5}), "`message` must be a string or null"),
            (
                json!({"topics": "zq7-secret"}),
                "`topics` must be an array of strings or null",
            ),
            (
                json!({"channels": ["phone", 1]}),
                "`channels` must be an array of strings or null",
            ),
        ] {
            let error = parse_arguments(object(arguments.clone()))
                .err()
                .map(|e| e.to_string());
            assert_eq!(error.as_deref(), Some(expected), "{arguments}");
        }
    }

    #[test]
    fn properties_the_schema_does_not_name_become_unknown_fields() {
        let request = parse_arguments(object(json!({"accept_language": "nl", "message": "x"})));
        let request = request.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            request.unknown.keys().collect::<Vec<_>>(),
            ["accept_language"]
        );
    }

    #[test]
    fn every_reference_of_the_output_schema_points_at_one_of_its_defs() {
        let schema = Value::Object(output_schema().as_ref().clone());
        let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
        let text = schema.to_string();
        assert!(!text.contains("#/components/"), "{text}");
        assert!(!text.contains("\"example\""), "OpenAPI's `example`: {text}");
        assert!(
            !text.contains("\"double\""),
            "OpenAPI's number formats: {text}"
        );
        for piece in text.split("\"$ref\":\"#/$defs/").skip(1) {
            let name = piece.split('"').next().unwrap_or_default();
            assert!(defs.contains_key(name), "`{name}` is not in $defs");
        }
        for field in ["language", "resources", "referral", "text"] {
            assert!(schema["properties"][field].is_object(), "{field}");
        }
    }
}
