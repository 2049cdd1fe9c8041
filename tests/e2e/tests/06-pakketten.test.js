// Flow 6, template packs: a new database has Werfwijzer's ten built-in packs, verified.
// An owner installs a pack from their association. A copy that was changed after signing is
// refused; the signed pack shows "niet geverifieerd" until the association's key is added,
// then "geverifieerd"; the owner browses its role in the library; then the pack is removed.
// The pack files are made here with the real werfwijzer-cli (keygen, sign).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SIZE_LARGE, SIZE_SMALL, checkScreen, freshDatabase, setSize, withApp } from '../lib/harness.js';
import { navigate } from '../lib/app.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'target/release/werfwijzer-cli');
const FIXTURE = join(ROOT, 'src-tauri/crates/cli/tests/fixtures/winkel.werfpack.json');
const TITLE = 'Winkel (testpakket)';

function makeFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'werfwijzer-e2e-packs-'));
  execFileSync(CLI, ['pack', 'keygen', '--publisher-id', 'nl.bakkersbond', '--publisher-name', 'Bakkersbond', '--out', join(dir, 'bond')]);
  execFileSync(CLI, ['pack', 'sign', FIXTURE, '--key', join(dir, 'bond.secret.json'), '--out', join(dir, 'winkel.werfpack.json')]);
  const signed = readFileSync(join(dir, 'winkel.werfpack.json'), 'utf8');
  const tampered = signed.replace('foutloos', 'met fouten');
  assert.notEqual(tampered, signed, 'the tampered copy differs');
  writeFileSync(join(dir, 'veranderd.werfpack.json'), tampered);
  return dir;
}

/** The packs the user installed (the built-in ones are listed after them). */
function packItems(s, builtin = false) {
  return s.execute(`
    return [...document.querySelectorAll('[data-testid="pack-item"][data-builtin="${builtin}"]')]
      .map((e) => e.innerText.trim().replace(/\\s+/g, ' '));`);
}

async function chooseFile(s, testid, path) {
  const input = await s.waitForTestId(testid);
  await input.sendKeys(path);
}

test('pakketten: geweigerd als veranderd, geverifieerd met de sleutel, verwijderd', async () => {
  const dir = makeFiles();
  try {
    await freshDatabase();
    await withApp('pakketten', async (s) => {
      await navigate(s, 'nav-packs');
      await s.waitForTestId('pack-install-button');
      assert.deepEqual(await packItems(s), [], 'no own packs on a new database');
      const builtin = await packItems(s, true);
      assert.equal(builtin.length, 10, 'the ten built-in packs');
      for (const item of builtin) assert.match(item, /Ingebouwd.*Uitgegeven door Werfwijzer, geverifieerd/, item);
      await checkScreen(s, { shot: 'pakketten-01-leeg', axe: 'pakketten-leeg' });

      // A copy changed after signing: refused, with the reason, and nothing installed.
      await chooseFile(s, 'pack-file-input', join(dir, 'veranderd.werfpack.json'));
      const alert = await s.waitForTestId('error-message');
      await s.waitFor(async () => /veranderd nadat het is ondertekend/.test(await alert.text()),
        { message: 'the tampered pack to be refused with its reason' });
      assert.deepEqual(await packItems(s), [], 'the tampered pack is not installed');
      await checkScreen(s, { shot: 'pakketten-02-veranderd-geweigerd', axe: 'pakketten-geweigerd' });

      // The signed pack: installed, not verified yet.
      await chooseFile(s, 'pack-file-input', join(dir, 'winkel.werfpack.json'));
      await s.waitFor(async () => (await packItems(s)).length === 1, { message: 'the pack in the list' });
      let [item] = await packItems(s);
      assert.ok(item.includes(TITLE), item);
      assert.match(item, /Niet geverifieerd/, item);
      const status = await s.waitForTestId('pack-status');
      assert.match(await status.text(), /Geïnstalleerd/, 'the status says it was installed');

      // The association's key: now verified.
      await chooseFile(s, 'key-file-input', join(dir, 'bond.public.json'));
      await s.waitFor(async () => /Uitgegeven door Bakkersbond, geverifieerd/.test((await packItems(s))[0] ?? ''),
        { message: 'the pack to show as verified after adding the key' });
      const keys = await s.execute(`return [...document.querySelectorAll('[data-testid="key-item"]')].map((e) => e.innerText)`);
      assert.equal(keys.length, 2);
      assert.match(keys[0], /Werfwijzer[\s\S]*Ingebouwd in Werfwijzer/, 'Werfwijzer’s own key first, built in');
      assert.match(keys[1], /Bakkersbond/);
      await checkScreen(s, { shot: 'pakketten-03-geverifieerd', axe: 'pakketten-geverifieerd' });
      await setSize(s, SIZE_SMALL);
      await checkScreen(s, { shot: 'pakketten-04-geverifieerd-1024x600', axe: 'pakketten-1024x600' });
      await setSize(s, SIZE_LARGE);

      // Browse it: the library, only this pack, search its role and read it.
      await navigate(s, 'nav-library');
      const packSelect = await s.waitForTestId('library-pack');
      await s.execute(`
        const select = document.querySelector('[data-testid="library-pack"]');
        select.value = 'nl.bakkersbond.winkel';
        select.dispatchEvent(new Event('change', { bubbles: true }));`);
      assert.equal(await packSelect.property('value'), 'nl.bakkersbond.winkel');
      await (await s.waitForTestId('library-search')).sendKeys('verkoop');
      await s.waitFor(async () => (await s.findAll('[data-testid="library-role"]')).length === 1,
        { message: 'one role of the association’s pack found' });
      await (await s.waitForTestId('library-role')).click();
      const title = await s.waitForTestId('library-detail-title');
      assert.match(await title.text(), /Verkoopmedewerker/);
      const detail = await (await s.waitForTestId('library-detail')).text();
      assert.match(detail, /Uit het pakket Winkel \(testpakket\)/);
      assert.match(detail, /Afrekenen/, 'its competencies are listed');
      assert.match(detail, /Uitgegeven door Bakkersbond, geverifieerd/, 'the trust state, here too');
      await checkScreen(s, { shot: 'pakketten-05-bibliotheek', axe: 'bibliotheek-functie' });

      // Remove it again.
      await navigate(s, 'nav-packs');
      await (await s.waitForTestId('pack-remove-button')).click();
      await (await s.waitForTestId('confirm-delete-button')).click();
      await s.waitFor(async () => (await packItems(s)).length === 0, { message: 'the pack to be removed' });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
