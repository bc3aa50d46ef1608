// Preview page for crisis-lookup. Uses only the public API and its own
// labels; every value from the API goes in through textContent (never
// innerHTML).
"use strict";

const $ = (selector) => document.querySelector(selector);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function getJson(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(`${response.status}: ${detail || response.statusText}`);
  }
  return body;
}

// ---- labels -----------------------------------------------------------------
// The labels are the `preview-*` messages of locales/: the page's own in the
// browser's language (the service reads Accept-Language), an answer's cards
// in the answer's language, as the chatbot would show them.

const labelSets = new Map();

function fetchLabels(lang) {
  const key = lang || "";
  if (!labelSets.has(key)) {
    const query = lang ? `?lang=${encodeURIComponent(lang)}` : "";
    // Without labels the page still works: each label shows its id.
    const set = getJson(`/preview/labels${query}`).catch(() => ({ lang: "en", dir: "ltr", labels: {} }));
    labelSets.set(key, set);
  }
  return labelSets.get(key);
}

// A label as a list of strings and nodes: each `{name}` is replaced by
// `values[name]`, which may be a node (a phone number kept left to right).
function parts(set, id, values = {}) {
  const text = (set && set.labels[id]) || id;
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? values[piece] ?? "" : piece));
}

// The same as plain text.
function label(set, id, values) {
  return parts(set, id, values)
    .map((part) => (part instanceof Node ? part.textContent : String(part)))
    .join("");
}

let page = null;
const pageReady = fetchLabels().then((set) => {
  page = set;
  document.documentElement.lang = set.lang;
  document.documentElement.dir = set.dir;
  for (const node of document.querySelectorAll("[data-l10n]")) {
    const text = label(set, node.dataset.l10n, { examples: node.dataset.l10nExamples });
    if (node.dataset.l10nAttr) node.setAttribute(node.dataset.l10nAttr, text);
    else node.textContent = text;
  }
});

// ---- tabs --------------------------------------------------------------

const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
const loaders = { coverage: loadCoverage, locales: loadLocales };

function selectTab(tab, focus) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
  const load = loaders[tab.getAttribute("aria-controls")];
  if (load) load();
}

tabs.forEach((tab, index) => {
  tab.addEventListener("click", () => selectTab(tab, false));
  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  tab.addEventListener("keydown", (event) => {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index };
    if (!(event.key in moves)) return;
    event.preventDefault();
    selectTab(tabs[(index + moves[event.key] + tabs.length) % tabs.length], true);
  });
});

// ---- vocabularies for the form ------------------------------------------

let countriesPromise = null;
let localesPromise = null;
const countries = () => (countriesPromise ||= getJson("/v1/countries"));
const locales = () => (localesPromise ||= getJson("/v1/locales"));

async function fillSelects() {
  try {
    const [countryList, localeList] = await Promise.all([countries(), locales()]);
    for (const c of countryList) $("#country").append(el("option", { value: c.code }, `${c.code} — ${c.name}`));
    for (const l of localeList) $("#locale").append(el("option", { value: l.code }, `${l.code} — ${l.native_name}`));
  } catch (error) {
    await pageReady;
    showError(label(page, "preview-error-vocabularies", { error: error.message }));
  }
}

// ---- lookup ---------------------------------------------------------------

function showError(text) {
  const box = $("#lookup-error");
  box.textContent = text;
  box.hidden = !text;
}

function requestBody(form) {
  const data = new FormData(form);
  const body = {};
  for (const key of ["message", "locale", "country"]) {
    const value = String(data.get(key) || "").trim();
    if (value) body[key] = value;
  }
  const topics = String(data.get("topics") || "").split(",").map((t) => t.trim()).filter(Boolean);
  if (topics.length) body.topics = topics;
  const channels = data.getAll("channels").map(String);
  if (channels.length) body.channels = channels;
  return body;
}

$("#lookup-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = $("#submit");
  button.disabled = true;
  showError("");
  try {
    await pageReady;
    const answer = await getJson("/v1/lookup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(requestBody(event.target)),
    });
    const text = answer.text || {};
    renderAnswer(answer, await fetchLabels(text.lang));
  } catch (error) {
    showError(label(page, "preview-error-lookup", { error: error.message }));
  } finally {
    button.disabled = false;
  }
});

function emergencyText(emergency, set) {
  if (!emergency) return "";
  const parts = [];
  if (emergency.number) parts.push(emergency.number);
  for (const service of ["police", "ambulance", "fire"]) {
    if (emergency[service]) parts.push(`${label(set, `preview-${service}`)} ${emergency[service]}`);
  }
  return parts.join(" · ");
}

