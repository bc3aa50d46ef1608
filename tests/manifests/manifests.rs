//! The deployment files agree with the code: every YAML document in
//! `deploy/kubernetes/` is parsed and checked against the invariants a
//! cluster would otherwise only reveal at rollout (probe paths that do not
//! exist, a Service aiming at the wrong port, an env var the binary ignores,
//! a ConfigMap whose data is not the repository's dataset).

use crate::helpers::{repo_path, spawn_app};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const DIR: &str = "deploy/kubernetes";

/// One parsed YAML document, with the file it came from for messages.
struct Doc {
    file: String,
    value: Value,
}

impl Doc {
    fn kind(&self) -> &str {
        self.value["kind"].as_str().unwrap_or("")
    }

    fn name(&self) -> &str {
        self.value["metadata"]["name"].as_str().unwrap_or("")
    }
}

fn yaml_files() -> Vec<PathBuf> {
    let dir = repo_path(DIR);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no YAML in {DIR}");
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every document of every file; multi-document files are split on lines
/// that are exactly `---`, and documents of only comments are skipped.
fn documents() -> Vec<Doc> {
    let mut docs = Vec::new();
    for path in yaml_files() {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut chunks = vec![String::new()];
        for line in text.lines() {
            if line == "---" {
                chunks.push(String::new());
            } else if let Some(chunk) = chunks.last_mut() {
                chunk.push_str(line);
                chunk.push('\n');
            }
        }
        for chunk in chunks {
            let content = chunk
                .lines()
                .any(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
            if !content {
                continue;
            }
            let value: Value = serde_saphyr::from_str(&chunk)
                .unwrap_or_else(|e| panic!("{}: not valid YAML: {e}", path.display()));
            docs.push(Doc {
                file: file_name(&path),
                value,
            });
        }
    }
    docs
}

/// The Kubernetes objects: every document but kustomize's own configuration.
fn objects() -> Vec<Doc> {
    documents()
        .into_iter()
        .filter(|doc| doc.kind() != "Kustomization")
        .collect()
}

fn the_one(docs: &[Doc], kind: &str) -> Value {
    let found: Vec<&Doc> = docs.iter().filter(|doc| doc.kind() == kind).collect();
    assert_eq!(found.len(), 1, "exactly one {kind} expected in {DIR}");
    found[0].value.clone()
}

fn deployment() -> Value {
    the_one(&objects(), "Deployment")
}

fn container(deployment: &Value) -> Value {
    let containers = deployment["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap_or_else(|| panic!("the Deployment has no containers"));
    assert_eq!(containers.len(), 1, "one container expected");
    containers[0].clone()
}

fn list(value: &Value) -> Vec<Value> {
    value.as_array().cloned().unwrap_or_default()
}

fn string(value: &Value) -> String {
    value.as_str().unwrap_or("").to_string()
}

/// A probe's or a Service's port, which may name a container port or give
/// its number, resolved to the container port's number.
fn resolve_port(container: &Value, port: &Value) -> Option<u64> {
    list(&container["ports"])
        .iter()
        .find(|p| {
            (port.is_string() && p["name"] == *port)
                || (port.is_u64() && p["containerPort"] == *port)
        })
        .and_then(|p| p["containerPort"].as_u64())
}

fn env_vars(container: &Value) -> Vec<(String, String)> {
    list(&container["env"])
        .iter()
        .map(|e| (string(&e["name"]), string(&e["value"])))
        .collect()
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo_path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Where the code reads an env var: the `CRISIS_LOOKUP_*` ones are clap
/// flags in src/configuration.rs, `RUST_LOG` is tracing's filter.
fn assert_env_var_is_read(name: &str, origin: &str) {
    let (file, needle) = if name == "RUST_LOG" {
        ("src/telemetry.rs", "RUST_LOG".to_string())
    } else {
        ("src/configuration.rs", format!("env = \"{name}\""))
    };
    assert!(
        read(file).contains(&needle),
        "{origin} sets {name}, which {file} never reads (looked for `{needle}`)"
    );
}

fn port_of_bind(bind: &str) -> Option<u64> {
    bind.rsplit(':').next().and_then(|p| p.parse().ok())
}

#[test]
fn every_object_has_api_version_kind_and_name() {
    let docs = objects();
    for doc in &docs {
        let v = &doc.value;
        assert!(
            v["apiVersion"].as_str().is_some_and(|s| !s.is_empty()),
            "{}: apiVersion missing",
            doc.file
        );
        assert!(!doc.kind().is_empty(), "{}: kind missing", doc.file);
        assert!(
            !doc.name().is_empty(),
            "{}: {} without metadata.name",
            doc.file,
            doc.kind()
        );
    }
    let kinds: BTreeSet<&str> = docs.iter().map(Doc::kind).collect();
    for kind in [
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "ConfigMap",
    ] {
        assert!(kinds.contains(kind), "no {kind} in {DIR} (found {kinds:?})");
    }
}

#[test]
fn kustomization_lists_every_manifest() {
    let kustomization = the_one(&documents(), "Kustomization");
    let listed: BTreeSet<String> = list(&kustomization["resources"])
        .iter()
        .map(string)
        .collect();
    let present: BTreeSet<String> = yaml_files()
        .iter()
        .map(|p| file_name(p))
        .filter(|name| name != "kustomization.yaml")
        .collect();
    assert_eq!(
        listed, present,
        "kustomization.yaml `resources` and the files of {DIR}"
    );
}

#[test]
fn the_deployment_probes_the_health_endpoints_on_its_port() {
    let deployment = deployment();
    let container = container(&deployment);
    let ports = list(&container["ports"]);
    assert!(!ports.is_empty(), "the container declares no port");
    for port in &ports {
        assert!(
            port["containerPort"].is_u64(),
            "containerPort must be a number: {port}"
        );
        assert!(
            port["name"].is_string(),
            "name every port, for the probes and the Service: {port}"
        );
    }
    for (probe, path) in [("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")] {
        let get = &container[probe]["httpGet"];
        assert_eq!(get["path"], path, "{probe} path");
        assert!(
            resolve_port(&container, &get["port"]).is_some(),
            "{probe} port {} is not a container port",
            get["port"]
        );
    }
    if container["startupProbe"].is_object() {
        let get = &container["startupProbe"]["httpGet"];
        assert_eq!(get["path"], "/healthz", "startupProbe path");
        assert!(
            resolve_port(&container, &get["port"]).is_some(),
            "startupProbe port"
        );
    }
    // The selector must pick the template's own pods.
    let labels = &deployment["spec"]["template"]["metadata"]["labels"];
    let selector = deployment["spec"]["selector"]["matchLabels"]
        .as_object()
        .unwrap_or_else(|| panic!("the Deployment has no selector.matchLabels"));
    for (key, value) in selector {
        assert_eq!(
            &labels[key], value,
            "selector label {key} not on the pod template"
        );
    }
}

#[tokio::test]
async fn the_probe_paths_answer_200_on_a_real_server() {
    let container = container(&deployment());
    let app = spawn_app().await;
    for probe in ["startupProbe", "livenessProbe", "readinessProbe"] {
        let Some(path) = container[probe]["httpGet"]["path"].as_str() else {
            continue;
        };
        let answer = app.get(path).await;
        assert_eq!(answer.status, 200, "{probe} GET {path}: {}", answer.text);
    }
}

#[test]
fn the_deployment_runs_unprivileged_with_resources_set() {
    let deployment = deployment();
    let pod = &deployment["spec"]["template"]["spec"];
    let container = container(&deployment);
    let security = &container["securityContext"];
    let non_root = security["runAsNonRoot"]
        .as_bool()
        .or_else(|| pod["securityContext"]["runAsNonRoot"].as_bool());
    assert_eq!(non_root, Some(true), "runAsNonRoot must be true");
    if let Some(uid) = pod["securityContext"]["runAsUser"].as_u64() {
        assert_ne!(uid, 0, "runAsUser 0 is root");
    }
    assert_eq!(
        security["readOnlyRootFilesystem"], true,
        "readOnlyRootFilesystem"
    );
    assert_eq!(
        security["allowPrivilegeEscalation"], false,
        "allowPrivilegeEscalation"
    );
    assert!(
        list(&security["capabilities"]["drop"]).contains(&Value::from("ALL")),
        "capabilities.drop must hold ALL"
    );

    let resources = &container["resources"];
    for (section, names) in [
        ("requests", &["cpu", "memory"][..]),
        ("limits", &["memory"][..]),
    ] {
        for name in names {
            assert!(
                resources[section][name].is_string() || resources[section][name].is_number(),
                "resources.{section}.{name} is not set"
            );
        }
    }
}

#[test]
fn the_service_targets_the_container_port() {
    let docs = objects();
    let service = the_one(&docs, "Service");
    let deployment = the_one(&docs, "Deployment");
    let container = container(&deployment);
    let ports = list(&service["spec"]["ports"]);
    assert!(!ports.is_empty(), "the Service has no port");
    for port in &ports {
        let target = if port["targetPort"].is_null() {
            port["port"].clone()
        } else {
            port["targetPort"].clone()
        };
        assert!(
            resolve_port(&container, &target).is_some(),
            "Service targetPort {target} is not a port of the container"
        );
    }
    let labels = &deployment["spec"]["template"]["metadata"]["labels"];
    let selector = service["spec"]["selector"]
        .as_object()
        .unwrap_or_else(|| panic!("the Service has no selector"));
    assert!(!selector.is_empty(), "the Service selector is empty");
    for (key, value) in selector {
        assert_eq!(
            &labels[key], value,
            "Service selector {key} does not match the pods"
        );
    }
    for doc in docs
        .iter()
        .filter(|doc| doc.kind() == "PodDisruptionBudget")
    {
        let selector = doc.value["spec"]["selector"]["matchLabels"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        assert!(
            !selector.is_empty(),
            "{}: empty PodDisruptionBudget selector",
            doc.file
        );
        for (key, value) in selector {
            assert_eq!(
                &labels[&key], &value,
                "{}: selector {key} does not match the pods",
                doc.file
            );
        }
    }
}

#[test]
fn the_autoscaler_targets_the_deployment_on_cpu() {
    let docs = objects();
    let hpa = the_one(&docs, "HorizontalPodAutoscaler");
    let deployment = the_one(&docs, "Deployment");
    assert_eq!(hpa["apiVersion"], "autoscaling/v2");
    let target = &hpa["spec"]["scaleTargetRef"];
    assert_eq!(target["kind"], "Deployment");
    assert_eq!(target["apiVersion"], deployment["apiVersion"]);
    assert_eq!(
        target["name"], deployment["metadata"]["name"],
        "HPA scaleTargetRef.name"
    );
    let min = hpa["spec"]["minReplicas"].as_u64().unwrap_or(1);
    let max = hpa["spec"]["maxReplicas"].as_u64().unwrap_or(0);
    assert!(min >= 2, "at least two replicas, so that one can go down");
    assert!(max >= min, "maxReplicas {max} < minReplicas {min}");
    assert!(
        list(&hpa["spec"]["metrics"])
            .iter()
            .any(|m| m["type"] == "Resource" && m["resource"]["name"] == "cpu"),
        "the HPA scales on CPU"
    );
    // A utilization target is a share of the request: without one the HPA
    // cannot compute it.
    assert!(!container(&deployment)["resources"]["requests"]["cpu"].is_null());
    // The HPA owns the replica count; a fixed one would reset it on apply.
    assert!(
        deployment["spec"]["replicas"].is_null(),
        "leave spec.replicas out of the Deployment: the HPA sets it"
    );
}

#[test]
fn every_env_var_is_one_the_binary_reads() {
    let container = container(&deployment());
    let port = resolve_port(&container, &Value::from("http"))
        .or_else(|| container["ports"][0]["containerPort"].as_u64());
    let env = env_vars(&container);
    assert!(!env.is_empty(), "the container sets no env var");
    for (name, value) in &env {
        assert_env_var_is_read(name, "deployment.yaml");
        if name == "CRISIS_LOOKUP_BIND" {
            assert!(
                value.starts_with("0.0.0.0:"),
                "bind all interfaces in a pod, not {value}"
            );
            assert_eq!(
                port_of_bind(value),
                port,
                "CRISIS_LOOKUP_BIND and the container port"
            );
        }
    }

    // The image's defaults: same names, same port.
    let dockerfile = read("Dockerfile");
    let mut in_env = false;
    let mut image_env = Vec::new();
    for line in dockerfile.lines() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("ENV ") {
            in_env = true;
            image_env.push(rest.trim_end_matches('\\').trim().to_string());
        } else if in_env && !trimmed.starts_with('#') {
            image_env.push(trimmed.trim_end_matches('\\').trim().to_string());
        }
        if !trimmed.starts_with('#') && !trimmed.ends_with('\\') {
            in_env = false;
        }
        if let Some(exposed) = trimmed.strip_prefix("EXPOSE ") {
            let exposed: Option<u64> = exposed
                .split('/')
                .next()
                .and_then(|p| p.trim().parse().ok());
            assert_eq!(exposed, port, "Dockerfile EXPOSE and the container port");
        }
    }
    assert!(!image_env.is_empty(), "the Dockerfile sets no ENV");
    for pair in image_env.iter().filter(|p| !p.is_empty()) {
        let (name, value) = pair
            .split_once('=')
            .unwrap_or_else(|| panic!("Dockerfile: use ENV NAME=value, not `{pair}`"));
        assert_env_var_is_read(name, "Dockerfile");
        if name == "CRISIS_LOOKUP_BIND" {
            assert_eq!(
                port_of_bind(value),
                port,
                "the image's CRISIS_LOOKUP_BIND and the container port"
            );
        }
    }
}

#[test]
fn the_dataset_comes_from_the_configmap_volume() {
    let docs = objects();
    let deployment = the_one(&docs, "Deployment");
    let configmap = the_one(&docs, "ConfigMap");
    let container = container(&deployment);
    let volumes = list(&deployment["spec"]["template"]["spec"]["volumes"]);
    let volume = volumes
        .iter()
        .find(|v| v["configMap"]["name"] == configmap["metadata"]["name"])
        .unwrap_or_else(|| {
            panic!(
                "no volume mounts the ConfigMap {}",
                configmap["metadata"]["name"]
            )
        });
    let mount = list(&container["volumeMounts"])
        .into_iter()
        .find(|m| m["name"] == volume["name"])
        .unwrap_or_else(|| panic!("the container does not mount the volume {}", volume["name"]));
    // A subPath mount is a copy that a ConfigMap update never reaches.
    assert!(
        mount["subPath"].is_null(),
        "mount the ConfigMap as a folder: subPath mounts are never updated"
    );
    assert!(
        volume["configMap"]["items"].is_null(),
        "no `items`: every key of the ConfigMap is a file"
    );
    let data_path = env_vars(&container)
        .into_iter()
        .find(|(name, _)| name == "CRISIS_LOOKUP_DATA")
        .map(|(_, value)| value)
        .unwrap_or_else(|| {
            panic!("CRISIS_LOOKUP_DATA is not set: the image's own copy would be served")
        });
    let mount_path = string(&mount["mountPath"]);
    let key = data_path
        .strip_prefix(&format!("{}/", mount_path.trim_end_matches('/')))
        .unwrap_or_else(|| {
            panic!("CRISIS_LOOKUP_DATA {data_path} is not inside the mount {mount_path}")
        });
    assert!(
        configmap["data"][key].is_string(),
        "CRISIS_LOOKUP_DATA names {key}, which the ConfigMap does not hold"
    );
}

#[test]
fn the_configmap_holds_the_repository_dataset() {
    let configmap = the_one(&objects(), "ConfigMap");
    let data = configmap["data"]["resources.yaml"]
        .as_str()
        .unwrap_or_else(|| panic!("configmap.yaml has no data.resources.yaml"));
    // etcd refuses objects over 1 MiB; fail well before.
    assert!(
        data.len() < 900 * 1024,
        "resources.yaml is {} bytes: close to the 1 MiB ConfigMap limit",
        data.len()
    );
    assert!(
        data == read("resources.yaml"),
        "deploy/kubernetes/configmap.yaml is out of date with resources.yaml; run\n    \
         deploy/kubernetes/make-configmap.sh > deploy/kubernetes/configmap.yaml"
    );
}

/// Every file the binary compiles in (`include_str!`, `include_bytes!`) is
/// in the image's build context and copied by the Dockerfile: a missing one
/// fails the image build, which CI cannot run here (no Docker daemon).
#[test]
fn the_dockerfile_copies_every_file_the_binary_compiles_in() {
    let dockerfile = read("Dockerfile");
    let copied: Vec<String> = dockerfile
        .lines()
        .filter_map(|line| line.trim().strip_prefix("COPY "))
        .filter(|line| !line.starts_with("--from"))
        .flat_map(|line| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            parts[..parts.len().saturating_sub(1)]
                .iter()
                .map(|p| p.trim_end_matches('/').to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let ignore = read(".dockerignore");
    let ignored: Vec<&str> = ignore
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('!'))
        .map(|l| l.trim_end_matches('/'))
        .collect();
    let excepted: Vec<&str> = ignore
        .lines()
        .filter_map(|l| l.trim().strip_prefix('!'))
        .collect();
    let mut problems = Vec::new();
    for root in ["src", "langid/src"] {
        let mut stack = vec![repo_path(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
                let path = entry.map(|e| e.path()).unwrap_or_default();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let code = std::fs::read_to_string(&path).unwrap_or_default();
                for marker in ["include_str!(\"", "include_bytes!(\""] {
                    for piece in code.split(marker).skip(1) {
                        let Some(relative) = piece.split('"').next() else {
                            continue;
                        };
                        let file = path.parent().unwrap_or(&path).join(relative);
                        let file = std::path::absolute(&file).unwrap_or(file);
                        let root = std::path::absolute(repo_path(".")).unwrap_or_default();
                        let normal: Vec<String> = file
                            .strip_prefix(&root)
                            .unwrap_or(&file)
                            .components()
                            .fold(Vec::new(), |mut parts, c| {
                                match c {
                                    std::path::Component::ParentDir => {
                                        parts.pop();
                                    }
                                    std::path::Component::Normal(p) => {
                                        parts.push(p.to_string_lossy().to_string())
                                    }
                                    _ => {}
                                }
                                parts
                            });
                        let name = normal.join("/");
                        let under = |prefix: &str| {
                            name == prefix || name.starts_with(&format!("{prefix}/"))
                        };
                        if !copied.iter().any(|c| under(c)) {
                            problems.push(format!(
                                "{name} is compiled in but the Dockerfile does not COPY it"
                            ));
                        }
                        if ignored.iter().any(|i| under(i)) && !excepted.contains(&name.as_str()) {
                            problems.push(format!(
                                "{name} is compiled in but .dockerignore leaves it out"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
