// dyad dashboard: plain JavaScript and SVG, no outside assets.
"use strict";

const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QCOLOR = { 1: "var(--c1)", 2: "var(--c2)", 3: "var(--c3)", 4: "var(--c4)" };
const state = { offset: 0, limit: 50, world: null };

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const svgEl = (tag, attrs) => {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
};

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) q.set(k, v);
  const res = await fetch(path + (q.toString() ? "?" + q : ""));
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function filters() {
  const f = {};
  for (const el of $("#filters").elements) if (el.name && el.value) f[el.name] = el.value;
  return f;
}

function actorLink(code) {
  return code ? `<a class="actor" href="#actor" data-actor="${esc(code)}">${esc(code)}</a>` : "";
}

async function loadHealth() {
  const h = await api("/api/health");
  $("#health").textContent = `${h.articles} articles · ${h.mentions} mentions → ${h.events} events`;
}

async function loadTimeline() {
  const f = filters();
  const { items } = await api("/api/stats", { ...f, by: f.by || "week" });
  const svg = $("#timeline svg");
  svg.replaceChildren();
  const all = [...new Set(items.map((r) => r.period))].sort();
  const counts = {}, gold = {};
  for (const r of items) {
    (counts[r.period] ??= { 1: 0, 2: 0, 3: 0, 4: 0 })[r.quad_class] += r.events;
    (gold[r.period] ??= []).push([r.goldstein_mean ?? 0, r.events]);
  }
  // Dates read from text reach far into the past and future ("by 2050"); on a time axis a
  // handful of them would squeeze the rest into a sliver. Leave out the outer 0.5% of
  // events on each side (never any with under 200 events) and say how many.
  const sum = (p) => Object.values(counts[p]).reduce((a, b) => a + b, 0);
  const total = all.reduce((a, p) => a + sum(p), 0), tail = 0.005 * total;
  let before = 0, lo = 0, hi = all.length - 1, after = 0;
  while (lo < hi && before + sum(all[lo]) <= tail) before += sum(all[lo++]);
  while (hi > lo && after + sum(all[hi]) <= tail) after += sum(all[hi--]);
  const periods = all.slice(lo, hi + 1);
  const W = 720, H = 220, pad = 24;
  const max = Math.max(1, ...periods.map((p) => Object.values(counts[p]).reduce((a, b) => a + b, 0)));
  // A true time axis: periods without events leave gaps, so years of sparse data are not
  // squeezed together (real corpora have thousands of weeks, most of them empty).
  const day = 86400000, step = { day: 1, week: 7, month: 31 }[f.by || "week"] * day;
  const ts = periods.map((p) => Date.parse(p + "T00:00:00Z"));
  const t0 = ts.length ? ts[0] : 0, t1 = ts.length ? ts[ts.length - 1] + step : 1;
  const x = (t) => pad + ((W - 2 * pad) * (t - t0)) / Math.max(1, t1 - t0);
  const bw = Math.max(1, x(t0 + step) - x(t0) - (periods.length > 100 ? 0 : 2));
  periods.forEach((p, i) => {
    let y = H - pad;
    for (const q of [1, 2, 3, 4]) {
      const h = ((H - 2 * pad) * counts[p][q]) / max;
      if (h > 0) {
        const rect = svgEl("rect", { x: x(ts[i]), y: y - h, width: bw, height: h, fill: QCOLOR[q], "data-quad": q });
        const t = svgEl("title"); t.textContent = `${p}: ${counts[p][q]} ${QUAD[q]}`; rect.append(t);
        svg.append(rect);
        y -= h;
      }
    }
  });
  // Mean Goldstein (weighted by events) on a -10..10 axis; with many periods, a moving
  // average over nine periods, since a week of two events swings from -10 to +10.
  const half = periods.length > 60 ? 4 : 0;
  const pts = periods.map((p, i) => {
    let s = 0, n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(periods.length - 1, i + half); j++)
      for (const [v, w] of gold[periods[j]]) { s += v * w; n += w; }
    const mean = n ? s / n : 0;
    return `${x(ts[i]) + bw / 2},${H / 2 - (mean / 10) * (H / 2 - pad)}`;
  });
  if (pts.length > 1) svg.append(svgEl("polyline", { points: pts.join(" "), fill: "none", stroke: "#333", "stroke-width": 1.2, "stroke-dasharray": "4 2", class: "goldstein" }));
  svg.append(svgEl("line", { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, stroke: "#999" }));
  // Year ticks when the data spans years; otherwise the first and last period.
  const y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
  const every = Math.max(1, Math.ceil((y1 - y0) / 12));
  const ticks = y1 - y0 >= 2
    ? Array.from({ length: y1 - y0 }, (_, k) => y0 + k + 1).filter((y) => y % every === 0)
      .map((y) => [Date.UTC(y, 0, 1), String(y), "middle"])
    : periods.length ? [[t0, periods[0], "start"], [t1, periods[periods.length - 1], "end"]] : [];
  for (const [t, label, anchor] of ticks) {
    if (t > t1) continue;
    svg.append(svgEl("line", { x1: x(t), x2: x(t), y1: H - pad, y2: H - pad + 4, stroke: "#999" }));
    const el = svgEl("text", { x: x(t), y: H - 6, "font-size": 10, "text-anchor": anchor });
    el.textContent = label;
    svg.append(el);
  }
  $("#timeline .legend").innerHTML = [1, 2, 3, 4].map((q) => `<span><i style="background:${QCOLOR[q]}"></i>${QUAD[q]}</span>`).join("") + `<span>- - mean Goldstein${half ? " (9-period moving average)" : ""}</span>`
    + (before + after ? `<span class="muted">${before} events before ${esc(periods[0])} and ${after} after ${esc(periods[periods.length - 1])} not drawn</span>` : "");
}

