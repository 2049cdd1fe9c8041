// Shared set-up for the end-to-end flows: where the app, database and artifacts are,
// starting and ending app sessions, screenshots, axe-core checks and layout checks.
//
// run.sh starts one tauri-driver with WERFWIJZER_DB=$E2E_DB. The app opens that file each
// time a session starts it, so a flow that needs an empty database removes the file
// (after the previous app has exited) before it starts its session.

import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

import { Session } from './webdriver.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

export const APP = resolve(process.env.E2E_APP || join(repoRoot, 'target/release/werfwijzer'));
export const DRIVER_URL = process.env.E2E_DRIVER_URL || 'http://127.0.0.1:4444';
export const SCREENSHOTS = resolve(process.env.E2E_SCREENSHOTS || join(repoRoot, 'artifacts/screenshots'));
export const AXE_DIR = resolve(process.env.E2E_AXE || join(repoRoot, 'artifacts/axe'));

export const SIZE_LARGE = { width: 1280, height: 800 };
export const SIZE_SMALL = { width: 1024, height: 600 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The database file tauri-driver passed to the app (set by run.sh). */
export function dbPath() {
  const p = process.env.E2E_DB;
  if (!p) {
    throw new Error('E2E_DB is not set: start the suite with `bash tests/e2e/run.sh`, which starts ' +
      'tauri-driver with WERFWIJZER_DB=$E2E_DB.');
  }
  return p;
}

function parentPid(pid) {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** True when `pid` descends from our tauri-driver (run.sh exports its PID), or when unknown. */
function startedByOurDriver(pid) {
  const driver = Number(process.env.E2E_DRIVER_PID || 0);
  if (!driver) return true;
  for (let p = pid, hops = 0; p > 1 && hops < 10; hops++) {
    p = parentPid(p);
    if (p === driver) return true;
  }
  return false;
}

/**
 * PIDs of running processes whose executable is the app under test and that our
 * tauri-driver started (other copies of the app on this machine are left out).
 */
export function appPids() {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const exe = readlinkSync(`/proc/${name}/exe`);
      if ((exe === APP || exe === `${APP} (deleted)`) && startedByOurDriver(Number(name))) pids.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Waits until no app process is left (after a session was deleted). */
export async function waitForAppExit(timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (appPids().length > 0) {
    if (Date.now() > end) throw new Error(`the app still runs ${timeoutMs} ms after its session ended: pids ${appPids()}`);
    await sleep(50);
  }
}

/** Removes the database (and its WAL files) so the next app start sees an empty state. */
export async function freshDatabase() {
  await waitForAppExit();
  const db = dbPath();
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
}

/** Starts the app in a new WebDriver session at 1280×800 and waits for the UI to render. */
export async function startApp() {
  if (!existsSync(APP)) throw new Error(`the app binary is missing: ${APP}`);
  await waitForAppExit();
  const session = await Session.create({ base: DRIVER_URL, application: APP });
  try {
    await setSize(session, SIZE_LARGE);
    await session.waitFor(
      () => session.execute(`return document.readyState === 'complete' &&
        !!document.querySelector('[data-testid]');`),
      { timeout: 20_000, message: 'the UI to render (any [data-testid] element)' },
    );
  } catch (e) {
    await session.delete();
    throw e;
  }
  return session;
}

/**
 * Runs `fn(session)` with the app started; always ends the session (which closes the app).
 * On failure it saves `FOUT-<label>.png` first, for the person reading the log.
 */
export async function withApp(label, fn) {
  const session = await startApp();
  try {
    return await fn(session);
  } catch (e) {
    try {
      await screenshot(session, `FOUT-${label}`);
      const text = await session.execute('return document.body ? document.body.innerText : ""');
      const lines = String(text).split('\n').filter((l) => l.trim()).slice(0, 60);
      console.error(`visible text when "${label}" failed: ${lines.join(' | ')}`);
    } catch {
      // the failure itself is what matters
    }
    throw e;
  } finally {
    await session.delete();
    await waitForAppExit().catch((e) => console.error(e.message));
  }
}

/** Sets the window size and waits until the page sees it. */
export async function setSize(session, { width, height }) {
  await session.setWindowRect({ width, height });
  await sleep(100);
  // if the window has chrome (decorations, a toolbar), grow it by that much once
  const [iw, ih] = await session.execute('return [window.innerWidth, window.innerHeight];');
  if (iw !== width || ih !== height) {
    await session.setWindowRect({ width: width + (width - iw), height: height + (height - ih) });
  }
  await session.waitFor(
    () => session.execute('return window.innerWidth === arguments[0] && window.innerHeight === arguments[1];',
      [width, height]),
    { timeout: 5_000, message: `the viewport to become ${width}×${height}` },
  );
}

/** Saves a PNG of the webview as <SCREENSHOTS>/<name>.png and returns its path. */
export async function screenshot(session, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // let transitions and fonts settle so the picture shows the steady state
  await session.execute('return document.fonts ? document.fonts.status : "loaded"');
  await sleep(150);
  const png = await session.screenshot();
  assert.ok(png.subarray(1, 4).toString() === 'PNG', `screenshot ${name} is not a PNG`);
  const file = join(SCREENSHOTS, `${name}.png`);
  writeFileSync(file, png);
  return file;
}

// ---------------------------------------------------------------- axe-core

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the current screen, writes <AXE_DIR>/<screen>.json (unless `save` is
 * false) and fails on any violation with impact "serious" or "critical".
 */
export async function checkA11y(session, screen, { save = true } = {}) {
  const hasAxe = await session.execute('return typeof window.axe === "object" && typeof window.axe.run === "function";');
  if (!hasAxe) {
    const ok = await session.execute(`${AXE_SOURCE}\n;return typeof window.axe === "object";`);
    assert.ok(ok, 'axe-core could not be injected into the webview');
  }
  const raw = await session.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, {
      runOnly: { type: 'tag', values: arguments[0] },
      resultTypes: ['violations'],
    }).then((r) => done(JSON.stringify({
      engine: r.testEngine.version,
      url: r.url,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary })),
      })),
      incomplete: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) })),
      passes: r.passes.map((v) => v.id),
    }))).catch((e) => done(JSON.stringify({ error: String(e && e.stack || e) })));`, [AXE_TAGS]);
  const result = JSON.parse(raw);
  if (result.error) throw new Error(`axe-core failed on ${screen}: ${result.error}`);

  const summary = {
    screen,
    tags: AXE_TAGS,
    axeVersion: result.engine,
    url: result.url,
    lang: await session.execute('return document.documentElement.lang'),
    viewport: await session.execute('return [window.innerWidth, window.innerHeight]'),
    violations: result.violations,
    incomplete: result.incomplete,
    passes: result.passes,
  };
  if (save) {
    mkdirSync(AXE_DIR, { recursive: true });
    writeFileSync(join(AXE_DIR, `${screen}.json`), JSON.stringify(summary, null, 2) + '\n');
  }

  const describe = (v) => `  ${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.summary || '').split('\n').join('\n      ')}`).join('\n');
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.filter((v) => !blocking.includes(v));
  if (minor.length) console.log(`axe ${screen}: minor/moderate findings\n${minor.map(describe).join('\n')}`);
  assert.equal(blocking.length, 0,
    `axe-core found serious or critical WCAG violations on screen "${screen}":\n${blocking.map(describe).join('\n')}`);
  return summary;
}

// ---------------------------------------------------------------- layout

/** Asserts the page has no horizontal scroll; names the widest elements if it has. */
export async function assertNoHorizontalScroll(session, screen) {
  const m = await session.execute(`
    const de = document.documentElement;
    const out = [];
    for (const e of document.body.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 && r.width > 0) {
        const name = e.getAttribute('data-testid') ? '[data-testid=' + e.getAttribute('data-testid') + ']'
          : e.id ? '#' + e.id
          : e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim()
            ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
        out.push(name + ' right=' + Math.round(r.right));
        if (out.length >= 8) break;
      }
    }
    return { scrollWidth: de.scrollWidth, innerWidth: window.innerWidth, overflowing: out };`);
  assert.ok(m.scrollWidth <= m.innerWidth,
    `${screen}: horizontal scroll (document scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}); ` +
    `elements past the right edge: ${m.overflowing.join(', ') || 'none found'}`);
  return m;
}

/** The visible text of the whole page. */
export function pageText(session) {
  return session.execute('return document.body.innerText');
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(session, text, timeout = 10_000) {
  await session.waitFor(
    async () => (await pageText(session)).includes(text),
    { timeout, message: `the text "${text}" on the page` },
  );
}

/** A screen visited: its screenshot, the axe-core check and the no-horizontal-scroll check. */
export async function checkScreen(session, { shot, axe }) {
  if (shot) await screenshot(session, shot);
  await checkA11y(session, axe);
  await assertNoHorizontalScroll(session, axe);
}

/** Asserts the element can be scrolled fully into the viewport (not cut off by a fixed box). */
export async function assertReachable(session, testid) {
  const r = await session.execute(`
    const e = document.querySelector('[data-testid="' + arguments[0] + '"]');
    if (!e) return null;
    e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const b = e.getBoundingClientRect();
    const x = Math.min(Math.max(b.left + b.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(b.top + b.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, w: innerWidth, h: innerHeight,
             onTop: !!hit && (hit === e || e.contains(hit) || [...(e.labels || [])].some((l) => l.contains(hit))) };`, [testid]);
  assert.ok(r, `${testid} is on the page`);
  assert.ok(r.top >= 0 && r.left >= 0 && r.bottom <= r.h && r.right <= r.w,
    `${testid} cannot be brought fully into the ${r.w}×${r.h} viewport: ${JSON.stringify(r)}`);
  assert.ok(r.onTop, `${testid} is covered by another element at ${r.w}×${r.h}`);
}
