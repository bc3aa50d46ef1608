// Preview page for crisis-lookup. Uses only the public API; every value from
// the API goes in through textContent (never innerHTML).
"use strict";

const $ = (selector) => document.querySelector(selector);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
  }
  for (const child of children) {
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
    showError(`Could not load countries or locales (${error.message}).`);
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
    const answer = await getJson("/v1/lookup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(requestBody(event.target)),
    });
    renderAnswer(answer);
  } catch (error) {
    showError(`The lookup failed (${error.message}).`);
  } finally {
    button.disabled = false;
  }
});

function emergencyText(emergency) {
  if (!emergency) return "";
  const parts = [];
  if (emergency.number) parts.push(emergency.number);
  for (const service of ["police", "ambulance", "fire"]) {
    if (emergency[service]) parts.push(`${service} ${emergency[service]}`);
  }
  return parts.join(" · ");
}

// Phone numbers stay left-to-right inside right-to-left text.
const ltr = (text) => el("bdi", { dir: "ltr" }, text);
const dialable = (number) => number.replace(/[^\d+*#]/g, "");

function renderAnswer(answer) {
  const text = answer.text || {};
  const country = answer.country || {};
  const language = answer.language || {};
  $("#answer-meta").textContent =
    `Language ${language.code} (from ${language.source}) · country ${country.code || "unknown"}` +
    `${country.source ? ` (from ${country.source})` : ""} · locale ${answer.locale}` +
    ` · ${(answer.resources || []).length} line(s)`;

  const warnings = $("#answer-warnings");
  warnings.replaceChildren(...(answer.warnings || []).map((w) => el("li", {}, typeof w === "string" ? w : JSON.stringify(w))));

  // The chat bubble takes the answer's language and direction.
  const bubble = $("#answer-bubble");
  bubble.setAttribute("lang", text.lang || "");
  bubble.setAttribute("dir", text.dir || "auto");
  const message = $("#answer-text");
  message.setAttribute("lang", text.lang || "");
  message.setAttribute("dir", text.dir || "auto");
  message.textContent = text.message || "";
  const ask = $("#answer-ask");
  ask.textContent = text.ask_country || "";
  ask.hidden = !text.ask_country;

  const emergency = emergencyText(answer.emergency);
  const note = answer.emergency && answer.emergency.note;
  $("#answer-emergency").replaceChildren(
    ...(emergency ? ["Emergency: ", ltr(emergency)] : []),
    ...(note ? [el("small", { class: "note", lang: "en" }, note)] : [])
  );

  const cards = $("#answer-resources");
  cards.setAttribute("lang", text.lang || "");
  cards.setAttribute("dir", text.dir || "auto");
  cards.replaceChildren(...(answer.resources || []).map(card));

  const international = answer.international || [];
  $("#answer-international-title").hidden = international.length === 0;
  $("#answer-international").replaceChildren(
    ...international.map((i) =>
      el("li", {}, el("a", { href: i.website, rel: "noopener noreferrer" }, i.name), i.description ? ` — ${i.description}` : "")
    )
  );

  $("#answer-json").textContent = JSON.stringify(answer, null, 2);
  $("#answer").hidden = false;
}

function openBadge(open) {
  if (open === true) return el("span", { class: "badge open" }, "Open now");
  if (open === false) return el("span", { class: "badge closed" }, "Closed now");
  return el("span", { class: "badge unknown" }, "Hours unknown");
}

function card(r) {
  const actions = [];
  // The preview's own labels are English: keep them left-to-right inside an
  // RTL card, while the buttons themselves flow with the card.
  const link = (href, label, kind) =>
    actions.push(el("a", { class: `action ${kind}`, href, rel: "noopener noreferrer", lang: "en", dir: "ltr" }, label));
  if (r.phone) link(`tel:${dialable(r.phone)}`, el("span", {}, "Call ", ltr(r.phone)), "call");
  if (r.sms) {
    const keyword = r.sms_keyword ? `?body=${encodeURIComponent(r.sms_keyword)}` : "";
    link(`sms:${dialable(r.sms)}${keyword}`, el("span", {}, "Text ", ltr(r.sms)), "text");
  }
  if (r.chat) link(r.chat, "Chat", "chat");
  if (r.whatsapp) link(`https://wa.me/${r.whatsapp.replace(/\D/g, "")}`, "WhatsApp", "whatsapp");
  if (r.website) link(r.website, "Website", "website");

  const facts = el("ul", { class: "facts" });
  const fact = (...content) => facts.append(el("li", { lang: "en", dir: "ltr" }, ...content));
  fact(openBadge(r.open_now));
  fact(`Languages: ${(r.languages || []).join(", ") || "not listed"}`);
  if (r.hours) fact(`Hours: ${typeof r.hours === "string" ? r.hours : "weekly schedule"}`);
  if (r.verified) fact("Verified ", el("time", { datetime: r.verified }, r.verified));
  if (r.evidence) fact(`Evidence: ${r.evidence}`);
  if (r.country) fact(`Country: ${r.country}`);

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
  try {
    const list = await countries();
    coverageRows = list.map((c) => ({
      code: c.code,
      name: c.name,
      lines: c.resource_count,
      languages: (c.languages || []).join(", "),
      emergency: emergencyText(c.emergency),
      note: c.emergency && c.emergency.note,
      verified: c.resource_count ? null : "",
    }));
    renderCoverage();
    fetchOldestVerified();
  } catch (error) {
    coverageRows = null;
    $("#coverage-summary").textContent = `Could not load the countries (${error.message}).`;
  }
}

function coverageSummary() {
  const withLines = coverageRows.filter((r) => r.lines > 0).length;
  const pending = coverageRows.filter((r) => r.verified === null).length;
  const dates = coverageRows.map((r) => r.verified).filter(Boolean).sort();
  $("#coverage-summary").textContent =
    `${coverageRows.length} countries and territories: ${withLines} with lines, ` +
    `${coverageRows.length - withLines} with an emergency number only.` +
    (pending ? ` Reading verified dates… (${pending} to go)` : dates.length ? ` Oldest verified line: ${dates[0]}.` : "");
}

function renderCoverage() {
  const { key, direction } = coverageSort;
  const value = (row) => (key === "verified" ? row.verified || "\uffff" : row[key]);
  const rows = [...coverageRows].sort((a, b) => {
    const x = value(a), y = value(b);
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return order * direction || a.code.localeCompare(b.code);
  });
  $("#coverage tbody").replaceChildren(
    ...rows.map((r) =>
      el(
        "tr",
        { class: r.lines ? null : "emergency-only", "data-code": r.code },
        el("td", {}, r.code),
        el("td", {}, r.name),
        el("td", { class: "num" }, r.lines ? r.lines : el("span", {}, "0 ", el("span", { class: "tag" }, "emergency only"))),
        el("td", {}, r.languages),
        el("td", {}, ltr(r.emergency), r.note ? el("small", { class: "note" }, r.note) : null),
        el("td", {}, r.verified === null ? "…" : r.verified || "—")
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

// The countries list has no dates: read each covered country's lines, a few
// requests at a time, and redraw once in a while rather than per answer.
async function fetchOldestVerified() {
  const queue = coverageRows.filter((r) => r.verified === null);
  let sinceRedraw = 0;
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      try {
        const answer = await getJson(`/v1/countries/${encodeURIComponent(row.code)}/resources`);
        const dates = (answer.resources || []).map((r) => r.verified).filter(Boolean).sort();
        row.verified = dates[0] || "";
      } catch (error) {
        row.verified = "";
      }
      if (++sinceRedraw >= 25) {
        sinceRedraw = 0;
        renderCoverage();
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  renderCoverage();
}

// ---- locales ----------------------------------------------------------------

let localesLoaded = false;

async function loadLocales() {
  if (localesLoaded) return;
  localesLoaded = true;
  try {
    const list = await locales();
    const reviewed = list.filter((l) => l.reviewed).length;
    $("#locales-summary").textContent = `${list.length} locales, ${reviewed} reviewed by a native speaker.`;
    $("#locales tbody").replaceChildren(
      ...list.map((l) =>
        el(
          "tr",
          { "data-code": l.code },
          el("td", {}, l.code),
          el("td", { lang: l.code }, el("bdi", { dir: l.direction }, l.native_name)),
          el("td", {}, l.direction),
          el("td", {}, el("span", { class: l.reviewed ? "badge open" : "badge unknown" }, l.reviewed ? "Reviewed" : "Not reviewed"))
        )
      )
    );
  } catch (error) {
    localesLoaded = false;
    $("#locales-summary").textContent = `Could not load the locales (${error.message}).`;
  }
}

fillSelects();