// Phone numbers and codes stay left-to-right inside right-to-left text.
const ltr = (text) => el("bdi", { dir: "ltr" }, text);
const dialable = (number) => number.replace(/[^\d+*#]/g, "");

// `set`: the labels in the answer's language, for what the chat would show.
function renderAnswer(answer, set) {
  const text = answer.text || {};
  const country = answer.country || {};
  const language = answer.language || {};
  const meta = [
    label(page, "preview-meta-language", { code: language.code, source: language.source }),
    country.code
      ? label(page, "preview-meta-country", { code: country.code, source: country.source })
      : label(page, "preview-meta-country-unknown"),
    label(page, "preview-meta-locale", { code: answer.locale }),
    label(page, "preview-meta-lines", { count: (answer.resources || []).length }),
  ];
  $("#answer-meta").textContent = meta.join(" · ");

  const warnings = $("#answer-warnings");
  warnings.replaceChildren(...(answer.warnings || []).map((w) => el("li", {}, typeof w === "string" ? w : JSON.stringify(w))));

  // The chat's part takes the answer's language and direction.
  // (The directories' names and descriptions come from the dataset, in
  // English: their list keeps the page's direction.)
  for (const selector of ["#answer-bubble", "#answer-text", "#answer-emergency", "#answer-resources", "#answer-international-title"]) {
    $(selector).setAttribute("lang", text.lang || "");
    $(selector).setAttribute("dir", text.dir || "auto");
  }
  $("#answer-text").textContent = text.message || "";
  const ask = $("#answer-ask");
  ask.textContent = text.ask_country || "";
  ask.hidden = !text.ask_country;

  const emergency = emergencyText(answer.emergency, set);
  const note = answer.emergency && answer.emergency.note;
  $("#answer-emergency").replaceChildren(
    ...(emergency ? [label(set, "preview-emergency"), " ", ltr(emergency)] : []),
    ...(note ? [el("small", { class: "note", lang: "en", dir: "ltr" }, note)] : [])
  );

  $("#answer-resources").replaceChildren(...(answer.resources || []).map((r) => card(r, set)));

  const international = answer.international || [];
  const title = $("#answer-international-title");
  title.textContent = label(set, "preview-international");
  title.hidden = international.length === 0;
  $("#answer-international").replaceChildren(
    ...international.map((i) =>
      el("li", {}, el("a", { href: i.website, rel: "noopener noreferrer" }, i.name), i.description ? ` — ${i.description}` : "")
    )
  );

  $("#answer-json").textContent = JSON.stringify(answer, null, 2);
  $("#answer").hidden = false;
}

function openBadge(open, set) {
  if (open === true) return el("span", { class: "badge open" }, label(set, "preview-open-now"));
  if (open === false) return el("span", { class: "badge closed" }, label(set, "preview-closed-now"));
  return el("span", { class: "badge unknown" }, label(set, "preview-hours-unknown"));
}

function card(r, set) {
  const actions = [];
  const link = (href, content, kind) =>
    actions.push(el("a", { class: `action ${kind}`, href, rel: "noopener noreferrer" }, el("span", {}, content)));
  if (r.phone) link(`tel:${dialable(r.phone)}`, parts(set, "preview-action-call", { number: ltr(r.phone) }), "call");
  if (r.sms) {
    const keyword = r.sms_keyword ? `?body=${encodeURIComponent(r.sms_keyword)}` : "";
    link(`sms:${dialable(r.sms)}${keyword}`, parts(set, "preview-action-text", { number: ltr(r.sms) }), "text");
  }
  if (r.chat) link(r.chat, label(set, "preview-action-chat"), "chat");
  if (r.whatsapp) link(`https://wa.me/${r.whatsapp.replace(/\D/g, "")}`, "WhatsApp", "whatsapp");
  if (r.website) link(r.website, label(set, "preview-action-website"), "website");

  const facts = el("ul", { class: "facts" });
  const fact = (...content) => facts.append(el("li", {}, ...content));
  fact(openBadge(r.open_now, set));
  const languages = (r.languages || []).join(", ");
  fact(languages ? parts(set, "preview-fact-languages", { list: ltr(languages) }) : label(set, "preview-fact-languages-none"));
  if (r.hours) fact(parts(set, "preview-fact-hours", { times: ltr(r.hours) }));
  const evidence = {
    provider: "preview-evidence-provider",
    corroborated: "preview-evidence-corroborated",
    "single-source": "preview-evidence-single",
    conflict: "preview-evidence-conflict",
  }[r.evidence];
  if (evidence) fact(label(set, evidence));
  if (r.checked) fact(parts(set, "preview-fact-checked", { date: el("time", { datetime: r.checked }, r.checked) }));
  if (r.newest_source) fact(parts(set, "preview-fact-newest-source", { date: el("time", {}, r.newest_source) }));
  if (r.country) fact(parts(set, "preview-fact-country", { code: ltr(r.country) }));

  return el(
    "li",
    { class: "resource-card", "data-id": r.id },
    el("h3", {}, el("bdi", {}, r.name)),
    r.summary ? el("p", { class: "summary" }, r.summary) : null,
    actions.length ? el("div", { class: "actions" }, ...actions) : null,
    facts
  );
}

// ---- coverage ---------------------------------------------------------------

let coverageRows = null;
const coverageSort = { key: "code", direction: 1 };

async function loadCoverage() {
  if (coverageRows) return;
  coverageRows = [];
  await pageReady;
  try {
    const list = await countries();
    coverageRows = list.map((c) => ({
      code: c.code,
      name: c.name,
      lines: c.resource_count,
      stale: c.stale_resource_count,
      languages: (c.languages || []).join(", "),
      emergency: emergencyText(c.emergency, page),
      note: c.emergency && c.emergency.note,
    }));
    renderCoverage();
    drawMap();
  } catch (error) {
    coverageRows = null;
    $("#coverage-summary").textContent = label(page, "preview-error-countries", { error: error.message });
  }
}

function coverageSummary() {
  const withLines = coverageRows.filter((r) => r.lines > 0).length;
  const lines = coverageRows.reduce((sum, r) => sum + r.lines, 0);
  const stale = coverageRows.reduce((sum, r) => sum + (r.stale || 0), 0);
  const summary = $("#coverage-summary");
  summary.textContent = [
    label(page, "preview-coverage-summary", {
      total: coverageRows.length,
      covered: withLines,
      uncovered: coverageRows.length - withLines,
    }),
    label(page, "preview-coverage-age", { stale, total: lines }),
  ].join(" ");
  summary.dataset.state = "done";
}

// The map is the vendored outline (static/preview/world.svg); each country
// is coloured by what the dataset holds for it.
async function drawMap() {
  const canvas = $("#map-canvas");
  try {
    const response = await fetch("/preview/world.svg");
    const svg = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement;
    const byCode = new Map(coverageRows.map((r) => [r.code, r]));
    for (const path of svg.querySelectorAll("path[data-code]")) {
      const row = byCode.get(path.getAttribute("data-code"));
      path.setAttribute("class", row ? (row.lines ? "line" : "emergency") : "none");
    }
    canvas.replaceChildren(document.importNode(svg, true));
    canvas.dataset.state = "drawn";
  } catch (error) {
    canvas.dataset.state = "failed";
  }
}

function renderCoverage() {
  const { key, direction } = coverageSort;
  const rows = [...coverageRows].sort((a, b) => {
    const x = a[key], y = b[key];
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return order * direction || a.code.localeCompare(b.code);
  });
  $("#coverage tbody").replaceChildren(
    ...rows.map((r) =>
      el(
        "tr",
        { class: r.lines ? null : "emergency-only", "data-code": r.code },
        el("td", {}, r.code),
        el("td", { lang: "en" }, r.name),
        el("td", { class: "num" }, r.lines ? r.lines : el("span", {}, "0 ", el("span", { class: "tag" }, label(page, "preview-emergency-only")))),
        el("td", {}, r.languages),
        el("td", {}, ltr(r.emergency), r.note ? el("small", { class: "note", lang: "en", dir: "ltr" }, r.note) : null),
        el("td", { class: "num" }, r.lines ? r.stale : "—")
      )
    )
  );
  for (const th of document.querySelectorAll("#coverage th[data-key]")) {
    if (th.dataset.key === key) th.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  }
  coverageSummary();
}

for (const th of document.querySelectorAll("#coverage th[data-key]")) {
  th.querySelector("button").addEventListener("click", () => {
    const key = th.dataset.key;
    coverageSort.direction = coverageSort.key === key ? -coverageSort.direction : 1;
    coverageSort.key = key;
    renderCoverage();
  });
}

// ---- locales ----------------------------------------------------------------

let localesLoaded = false;

async function loadLocales() {
  if (localesLoaded) return;
  localesLoaded = true;
  await pageReady;
  try {
    const list = await locales();
    const reviewed = list.filter((l) => l.reviewed).length;
    $("#locales-summary").textContent = label(page, "preview-locales-summary", { total: list.length, reviewed });
    $("#locales tbody").replaceChildren(
      ...list.map((l) =>
        el(
          "tr",
          { "data-code": l.code },
          el("td", {}, l.code),
          el("td", { lang: l.code }, el("bdi", { dir: l.direction }, l.native_name)),
          el("td", {}, l.direction),
          el(
            "td",
            {},
            el(
              "span",
              { class: l.reviewed ? "badge open" : "badge unknown" },
              label(page, l.reviewed ? "preview-reviewed" : "preview-not-reviewed")
            )
          )
        )
      )
    );
  } catch (error) {
    localesLoaded = false;
    $("#locales-summary").textContent = label(page, "preview-error-locales", { error: error.message });
  }
}

fillSelects();
