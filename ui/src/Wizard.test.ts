import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { createFakeBackend, type FakeBackend, type FakeState } from '$lib/backend/fake';
import { libraryFrom } from '$lib/backend/devMock';
import { i18n } from '$lib/i18n/i18n.svelte';
import { parseRoute, routeHref } from '$lib/state/router.svelte';
import bakkerij from '../../assets/packs/builtin/bakkerij.werfpack.json?raw';

let backend: FakeBackend;
const at = '2026-11-10T09:00:00Z';

function start(initial?: Partial<FakeState>) {
  backend = createFakeBackend({
    library: libraryFrom([bakkerij], 'nl'),
    organisations: [{ id: 'org-1', name: 'Bakkerij De Vries', isDemo: false, createdAt: at }],
    currentOrganisationId: 'org-1',
    procedures: [
      { id: 'proc-1', organisationId: 'org-1', title: 'Verkoper', kind: 'vacature', phase: 'opstellen', createdAt: at, updatedAt: at },
    ],
    ...initial,
  });
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  const user = userEvent.setup();
  history.replaceState(null, '', '#/procedure/proc-1/vacature');
  render(App);
  return { user };
}

const saves = () => backend.calls.filter((c) => c.cmd === 'save_vacancy');

beforeEach(() => {
  i18n.setLanguage('nl');
});

afterEach(() => {
  clearMocks();
});

describe('the wizard route', () => {
  it('lives under the procedure', () => {
    expect(parseRoute('#/procedure/p%201/vacature')).toEqual({ name: 'wizard', id: 'p 1' });
    expect(routeHref({ name: 'wizard', id: 'p 1' })).toBe('#/procedure/p%201/vacature');
    expect(parseRoute('#/procedure/p1')).toEqual({ name: 'procedure', id: 'p1' });
  });
});