async function loadMap(events) {
  const svg = $("#map svg");
  if (!state.world) state.world = await (await fetch("/world.json")).json();
  svg.replaceChildren();
  for (const [iso, c] of Object.entries(state.world.countries)) {
    const p = svgEl("path", { d: c.d, "data-iso": iso });
    const t = svgEl("title"); t.textContent = c.name; p.append(t);
    svg.append(p);
  }
  for (const e of events) {
    if (e.lat == null || e.lon == null) continue;
    const c = svgEl("circle", { cx: (e.lon + 180) * 2, cy: (90 - e.lat) * 2, r: Math.min(8, 1.5 + Math.sqrt(e.num_mentions)), "data-id": e.id });
    const t = svgEl("title"); t.textContent = `${e.place}: ${e.source || "?"} → ${e.target || "?"} ${e.cameo}`; c.append(t);
    c.addEventListener("click", () => openEvent(e.id));
    svg.append(c);
  }
}

async function loadEvents() {
  const data = await api("/api/events", { ...filters(), limit: state.limit, offset: state.offset });
  const tbody = $("#events tbody");
  tbody.innerHTML = data.items.map((e) => `<tr data-id="${e.id}">
    <td>${esc(e.day)}</td><td>${actorLink(e.source)}</td><td>${actorLink(e.target)}</td>
    <td>${esc(e.cameo)}</td><td>${esc(e.plover)}</td><td class="q${e.quad_class}">${esc(QUAD[e.quad_class] || "")}</td>
    <td>${e.goldstein == null ? "" : e.goldstein.toFixed(1)}</td><td>${e.num_mentions}</td><td>${e.num_articles}</td><td>${esc(e.place)}</td></tr>`).join("");
  $("#page").textContent = data.total ? `${state.offset + 1}-${state.offset + data.items.length} of ${data.total}` : "no events";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = state.offset + data.items.length >= data.total;
  await loadMap(data.items);
}

function highlight(m) {
  const marks = [[m.source_span, "src"], [m.target_span, "tgt"], [m.verb_span, "verb"]]
    .filter(([s]) => s && s[1] > s[0]).sort((a, b) => a[0][0] - b[0][0]);
  // Offsets are bytes of UTF-8; slice the encoded sentence.
  const bytes = new TextEncoder().encode(m.sentence), dec = new TextDecoder();
  let out = "", at = 0;
  for (const [[s, e], cls] of marks) {
    if (s < at) continue;
    out += esc(dec.decode(bytes.slice(at, s))) + `<mark class="${cls}">` + esc(dec.decode(bytes.slice(s, e))) + "</mark>";
    at = e;
  }
  return out + esc(dec.decode(bytes.slice(at)));
}

async function openEvent(id) {
  const { event: e, mentions } = await api(`/api/events/${id}`);
  $("#modal-title").textContent = `${e.source || "?"} → ${e.target || "?"}: ${e.cameo} ${e.plover || ""} (${e.day || "undated"})`;
  $("#modal-body").innerHTML = `<p class="meta">${e.num_mentions} mentions in ${e.num_articles} articles from ${e.num_sources} sources · Goldstein ${e.goldstein}</p>` +
    mentions.map((m) => `<div class="sentence">${highlight(m)}<div class="meta">${esc(m.outlet || "")} · ${esc(m.title || m.doc_id)} ${m.url ? `· <a href="${esc(m.url)}">link</a>` : ""}</div></div>`).join("");
  $("#modal").showModal();
}

