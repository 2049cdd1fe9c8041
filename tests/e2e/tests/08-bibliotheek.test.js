// Flow 8, the library and a procedure's competencies: in the demo organisation the owner
// starts a new procedure (the demo's own one already has its vacancy and competencies),
// chooses competencies from the library (a whole role, then one more found by searching),
// and sees them on the procedure. Removing the pack they came from changes nothing in the
// procedure (it keeps its own copies); restoring the built-in packs brings the pack back.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SIZE_LARGE, SIZE_SMALL, checkScreen, freshDatabase, setSize, withApp } from '../lib/harness.js';
import { createProcedure, expectProcedurePage, navigate, openProcedure } from '../lib/app.js';

const DEMO_PROCEDURE = 'Verkoopmedewerker bakkerij (24 uur)';
const PROCEDURE = 'Kassamedewerker zaterdag';

function chosen(s) {
  return s.execute(`
    return [...document.querySelectorAll('[data-testid="procedure-competency"]')]
      .map((e) => e.innerText.trim().replace(/\\s+/g, ' '));`);
}

async function selectPack(s, id) {
  await s.waitForTestId('library-pack');
  await s.execute(`
    const select = document.querySelector('[data-testid="library-pack"]');
    select.value = ${JSON.stringify(id)};
    select.dispatchEvent(new Event('change', { bubbles: true }));`);
}

async function search(s, text) {
  const input = await s.waitForTestId('library-search');
  await input.clear();
  await input.sendKeys(text);
}

test('bibliotheek: competenties kiezen, pakket weg, kopie blijft', async () => {
  await freshDatabase();
  await withApp('bibliotheek', async (s) => {
    await (await s.waitForTestId('demo-button')).click();
    await expectProcedurePage(s, DEMO_PROCEDURE, { timeout: 20_000 });
    await createProcedure(s, PROCEDURE);
    await s.waitForTestId('procedure-competencies-empty');

    // To the library, for this procedure.
    await (await s.waitForTestId('procedure-choose-competencies')).click();
    await s.waitForTestId('library-choosing');

    // A whole role: the shop's till role, found by searching.
    await selectPack(s, 'nl.werfwijzer.detailhandel');
    await search(s, 'kassa');
    await s.waitFor(async () => {
      const titles = await s.execute(`return [...document.querySelectorAll('[data-testid="library-role"]')].map((e) => e.innerText)`);
      return titles.length >= 1 && titles.every((t) => /Detailhandel|Retail/.test(t));
    }, { message: 'roles of the retail pack that match "kassa"' });
    const roles = await s.findAll('[data-testid="library-role"]');
    await roles[0].click();
    const roleTitle = await (await s.waitForTestId('library-detail-title')).text();
    await (await s.waitForTestId('library-take-role')).click();
    const status = await s.waitForTestId('library-status');
    await s.waitFor(async () => /Er staan nu \d+ competenties in de procedure/.test(await status.text()),
      { message: 'the role’s competencies to be taken over' });
    const fromRole = Number((await status.text()).match(/(\d+) competenties/)[1]);
    assert.ok(fromRole >= 4 && fromRole <= 6, `about five from the role "${roleTitle}": ${fromRole}`);
    await checkScreen(s, { shot: 'bibliotheek-01-functie-overgenomen', axe: 'bibliotheek-kiezen' });

    // One more, from another pack, found among the competencies.
    await selectPack(s, 'nl.werfwijzer.bakkerij');
    await (await s.waitForTestId('library-view-competencies')).click();
    await search(s, 'allergenen');
    await s.waitFor(async () => (await s.findAll('[data-testid="library-competency"]')).length >= 1,
      { message: 'a bakery competency about allergens' });
    await (await s.waitForTestId('library-competency')).click();
    const name = await (await s.waitForTestId('library-detail-title')).text();
    await (await s.waitForTestId('library-add')).click();
    await s.waitFor(async () => (await (await s.waitForTestId('library-status')).text()).includes('staat nu in de procedure'),
      { message: 'the competency to be added' });
    await s.waitForTestId('library-in-procedure');
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'bibliotheek-02-competentie-1024x600', axe: 'bibliotheek-competentie-1024x600' });
    await setSize(s, SIZE_LARGE);

    // Back on the procedure: the role's competencies and the extra one, as fixed copies.
    await (await s.waitForTestId('library-back')).click();
    await expectProcedurePage(s, PROCEDURE);
    await s.waitFor(async () => (await chosen(s)).length === fromRole + 1, { message: 'the chosen competencies on the procedure' });
    const before = await chosen(s);
    assert.ok(before.at(-1).includes(name), `the last one is "${name}": ${before.at(-1)}`);
    assert.match(before[0], /Vaste kopie uit Detailhandel, versie 1\.0\.0/);
    await checkScreen(s, { shot: 'bibliotheek-03-procedure-competenties', axe: 'procedure-competenties' });

    // The retail pack is removed: the procedure keeps its copies, word for word.
    await navigate(s, 'nav-packs');
    await s.waitForTestId('pack-list');
    const index = await s.execute(`
      return [...document.querySelectorAll('[data-testid="pack-item"]')]
        .findIndex((e) => e.innerText.includes('Detailhandel'));`);
    assert.ok(index >= 0, 'the retail pack is listed');
    const removeButtons = await s.findAll('[data-testid="pack-remove-button"]');
    await removeButtons[index].click();
    await (await s.waitForTestId('confirm-delete-button')).click();
    await s.waitFor(async () => !(await s.execute(`return document.querySelector('[data-testid="pack-list"]').innerText.includes('Detailhandel')`)),
      { message: 'the retail pack to be removed' });

    await openProcedure(s, PROCEDURE);
    await s.waitFor(async () => (await chosen(s)).length === before.length, { message: 'the copies after removing the pack' });
    assert.deepEqual(await chosen(s), before, 'the procedure’s competencies did not change');

    // The library no longer offers the retail pack; restoring the built-in packs brings it back.
    await navigate(s, 'nav-packs');
    await (await s.waitForTestId('packs-restore')).click();
    const restored = await s.waitForTestId('packs-restore-status');
    await s.waitFor(async () => /1 pakket is teruggezet/.test(await restored.text()), { message: 'the retail pack to be restored' });
    await s.waitFor(async () => s.execute(`return document.querySelector('[data-testid="pack-list"]').innerText.includes('Detailhandel')`),
      { message: 'the retail pack listed again' });
  });
});
