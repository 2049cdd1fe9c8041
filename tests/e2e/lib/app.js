// Steps in the app that several flows share, with their assertions.

import assert from 'node:assert/strict';

/** The phases of a procedure, in order (PRODUCT.md §3), as the Dutch UI names them. */
export const PHASES_NL = ['Opstellen', 'Gepubliceerd', 'Brieven beoordelen', 'Gesprekken', 'Besluit', 'Afgesloten', 'Opgeschoond'];

/** Waits for the empty-state welcome screen and checks what it offers. */
export async function expectWelcome(s) {
  const input = await s.waitForTestId('first-org-name-input', { timeout: 20_000 });
  await s.waitForTestId('first-org-create-button');
  const demo = await s.waitForTestId('demo-button');
  assert.match(await demo.text(), /Probeer met voorbeeldgegevens/, 'the demo button says what it does');
  assert.equal(await s.execute('return document.documentElement.lang'), 'nl', 'Dutch is the default language');
  assert.equal(await input.property('value'), '', 'the organisation name starts empty');
  return input;
}

/** The text of the option the organisation switcher shows. */
export function selectedOrganisation(s) {
  return s.execute(`
    const sel = document.querySelector('[data-testid="org-switcher"]');
    if (!sel) return null;
    const o = sel.options ? sel.options[sel.selectedIndex] : null;
    return o ? o.textContent.trim() : null;`);
}

/** All option texts of the organisation switcher. */
export function organisationOptions(s) {
  return s.execute(`
    const sel = document.querySelector('[data-testid="org-switcher"]');
    return sel && sel.options ? [...sel.options].map((o) => o.textContent.trim()) : [];`);
}

/** Waits until the switcher shows `name` as the current organisation. */
export async function expectCurrentOrganisation(s, name, timeout = 10_000) {
  await s.waitForTestId('org-switcher', { timeout });
  await s.waitFor(async () => (await selectedOrganisation(s)) === name,
    { timeout, message: `the organisation switcher to show "${name}"` })
    .catch(async (e) => {
      throw new Error(`${e.message}; it shows "${await selectedOrganisation(s)}" ` +
        `with options ${JSON.stringify(await organisationOptions(s))}`);
    });
}

/**
 * Checks the procedure page: its title, and the seven phase steps with exactly
 * the first one current.
 */
export async function expectProcedurePage(s, title, { phaseNames = PHASES_NL, timeout = 10_000 } = {}) {
  const h1 = await s.waitForTestId('procedure-title', { timeout });
  await s.waitFor(async () => (await h1.text()).includes(title),
    { timeout, message: `the procedure title "${title}"` })
    .catch(async (e) => { throw new Error(`${e.message}; the heading reads "${await h1.text()}"`); });
  assert.equal(await h1.tagName(), 'h1', 'the procedure title is the page heading');

  const steps = await s.execute(`
    const ol = document.querySelector('[data-testid="phase-steps"]');
    if (!ol) return null;
    return {
      tag: ol.tagName.toLowerCase(),
      steps: [...ol.querySelectorAll('[data-testid="phase-step"]')].map((li) => ({
        tag: li.tagName.toLowerCase(),
        text: li.innerText.trim().replace(/\\s+/g, ' '),
        current: li.getAttribute('aria-current'),
      })),
    };`);
  assert.ok(steps, 'the procedure page shows its phase steps');
  assert.equal(steps.tag, 'ol', 'the phase steps are an ordered list');
  assert.equal(steps.steps.length, 7, `seven phase steps, found: ${JSON.stringify(steps.steps.map((x) => x.text))}`);
  steps.steps.forEach((st, i) => {
    assert.equal(st.tag, 'li', 'each phase step is a list item');
    if (phaseNames) {
      assert.ok(st.text.includes(phaseNames[i]), `phase step ${i + 1} reads "${st.text}", expected it to name "${phaseNames[i]}"`);
    }
  });
  assert.equal(steps.steps[0].current, 'step', 'the first phase step is the current one (aria-current="step")');
  const others = steps.steps.slice(1).filter((st) => st.current !== null && st.current !== 'false');
  assert.deepEqual(others, [], 'only the first phase step is current');
  return steps.steps;
}

/** Texts of the items in the procedure list. */
export function procedureItems(s) {
  return s.execute(`
    return [...document.querySelectorAll('[data-testid="procedure-list"] [data-testid="procedure-item"]')]
      .map((e) => e.innerText.trim().replace(/\\s+/g, ' '));`);
}

/** Opens the procedure list and checks it holds exactly one procedure, with this title. */
export async function expectOnlyProcedure(s, title) {
  await navigate(s, 'nav-procedures');
  await s.waitForTestId('procedure-list');
  await s.waitFor(async () => (await procedureItems(s)).length > 0, { message: 'a procedure in the list' });
  const items = await procedureItems(s);
  assert.equal(items.length, 1, `one procedure in the list: ${JSON.stringify(items)}`);
  assert.ok(items[0].includes(title), `the list shows "${title}": ${JSON.stringify(items)}`);
}

/** Clicks a navigation entry. */
export async function navigate(s, testid) {
  const link = await s.waitForTestId(testid);
  await link.click();
}

/** Types into a text field after clearing it, and checks the field holds the text. */
export async function typeInto(s, testid, text) {
  const input = await s.waitForTestId(testid);
  await input.clear();
  await input.sendKeys(text);
  assert.equal(await input.property('value'), text, `${testid} holds what was typed`);
  return input;
}

/** Makes a procedure of a kind ('vacature', 'stage', 'promotie') from the procedure list and waits for its page. */
export async function createProcedure(s, title, kind = 'vacature') {
  await navigate(s, 'nav-procedures');
  await (await s.waitForTestId('new-procedure-button')).click();
  await typeInto(s, 'procedure-title-input', title);
  await (await s.waitForTestId(`procedure-kind-${kind}`)).click();
  await (await s.byTestId('procedure-create-button')).click();
  await expectProcedurePage(s, title);
}

/** Opens the procedure with this title from the procedure list. */
export async function openProcedure(s, title) {
  await navigate(s, 'nav-procedures');
  await s.waitForTestId('procedure-list');
  const clicked = await s.execute(`
    const link = [...document.querySelectorAll('[data-testid="procedure-item"] a')]
      .find((a) => a.innerText.includes(arguments[0]));
    if (link) link.click();
    return Boolean(link);`, [title]);
  assert.ok(clicked, `the procedure list has "${title}"`);
  await expectProcedurePage(s, title);
}