describe('the vacancy wizard', () => {
  it('shows seven steps, each with a Waarom?, and goes forward and back', async () => {
    const { user } = start();
    expect(await screen.findByRole('heading', { level: 1, name: 'Vacature schrijven: Verkoper' })).toBeTruthy();
    const steps = within(screen.getByTestId('wizard-steps')).getAllByRole('button');
    expect(steps.map((s) => s.textContent?.replace(/\d/g, '').trim())).toEqual([
      'Soort',
      'Functie',
      'Competenties',
      'Eisen',
      'Praktisch',
      'Tekst',
      'Klaar',
    ]);
    expect(steps[0].getAttribute('aria-current')).toBe('step');
    for (const name of ['Soort', 'Functie', 'Competenties', 'Eisen', 'Praktisch', 'Tekst']) {
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(name);
      expect(within(screen.getByTestId('wizard-why')).getByText('Waarom?')).toBeTruthy();
      await user.click(screen.getByTestId('wizard-next'));
    }
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Klaar');
    expect(screen.queryByTestId('wizard-next')).toBeNull();
    await user.click(screen.getByTestId('wizard-previous'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tekst');
    // Every step change saves the step.
    await waitFor(() => expect(saves().at(-1)?.args?.step).toBe('tekst'));
  });

  it('saves what the owner types, and a reload brings it back', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-praktisch'));
    const min = screen.getByTestId('wizard-pay-min');
    expect(screen.getByTestId('wizard-pay-problem').textContent).toContain('Vul het laagste en het hoogste bedrag in');
    await user.type(min, '2900');
    await user.type(screen.getByTestId('wizard-pay-max'), '2450');
    expect(screen.getByTestId('wizard-pay-problem').textContent).toContain('hoger dan het hoogste');
    await user.clear(min);
    await user.type(min, '2.100');
    expect(screen.getByTestId('wizard-pay-problem').textContent?.trim()).toBe('');
    await user.type(screen.getByTestId('wizard-place'), 'Utrecht');
    await waitFor(() => expect(screen.getByTestId('wizard-save-state').dataset.state).toBe('saved'));
    const stored = backend.state.vacancies['proc-1'];
    expect(stored.step).toBe('praktisch');
    expect(stored.answers.payMinCents).toBe(210_000);
    expect(stored.answers.payMaxCents).toBe(245_000);
    // On leaving the field it shows the amount as understood.
    expect((min as HTMLInputElement).value).toBe('2100');
    expect(stored.answers.place).toBe('Utrecht');
  });

  it('takes an hourly wage with cents as a Dutch owner types it, and the text shows it', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-praktisch'));
    const min = screen.getByTestId('wizard-pay-min') as HTMLInputElement;
    const max = screen.getByTestId('wizard-pay-max') as HTMLInputElement;
    await user.type(min, '14,71');
    await user.type(max, '16,20');
    await user.selectOptions(screen.getByTestId('wizard-pay-per'), 'hour');
    // Not rewritten while typing or after.
    expect(min.value).toBe('14,71');
    expect(max.value).toBe('16,20');
    expect(screen.getByTestId('wizard-pay-problem').textContent?.trim()).toBe('');
    expect(min.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('wizard-save-state').dataset.state).toBe('saved'));
    const stored = backend.state.vacancies['proc-1'];
    expect(stored.answers.payMinCents).toBe(1471);
    expect(stored.answers.payMaxCents).toBe(1620);
    expect(stored.answers.payPer).toBe('hour');

    await user.click(screen.getByTestId('wizard-step-tekst'));
    await user.click(await screen.findByTestId('wizard-text-make'));
    const editor = (await screen.findByLabelText('Vacaturetekst (Nederlands)')) as HTMLTextAreaElement;
    expect(editor.value).toContain('€ 14,71 tot € 16,20 bruto per uur');

    // Back at Praktisch the amounts come back as they were typed.
    await user.click(screen.getByTestId('wizard-step-praktisch'));
    expect((screen.getByTestId('wizard-pay-min') as HTMLInputElement).value).toBe('14,71');
    expect((screen.getByTestId('wizard-pay-max') as HTMLInputElement).value).toBe('16,20');
  });

  it('reads the amounts an English owner types', async () => {
    const { user } = start({ language: 'en' });
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-praktisch'));
    await user.type(screen.getByTestId('wizard-pay-min'), '€14.5');
    await user.type(screen.getByTestId('wizard-pay-max'), '1,620.25');
    await user.type(screen.getByTestId('wizard-place'), 'Utrecht');
    await waitFor(() => expect(screen.getByTestId('wizard-save-state').dataset.state).toBe('saved'));
    const stored = backend.state.vacancies['proc-1'];
    expect(stored.answers.payMinCents).toBe(1450);
    expect(stored.answers.payMaxCents).toBe(162_025);
    // Tidied up on leaving the field, the English way.
    expect((screen.getByTestId('wizard-pay-min') as HTMLInputElement).value).toBe('14.50');
    expect((screen.getByTestId('wizard-pay-max') as HTMLInputElement).value).toBe('1620.25');
  });

  it('warns about an amount it cannot read, on that field only', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-praktisch'));
    const min = screen.getByTestId('wizard-pay-min') as HTMLInputElement;
    const max = screen.getByTestId('wizard-pay-max') as HTMLInputElement;
    await user.type(max, '16,20');
    await user.type(min, '14,7x');
    const problem = screen.getByTestId('wizard-pay-problem');
    expect(problem.textContent).toContain('Werfwijzer kan dit bedrag niet lezen');
    expect(problem.classList.contains('warning')).toBe(true);
    expect(min.getAttribute('aria-invalid')).toBe('true');
    expect(max.getAttribute('aria-invalid')).toBeNull();
    // What was typed stays, also after leaving the field, so the owner can correct it.
    await user.click(screen.getByTestId('wizard-place'));
    expect(min.value).toBe('14,7x');
    await user.clear(min);
    await user.type(min, '14,71');
    expect(problem.textContent?.trim()).toBe('');
    expect(min.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(backend.state.vacancies['proc-1']?.answers.payMinCents).toBe(1471));
  });

  it('starts from a role, which brings its tasks and competencies', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-functie'));
    await user.type(await screen.findByTestId('wizard-role-search'), 'verkoop');
    const roles = await screen.findAllByTestId('wizard-role');
    await user.click(within(roles[0]).getByTestId('wizard-role-choose'));
    expect(await screen.findByTestId('wizard-role-chosen')).toBeTruthy();
    await user.click(screen.getByTestId('wizard-step-competenties'));
    const chosen = await screen.findAllByTestId('wizard-competency');
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    expect(screen.getByTestId('wizard-competencies-count').textContent).toContain(`${chosen.length} gekozen`);
  });

  it('adds an own competency and refuses an eighth', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-competenties'));
    const definition = () => screen.getByLabelText('Wat doet iemand die dit goed kan?');
    // Pasted rather than typed key by key: seven competencies typed take seconds on a busy machine.
    for (let i = 1; i <= 7; i++) {
      await user.click(screen.getByTestId('wizard-own-name'));
      await user.paste(`Taak ${i}`);
      await user.click(definition());
      await user.paste('Je helpt klanten rustig.');
      await user.click(screen.getByTestId('wizard-own-add'));
      await waitFor(() => expect(screen.getAllByTestId('wizard-competency')).toHaveLength(i));
    }
    expect(screen.getByTestId('wizard-competencies-full')).toBeTruthy();
    expect((screen.getByTestId('wizard-own-add') as HTMLButtonElement).disabled).toBe(true);
  });

  it('marks a trait in an own competency while typing', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-competenties'));
    await user.type(screen.getByLabelText('Wat doet iemand die dit goed kan?'), 'Je bent stressbestendig');
    await waitFor(() => expect(screen.getByText('Dit is een eigenschap, geen gedrag.')).toBeTruthy());
  });

  it('makes the text and lets the owner edit it', async () => {
    const { user } = start();
    await screen.findByTestId('wizard-title');
    await user.click(screen.getByTestId('wizard-step-tekst'));
    await user.click(await screen.findByTestId('wizard-text-make'));
    const editor = (await screen.findByLabelText('Vacaturetekst (Nederlands)')) as HTMLTextAreaElement;
    expect(editor.value).toContain('Wat je kunt');
    await user.type(editor, ' Extra zin.');
    await waitFor(() => expect(backend.state.vacancies['proc-1'].textNl).toContain('Extra zin.'));
    await user.click(screen.getByTestId('wizard-step-klaar'));
    expect((await screen.findByTestId('wizard-preview')).textContent).toContain('Extra zin.');
    expect(screen.getByTestId('wizard-save-pdf').textContent).toContain('PDF');
  });

  it('shows a published vacancy without letting it change', async () => {
    start({
      procedures: [
        { id: 'proc-1', organisationId: 'org-1', title: 'Verkoper', kind: 'vacature', phase: 'gepubliceerd', createdAt: at, updatedAt: at },
      ],
    });
    expect(await screen.findByTestId('wizard-locked')).toBeTruthy();
  });
});