async function loadQuotes() {
  const speaker = $("#speaker").value.trim();
  const { items } = await api("/api/quotes", { speaker, limit: 200 });
  $("#quotes").innerHTML = items.map((q) => `<li><blockquote>“${esc(q.text)}”</blockquote><span class="meta">${esc(q.speaker || "unattributed (" + q.speaker_kind + ")")} ${esc(q.verb || "")} · ${esc(q.day || "")}</span></li>`).join("");
  if (!speaker) {
    const counts = {};
    for (const q of items) if (q.speaker) counts[q.speaker] = (counts[q.speaker] || 0) + 1;
    $("#speakers").innerHTML = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 20)
      .map(([s, n]) => `<button data-speaker="${esc(s)}">${esc(s)} (${n})</button>`).join("");
  }
}

async function loadActor(code) {
  $("#actor-title").textContent = `Actor ${code}`;
  const [asSource, asTarget, stats] = await Promise.all([
    api("/api/events", { source: code, limit: 100 }),
    api("/api/events", { target: code, limit: 100 }),
    api("/api/stats", { actor: code, by: "month" }),
  ]);
  const byQuad = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of stats.items) byQuad[r.quad_class] += r.events;
  $("#actor-summary").innerHTML = `<p>${asSource.total} events as source, ${asTarget.total} as target. ` +
    [1, 2, 3, 4].map((q) => `${QUAD[q]}: ${byQuad[q]}`).join(" · ") + "</p>";
  const rows = [...asSource.items, ...asTarget.items].sort((a, b) => (b.day || "").localeCompare(a.day || ""));
  $("#actor-events tbody").innerHTML = rows.map((e) => `<tr data-id="${e.id}"><td>${esc(e.day)}</td><td>${actorLink(e.source)}</td><td>${actorLink(e.target)}</td><td>${esc(e.cameo)}</td><td>${esc(e.plover)}</td><td>${e.num_mentions}</td></tr>`).join("");
}

async function loadAlerts() {
  try {
    const { items } = await api("/api/alerts", { limit: 100 });
    $("#alerts").innerHTML = items.length ? items.map((a) => {
      const evidence = (a.events || []).slice(0, 3).flatMap((e) => (e.sentences || []).slice(0, 1)
        .map((t) => `<div class="sentence">${esc(t.text)}<div class="meta">${esc(e.day)} ${esc(e.source)} → ${esc(e.target)} ${esc(e.cameo)} · ${esc(t.outlet || t.doc_id)}</div></div>`)).join("");
      return `<li class="sev-${esc(a.severity)}"><strong>${esc(a.rule)}</strong> · ${esc(a.subject)} · ${esc(a.window_start)}..${esc(a.window_end)} · score ${Number(a.score).toFixed(2)}
        <button class="around" data-subject="${esc(a.subject)}" data-day="${esc(a.window_end)}">timeline around it</button>
        <div class="meta">${esc(a.summary || "")}</div>${evidence}</li>`;
    }).join("") : "<li>No alerts.</li>";
  } catch (err) {
    $("#alerts").innerHTML = `<li>${esc(err.message)}</li>`;
  }
}

// Shows the events and timeline of an alert's subject, 60 days either side of it.
function around(subject, day) {
  const [source, target] = subject.split("->");
  const d = new Date(day + "T00:00:00Z");
  const shift = (n) => new Date(d.getTime() + n * 86400000).toISOString().slice(0, 10);
  const f = $("#filters").elements;
  f.actor.value = target ? "" : source;
  f.source.value = target ? source : "";
  f.target.value = target || "";
  f.from.value = shift(-60);
  f.to.value = shift(60);
  f.by.value = "day";
  show("events");
  refresh();
}

function show(view) {
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.dataset.view === view);
  for (const s of document.querySelectorAll("main section")) s.hidden = s.id !== "view-" + view;
  if (view === "quotes") loadQuotes();
  if (view === "alerts") loadAlerts();
}

async function refresh() {
  state.offset = 0;
  await Promise.all([loadTimeline(), loadEvents()]);
}

document.addEventListener("click", (ev) => {
  const actor = ev.target.closest("[data-actor]");
  if (actor) { ev.preventDefault(); ev.stopPropagation(); show("actor"); loadActor(actor.dataset.actor); return; }
  const nav = ev.target.closest("header nav a");
  if (nav) { ev.preventDefault(); show(nav.dataset.view); return; }
  const sp = ev.target.closest("[data-speaker]");
  if (sp) { $("#speaker").value = sp.dataset.speaker; loadQuotes(); return; }
  const near = ev.target.closest("button.around");
  if (near) { around(near.dataset.subject, near.dataset.day); return; }
  const row = ev.target.closest("tbody tr[data-id]");
  if (row) openEvent(row.dataset.id);
});
$("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
$("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
$("#next").addEventListener("click", () => { state.offset += state.limit; loadEvents(); });
$("#speaker").addEventListener("change", loadQuotes);

loadHealth();
refresh().then(() => document.body.setAttribute("data-ready", "1"));
