// Screenshots of every screen in Chromium, to look at: 1024×600 and 1280×800, Dutch and
// English, against the in-memory fake backend (a `--mode mock` build; never `dist/`).
//
//   npm run build:mock && npm run screenshots [-- OUT_DIR]
//
// Needs Debian's chromium (`apt-get install chromium`); never downloads a browser. Serves
// the build with the app's real CSP and a frozen Object.prototype (as Tauri's
// `freezePrototype`), fails on any console error, CSP violation or horizontal scrolling.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out = resolve(process.argv[2] ?? '../artifacts/ui-screenshots');
mkdirSync(out, { recursive: true });

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ipc: http://ipc.localhost",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const server = await preview({
  build: { outDir: 'dist-mock' },
  preview: { port: 4179, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
  logLevel: 'warn',
});
const base = 'http://localhost:4179/';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const problems = [];
const sizes = [
  { width: 1024, height: 600 },
  { width: 1280, height: 800 },
];

/** Each shot: a scenario, a hash route and what to do before taking the picture. */
const shots = [
  { name: 'welcome', scenario: 'empty', route: '#/procedures' },
  { name: 'procedures', scenario: 'full', route: '#/procedures' },
  { name: 'procedure', scenario: 'full', route: '#/procedure/proc-2', fullPage: true },
  { name: 'procedure-demo', scenario: 'demo', route: '#/procedure/proc-1' },
  {
    name: 'new-procedure',
    scenario: 'full',
    route: '#/procedures',
    act: async (page) => page.getByTestId('new-procedure-button').click(),
  },
  {
    name: 'new-procedure-error',
    scenario: 'full',
    route: '#/procedures',
    act: async (page) => {
      await page.getByTestId('new-procedure-button').click();
      await page.getByTestId('procedure-create-button').click();
      await page.getByTestId('error-message').waitFor();
    },
  },
  { name: 'organisations', scenario: 'full', route: '#/organisations', fullPage: true },
  {
    name: 'organisations-error',
    scenario: 'full',
    route: '#/organisations',
    act: async (page) => {
      await page.getByTestId('org-name-input').fill('Kapsalon Knip');
      await page.getByTestId('org-create-button').click();
      await page.getByTestId('error-message').waitFor();
    },
  },
  {
    name: 'organisation-delete',
    scenario: 'full',
    route: '#/organisations',
    act: async (page) => page.getByTestId('org-delete-button').first().click(),
  },
  {
    name: 'procedures-empty',
    scenario: 'full',
    route: '#/procedures',
    act: async (page) => {
      await page.getByTestId('org-switcher').selectOption('org-3');
      await page.getByText(/Nog geen procedures|No procedures yet/).first().waitFor();
    },
  },
  { name: 'packs', scenario: 'full', route: '#/packs', fullPage: true },
  {
    name: 'library-role',
    scenario: 'full',
    route: '#/library',
    act: async (page) => page.getByTestId('library-role').nth(1).click(),
  },
  {
    name: 'library-competency',
    scenario: 'full',
    route: '#/library',
    fullPage: true,
    act: async (page) => {
      await page.getByTestId('library-view-competencies').check({ force: true });
      await page.getByTestId('library-competency').first().click();
    },
  },
  {
    name: 'library-search',
    scenario: 'full',
    route: '#/library',
    act: async (page) => page.getByTestId('library-search').fill('kassa'),
  },
  {
    name: 'library-choosing',
    scenario: 'full',
    route: '#/library/for/proc-1',
    act: async (page) => {
      await page.getByTestId('library-role').nth(1).click();
      await page.getByTestId('library-take-role').click();
      await page.getByTestId('library-status').locator('p').waitFor();
    },
  },
  { name: 'procedure-competencies', scenario: 'full', route: '#/procedure/proc-1', fullPage: true },
  { name: 'packs-top', scenario: 'full', route: '#/packs' },
  // No organisation and no packs: the empty state.
  { name: 'packs-empty', scenario: 'empty', route: '#/packs' },
  {
    name: 'packs-error',
    scenario: 'packs',
    route: '#/packs',
    act: async (page) => {
      await page.getByTestId('pack-file-input').setInputFiles([
        { name: 'kapot.werfpack.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') },
        {
          name: 'bakkerij.werfpack.json',
          mimeType: 'application/json',
          buffer: Buffer.from(
            JSON.stringify({
              format: 'werfwijzer-pack',
              formatVersion: 1,
              id: 'nl.nbov.bakkerij',
              version: '2.2.0',
              publisher: { id: 'nl.nbov', name: 'NBOV' },
              title: { nl: 'Bakkerij en ambachtelijk voedsel', en: 'Bakery and food craft' },
              competencies: [{}, {}, {}, {}, {}, {}, {}, {}],
              roles: [{}, {}, {}, {}],
            }),
          ),
        },
      ]);
      await page.getByTestId('pack-status').locator('p').first().waitFor();
      await page.getByTestId('error-message').waitFor();
    },
  },
  {
    name: 'pack-remove',
    scenario: 'full',
    route: '#/packs',
    act: async (page) => page.getByTestId('pack-remove-button').first().click(),
  },
  { name: 'settings', scenario: 'full', route: '#/settings' },
  {
    name: 'settings-saved',
    scenario: 'full',
    route: '#/settings',
    // Switch to the other language and back, so the confirmation shows in the shot's language.
    act: async (page) => {
      const lang = await page.evaluate(() => document.documentElement.lang);
      const saved = page.getByTestId('settings-saved-status').locator('p');
      await page.getByTestId(`language-${lang === 'en' ? 'nl' : 'en'}`).check();
      await saved.waitFor();
      await page.getByTestId(`language-${lang}`).check();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await saved.waitFor();
    },
  },
  // Settings before there is an organisation: reachable from the welcome screen's menu.
  { name: 'settings-welcome', scenario: 'empty', route: '#/settings' },
  {
    name: 'keyboard-focus',
    scenario: 'full',
    route: '#/procedures',
    act: async (page) => {
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    },
  },
  { name: 'fatal', scenario: 'dberror', route: '#/procedures' },
];

try {
  for (const lang of ['nl', 'en']) {
    for (const size of sizes) {
      for (const shot of shots) {
        const context = await browser.newContext({ viewport: size, locale: lang === 'en' ? 'en-GB' : 'nl-NL' });
        await context.addInitScript(() => Object.freeze(Object.prototype));
        const page = await context.newPage();
        const label = `${shot.name}-${lang}-${size.width}x${size.height}`;
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') problems.push(`${label}: console ${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
        await page.goto(`${base}?scenario=${shot.scenario}&lang=${lang}${shot.route}`);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(100);
        if (shot.act) await shot.act(page);
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${label}: scrolls sideways by ${overflow}px`);
        const h1s = await page.locator('h1').count();
        if (h1s !== 1) problems.push(`${label}: ${h1s} h1 elements`);
        const htmlLang = await page.evaluate(() => document.documentElement.lang);
        if (htmlLang !== lang) problems.push(`${label}: <html lang="${htmlLang}">`);
        await page.screenshot({ path: `${out}/${label}.png`, fullPage: Boolean(shot.fullPage) });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`screenshots in ${out}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
