import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import { createFakeBackend, type FakeBackend, type FakeState } from '$lib/backend/fake';
import { i18n } from '$lib/i18n/i18n.svelte';

let backend: FakeBackend;

function start(initial?: Partial<FakeState>) {
  backend = createFakeBackend(initial);
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  const onready = vi.fn();
  const user = userEvent.setup();
  const result = render(App, { props: { onready } });
  return { user, onready, ...result };
}

const byTestId = (id: string) => screen.getByTestId(id);

async function startWithDemo() {
  const app = start();
  await app.user.click(await screen.findByTestId('demo-button'));
  await screen.findByTestId('procedure-title');
  return app;
}

beforeEach(() => {
  history.replaceState(null, '', '#/');
  i18n.setLanguage('nl');
});

afterEach(() => {
  clearMocks();
});

describe('first start', () => {
  it('shows the welcome screen and creates the first organisation', async () => {
    const { user, onready } = start();
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Werfwijzer' })).toBeTruthy();
    await waitFor(() => expect(onready).toHaveBeenCalledTimes(1));

    await user.type(byTestId('first-org-name-input'), 'Bakkerij De Vries');
    await user.click(byTestId('first-org-create-button'));

    const h1 = await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Vries' });
    expect(h1).toBeTruthy();
    expect(screen.getByText('Nog geen procedures')).toBeTruthy();
    const switcher = byTestId('org-switcher') as HTMLSelectElement;
    expect(switcher.selectedOptions[0].textContent).toBe('Bakkerij De Vries');
    expect(backend.calls.some((c) => c.cmd === 'create_organisation' && c.args?.name === 'Bakkerij De Vries')).toBe(
      true,
    );
    expect(onready).toHaveBeenCalledTimes(1);
  });

  it('marks only the welcome item in the menu, and offers the settings before there is an organisation', async () => {
    const { user } = start();
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Werfwijzer' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByTestId('nav-procedures')).toBeNull();
    const current = nav.querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]).toBe(byTestId('nav-welcome'));
    expect(byTestId('nav-welcome').textContent).toBe('Welkom');

    // An English-speaking user switches the language first.
    await user.click(byTestId('nav-settings'));
    expect(byTestId('nav-settings').getAttribute('aria-current')).toBe('page');
    expect(byTestId('nav-welcome').getAttribute('aria-current')).toBeNull();
    await user.click(byTestId('language-en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(byTestId('nav-welcome').textContent).toBe('Welcome');

    await user.click(byTestId('nav-welcome'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Werfwijzer' })).toBeTruthy();
    expect(byTestId('nav-welcome').getAttribute('aria-current')).toBe('page');

    // With an organisation, the first item is the list of procedures again.
    await user.type(byTestId('first-org-name-input'), 'Bakkerij De Vries');
    await user.click(byTestId('first-org-create-button'));
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Vries' });
    expect(screen.queryByTestId('nav-welcome')).toBeNull();
    expect(byTestId('nav-procedures').getAttribute('aria-current')).toBe('page');
  });

  it('shows a backend error in role=alert and keeps the input', async () => {
    const { user } = start();
    await screen.findByTestId('first-org-name-input');
    backend.failNext('create_organisation', {
      code: 'CONFLICT',
      message: 'Er is al een organisatie met deze naam. Kies een andere naam.',
    });

    await user.type(byTestId('first-org-name-input'), 'Kapsalon Knip');
    await user.click(byTestId('first-org-create-button'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Er is al een organisatie met deze naam. Kies een andere naam.');
    expect(alert.getAttribute('data-testid')).toBe('error-message');
    expect((byTestId('first-org-name-input') as HTMLInputElement).value).toBe('Kapsalon Knip');
    expect(byTestId('first-org-name-input').getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the demo procedure from the demo button', async () => {
    const { user } = start();
    await user.click(await screen.findByTestId('demo-button'));

    const title = await screen.findByTestId('procedure-title');
    expect(title.textContent).toBe('Verkoopmedewerker bakkerij (24 uur)');
    expect(title.tagName).toBe('H1');
    expect(byTestId('procedure-organisation').textContent).toBe('Bakkerij De Korenschoof (voorbeeld)');
    expect(location.hash).toMatch(/^#\/procedure\//);
    // The log shows what happened, worded in the user's language.
    const log = byTestId('audit-log');
    expect(within(log).getByText('Voorbeeldgegevens gemaakt')).toBeTruthy();
    expect(within(log).getByText('Procedure gemaakt')).toBeTruthy();
  });

  it('shows a full-screen message when the database cannot be opened', async () => {
    backend = createFakeBackend();
    backend.failNext('get_settings', {
      code: 'DATABASE',
      message: 'Het gegevensbestand is beschadigd. Zet een reservekopie terug of neem contact op met uw adviseur.',
    });
    mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
    render(App);

    const alert = await screen.findByTestId('error-message');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Het gegevensbestand is beschadigd.');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByTestId('org-switcher')).toBeNull();
  });
});

describe('procedures', () => {
  it('creates a procedure and opens it', async () => {
    const { user } = start();
    await user.type(await screen.findByTestId('first-org-name-input'), 'Bakkerij De Vries');
    await user.click(byTestId('first-org-create-button'));
    await user.click(await screen.findByTestId('new-procedure-button'));

    const dialog = await screen.findByRole('dialog');
    expect(document.activeElement).toBe(byTestId('procedure-title-input'));
    expect((byTestId('procedure-kind-vacature') as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByLabelText(/Promotie \(interne kandidaten\)/)).toBe(byTestId('procedure-kind-promotie'));

    await user.type(byTestId('procedure-title-input'), 'Teamleider winkel');
    await user.click(byTestId('procedure-kind-promotie'));
    await user.click(byTestId('procedure-create-button'));

    const title = await screen.findByTestId('procedure-title');
    expect(title.textContent).toBe('Teamleider winkel');
    expect(byTestId('procedure-kind').textContent).toBe('Promotie (interne kandidaten)');
    const created = backend.calls.find((c) => c.cmd === 'create_procedure');
    expect(created?.args).toEqual({
      procedure: { organisationId: backend.state.organisations[0].id, title: 'Teamleider winkel', kind: 'promotie' },
    });

    // Back in the list, the new procedure is there with its kind and phase.
    await user.click(byTestId('nav-procedures'));
    const items = await screen.findAllByTestId('procedure-item');
    expect(items).toHaveLength(1);
    expect(within(items[0]).getByRole('link', { name: 'Teamleider winkel' })).toBeTruthy();
    expect(within(items[0]).getByText('Opstellen')).toBeTruthy();
  });

  it('keeps the dialog and the input when creating fails', async () => {
    const { user } = start();
    await user.type(await screen.findByTestId('first-org-name-input'), 'Bakkerij De Vries');
    await user.click(byTestId('first-org-create-button'));
    await user.click(await screen.findByTestId('new-procedure-button'));
    backend.failNext('create_procedure', { code: 'STORAGE', message: 'Opslaan is niet gelukt.' });

    await user.type(byTestId('procedure-title-input'), 'Bakker');
    await user.click(byTestId('procedure-create-button'));

    expect((await screen.findByRole('alert')).textContent).toBe('Opslaan is niet gelukt.');
    expect((byTestId('procedure-title-input') as HTMLInputElement).value).toBe('Bakker');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows the seven phases with the current one marked', async () => {
    await startWithDemo();
    const steps = within(byTestId('phase-steps')).getAllByTestId('phase-step');
    expect(steps).toHaveLength(7);
    expect(byTestId('phase-steps').tagName).toBe('OL');
    expect(steps.map((s) => s.querySelector('h3')?.textContent?.replace(/^Stap \d+:\s*/, '').trim())).toEqual([
      'Opstellen',
      'Gepubliceerd',
      'Brieven beoordelen',
      'Gesprekken',
      'Besluit',
      'Afgesloten',
      'Opgeschoond',
    ]);
    const current = steps.filter((s) => s.getAttribute('aria-current') === 'step');
    expect(current).toEqual([steps[0]]);
    expect(within(steps[0]).getByText('Deze stap komt in een volgende versie van Werfwijzer.')).toBeTruthy();
    expect(within(steps[1]).queryByTestId('current-phase-panel')).toBeNull();
  });

  it('renames and deletes a procedure after confirmation', async () => {
    const { user } = await startWithDemo();
    await user.click(byTestId('procedure-rename-button'));
    const input = byTestId('procedure-rename-input') as HTMLInputElement;
    expect(input.value).toBe('Verkoopmedewerker bakkerij (24 uur)');
    await user.clear(input);
    await user.type(input, 'Verkoper brood');
    await user.click(byTestId('procedure-rename-save'));
    await waitFor(() => expect(byTestId('procedure-title').textContent).toBe('Verkoper brood'));
    expect(within(byTestId('audit-log')).getByText('Naam van de procedure gewijzigd')).toBeTruthy();

    await user.click(byTestId('procedure-delete-button'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Verkoper brood/)).toBeTruthy();
    await user.click(byTestId('confirm-delete-button'));

    expect(await screen.findByText('Nog geen procedures')).toBeTruthy();
    expect(backend.state.procedures).toHaveLength(0);
    expect(location.hash).toBe('#/procedures');
  });

  it('closes a dialog with Escape and gives the focus back', async () => {
    const { user } = await startWithDemo();
    const opener = byTestId('procedure-delete-button');
    await user.click(opener);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(backend.state.procedures).toHaveLength(1);
  });
});

describe('settings and organisations', () => {
  it('switches the language at once, and stores it', async () => {
    const { user } = await startWithDemo();
    expect(document.documentElement.lang).toBe('nl');
    await user.click(byTestId('nav-settings'));
    expect(byTestId('nav-settings').getAttribute('aria-current')).toBe('page');
    // The live region is there before anything is saved, but empty.
    expect(byTestId('settings-saved-status').getAttribute('role')).toBe('status');
    expect(byTestId('settings-saved-status').textContent?.trim()).toBe('');
    await user.click(byTestId('language-en'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(byTestId('settings-saved-status').textContent).toBe('The language has been saved.');
    expect(byTestId('nav-procedures').textContent).toBe('Procedures');
    expect(byTestId('nav-organisations').textContent).toBe('Organisations');
    expect(document.documentElement.lang).toBe('en');
    expect(backend.calls.some((c) => c.cmd === 'set_language' && c.args?.language === 'en')).toBe(true);
    expect((byTestId('language-en') as HTMLInputElement).checked).toBe(true);

    await user.click(byTestId('nav-procedures'));
    const item = await screen.findByTestId('procedure-item');
    expect(within(item).getByText('Drafting')).toBeTruthy();
    expect(within(item).getByText('Vacancy')).toBeTruthy();
  });

  it('puts the language back when storing it fails', async () => {
    const { user } = await startWithDemo();
    await user.click(byTestId('nav-settings'));
    backend.failNext('set_language', { code: 'STORAGE', message: 'Opslaan is niet gelukt.' });
    await user.click(byTestId('language-en'));
    expect((await screen.findByRole('alert')).textContent).toBe('Opslaan is niet gelukt.');
    expect(document.documentElement.lang).toBe('nl');
    expect((byTestId('language-nl') as HTMLInputElement).checked).toBe(true);
  });

  it('creates, switches and deletes organisations', async () => {
    const { user } = await startWithDemo();
    await user.click(byTestId('nav-organisations'));
    await user.type(byTestId('org-name-input'), 'Kapsalon Knip');
    await user.click(byTestId('org-create-button'));
    await screen.findByText(/‘Kapsalon Knip’ is toegevoegd/);
    expect((byTestId('org-name-input') as HTMLInputElement).value).toBe('');

    const switcher = byTestId('org-switcher') as HTMLSelectElement;
    expect(switcher.options).toHaveLength(2);
    expect(switcher.selectedOptions[0].textContent).toBe('Kapsalon Knip');

    // Switch back with the header's switcher.
    const demo = backend.state.organisations.find((o) => o.isDemo)!;
    await user.selectOptions(switcher, demo.id);
    await waitFor(() => expect(backend.state.currentOrganisationId).toBe(demo.id));
    const items = screen.getAllByTestId('org-item');
    const demoItem = items.find((i) => within(i).queryByText(demo.name))!;
    expect(within(demoItem).getByText('Nu gekozen')).toBeTruthy();
    expect(within(demoItem).getByText('voorbeeld')).toBeTruthy();
    expect(within(demoItem).getByText('1 procedure')).toBeTruthy();

    // Deleting says that the procedures go too.
    await user.click(within(demoItem).getByTestId('org-delete-button'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/De procedure van deze organisatie gaat dan ook weg/)).toBeTruthy();
    await user.click(byTestId('confirm-delete-button'));
    await waitFor(() => expect(screen.getAllByTestId('org-item')).toHaveLength(1));
    expect((byTestId('org-switcher') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Kapsalon Knip');
  });

  it('shows a rename conflict in the dialog and keeps the input', async () => {
    const { user } = start({
      organisations: [
        { id: 'a', name: 'Alfa', isDemo: false, createdAt: '2026-11-01T10:00:00Z' },
        { id: 'b', name: 'Beta', isDemo: false, createdAt: '2026-11-01T10:00:00Z' },
      ],
      currentOrganisationId: 'a',
    });
    await user.click(await screen.findByTestId('nav-organisations'));
    const items = await screen.findAllByTestId('org-item');
    await user.click(within(items[1]).getByTestId('org-rename-button'));
    const input = byTestId('org-rename-input') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, 'alfa');
    await user.click(byTestId('org-rename-save'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Er is al een organisatie met deze naam. Kies een andere naam.');
    expect(input.value).toBe('alfa');
  });
});
