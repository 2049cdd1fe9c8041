// Flow 2, the demo: on an empty database, "Probeer met voorbeeldgegevens" fills in a
// sample organisation and procedure and opens that procedure.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SIZE_LARGE, SIZE_SMALL, checkScreen, freshDatabase, setSize, withApp } from '../lib/harness.js';
import { expectCurrentOrganisation, expectProcedurePage, expectWelcome, navigate, procedureItems } from '../lib/app.js';

// The Dutch names of the demo data (werfwijzer-core's demo module).
const DEMO_ORG = 'Bakkerij De Korenschoof (voorbeeld)';
const DEMO_PROCEDURE = 'Verkoopmedewerker bakkerij (24 uur)';

test('demo: voorbeeldgegevens openen de voorbeeldprocedure', async () => {
  await freshDatabase();
  await withApp('demo', async (s) => {
    await expectWelcome(s);
    await (await s.byTestId('demo-button')).click();

    await expectProcedurePage(s, DEMO_PROCEDURE, { timeout: 20_000 });
    await expectCurrentOrganisation(s, DEMO_ORG);
    await checkScreen(s, { shot: 'demo-01-voorbeeldprocedure', axe: 'demo-procedure' });
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'demo-02-voorbeeldprocedure-1024x600', axe: 'demo-procedure-1024x600' });
    await setSize(s, SIZE_LARGE);

    await navigate(s, 'nav-procedures');
    await s.waitForTestId('procedure-list');
    await s.waitFor(async () => (await procedureItems(s)).length > 0, { message: 'a procedure in the list' });
    const items = await procedureItems(s);
    assert.ok(items.some((t) => t.includes(DEMO_PROCEDURE)), `the list shows the demo procedure: ${JSON.stringify(items)}`);
    await checkScreen(s, { shot: 'demo-03-procedures', axe: 'demo-procedures' });
  });
});
