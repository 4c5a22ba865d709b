// Browser test of the dashboard: headless Chromium (Debian's package) driven by
// playwright-core. Checks that the timeline, the map and the event table render with the
// counts the API gives, then clicks an event and looks for its sentence in the dialog.
// Usage: node dashboard.mjs http://127.0.0.1:PORT [screenshot.png]
import { chromium } from "playwright-core";

const base = process.argv[2];
const shot = process.argv[3];
let passed = 0, failed = 0;
function check(name, ok, detail = "") {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

const api = async (path) => (await fetch(base + path)).json();
const health = await api("/api/health");
const events = await api("/api/events?limit=50");
const withPlace = events.items.filter((e) => e.lat != null && e.lon != null).length;
const stats = await api("/api/stats?by=week");
const bars = stats.items.filter((r) => r.events > 0).length;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "/");
  await page.waitForSelector("body[data-ready='1']", { timeout: 15000 });
  check("health line", (await page.textContent("#health")).includes(`${health.events} events`));
  const rows = await page.locator("#events tbody tr").count();
  check("event table rows", rows === events.items.length && rows > 0, `${rows} vs ${events.items.length}`);
  const rects = await page.locator("#timeline svg rect").count();
  check("timeline bars", rects === bars && rects > 0, `${rects} vs ${bars}`);
  const circles = await page.locator("#map svg circle").count();
  check("map points", circles === withPlace, `${circles} vs ${withPlace}`);
  const countries = await page.locator("#map svg path").count();
  check("world map drawn", countries > 150, `${countries}`);
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#modal[open] .sentence", { timeout: 5000 });
  const id = await page.locator("#events tbody tr").first().getAttribute("data-id");
  const detail = await api(`/api/events/${id}`);
  const shown = await page.textContent("#modal-body");
  const sentence = detail.mentions[0].sentence.replace(/\s+/g, " ").slice(0, 40);
  check("event opens its sentence", shown.replace(/\s+/g, " ").includes(sentence), sentence);
  check("verb highlighted", (await page.locator("#modal-body mark.verb").count()) >= 1);
  // The alerts page lists every stored alert with its evidence; "timeline around it"
  // brings back the events view filtered on the alert's subject and window.
  const alerts = await api("/api/alerts?limit=100");
  await page.keyboard.press("Escape");
  await page.click("header nav a[data-view='alerts']");
  await page.waitForSelector("#alerts li");
  const shownAlerts = await page.locator("#alerts li button.around").count();
  check("alerts listed", shownAlerts === alerts.items.length && shownAlerts > 0, `${shownAlerts} vs ${alerts.items.length}`);
  if (shownAlerts > 0) {
    const subject = alerts.items[0].subject;
    await page.locator("#alerts li button.around").first().click();
    await page.waitForFunction(() => !document.querySelector("#view-events").hidden);
    await page.waitForTimeout(500);
    const filtered = await page.locator("#events tbody tr").count();
    const src = subject.split("->")[0];
    const firstSource = filtered ? await page.locator("#events tbody tr td:nth-child(2)").first().textContent() : "";
    check("alert opens its timeline", filtered > 0 && firstSource.startsWith(src), `${filtered} rows, ${firstSource} vs ${src}`);
  }
  if (shot) {
    await page.screenshot({ path: shot, fullPage: true });
  }
  check("no script errors", errors.length === 0, errors.join("; "));
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
