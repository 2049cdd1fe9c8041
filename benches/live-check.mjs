// Benchmark: live checking in the vacancy editor of the real app (PRODUCT.md §4.3: < 20 ms per
// keystroke for a 400-word text). Run, after `bash scripts/build-app.sh`:
//
//   bash tests/e2e/run.sh --script benches/live-check.mjs
//
// It opens the demo's vacancy text in the wizard, makes it 400 words, then types 60 letters at
// places spread over the text. Per keystroke it measures, inside the page, from the input event
// to the moment the check's answer for that very text has been rendered (the editor checks on
// every keystroke: IPC to Rust, the checker with rewrites and readability, the underlines and the
// side list redrawn, one frame). It prints the median, the 90th percentile and the slowest, with
// the target. Figures only; nothing here passes or fails on time.

import { freshDatabase, withApp } from '../tests/e2e/lib/harness.js';

const KEYSTROKES = 60;
const WORDS = 400;
const TARGET_MS = 20;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

await freshDatabase();
await withApp('bench-live-check', async (s) => {
  await (await s.waitForTestId('demo-button', { timeout: 20_000 })).click();
  await (await s.waitForTestId('procedure-open-wizard', { timeout: 20_000 })).click();
  await (await s.waitForTestId('wizard-step-tekst')).click();
  await s.waitForTestId('checker-input');

  const result = await s.executeAsync(`
    const [keystrokes, words] = [arguments[0], arguments[1]];
    const done = arguments[arguments.length - 1];
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    (async () => {
      const area = document.getElementById('wizard-text-nl');
      if (!area) return done({ error: 'no Dutch text editor' });
      // 400 words: the demo text, with its own paragraphs repeated until long enough, then cut.
      const base = area.value;
      let text = base;
      while (text.split(/\\s+/).filter(Boolean).length < words) text += '\\n\\n' + base;
      const parts = text.split(/(\\s+)/);
      let out = '', n = 0;
      for (const p of parts) { if (/\\S/.test(p)) { if (n === words) break; n++; } out += p; }
      text = out.trimEnd();

      const internals = window.__TAURI_INTERNALS__;
      const original = internals.invoke.bind(internals);
      let waiting = null;
      internals.invoke = (cmd, args, options) => {
        const p = original(cmd, args, options);
        if (cmd === 'check_text' && waiting && args && args.text === waiting.text) {
          const w = waiting; waiting = null;
          p.then(() => w.resolve(), () => w.resolve());
        }
        return p;
      };
      const type = async (next) => {
        const answered = new Promise((resolve) => { waiting = { text: next, resolve }; });
        const t0 = performance.now();
        area.value = next;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await answered;
        await frame();
        return performance.now() - t0;
      };
      await type(text);
      await frame();
      const times = [];
      let current = text;
      for (let i = 0; i < keystrokes; i++) {
        const at = Math.floor(((i + 0.5) / keystrokes) * current.length);
        current = current.slice(0, at) + 'e' + current.slice(at);
        times.push(await type(current));
      }
      internals.invoke = original;
      const findings = document.querySelectorAll('[data-testid="checker-finding"]').length;
      done({ times, words: current.split(/\\s+/).filter(Boolean).length, findings });
    })().catch((e) => done({ error: String(e) }));`, [KEYSTROKES, WORDS], 120_000);

  if (result.error) throw new Error(result.error);
  const sorted = [...result.times].sort((a, b) => a - b);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`live check in the editor, ${result.words} words, ${result.findings} remarks listed, ${KEYSTROKES} keystrokes: ` +
    `median ${ms(percentile(sorted, 0.5))}, p90 ${ms(percentile(sorted, 0.9))}, slowest ${ms(sorted.at(-1))}; ` +
    `target < ${TARGET_MS} ms per keystroke — ${percentile(sorted, 0.5) < TARGET_MS ? 'met' : 'NOT met'} (median)`);
});
