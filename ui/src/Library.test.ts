import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { createFakeBackend, type FakeBackend, type FakeState } from '$lib/backend/fake';
import { libraryFrom } from '$lib/backend/devMock';
import { i18n } from '$lib/i18n/i18n.svelte';
import { fold, matches } from '$lib/state/library.svelte';
import bakkerij from '../../assets/packs/builtin/bakkerij.werfpack.json?raw';
import detailhandel from '../../assets/packs/builtin/detailhandel.werfpack.json?raw';

let backend: FakeBackend;

function start(initial?: Partial<FakeState>) {
  backend = createFakeBackend(initial);
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  const user = userEvent.setup();
  render(App);
  return { user };
}

const at = '2026-11-10T09:00:00Z';

function withProcedure(): Partial<FakeState> {
  return {
    library: libraryFrom([bakkerij, detailhandel], 'nl'),
    organisations: [{ id: 'org-1', name: 'Bakkerij De Vries', isDemo: false, createdAt: at }],
    currentOrganisationId: 'org-1',
    procedures: [
      { id: 'proc-1', organisationId: 'org-1', title: 'Verkoper', kind: 'vacature', phase: 'opstellen', createdAt: at, updatedAt: at },
    ],
  };
}

beforeEach(() => {
  i18n.setLanguage('nl');
});

afterEach(() => {
  clearMocks();
});

describe('search', () => {
  it('ignores case and accents and needs every word', () => {
    expect(fold('Crème BRÛLÉE')).toBe('creme brulee');
    expect(matches('Verkoopmedewerker bakkerij', 'BAKKERIJ verkoop')).toBe(true);
    expect(matches('Verkoopmedewerker bakkerij', 'bakkerij kassa')).toBe(false);
    expect(matches('anything', '   ')).toBe(true);
  });
});

describe('the library', () => {
  it('searches the roles of the installed packs and shows one in full', async () => {
    history.replaceState(null, '', '#/library');
    const { user } = start({ library: libraryFrom([bakkerij, detailhandel], 'nl') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeTruthy();
    const all = (await screen.findAllByTestId('library-role')).length;
    expect(all).toBeGreaterThan(4);

    await user.type(screen.getByTestId('library-search'), 'bakkerij verkoop');
    await waitFor(() => expect(screen.getAllByTestId('library-role').length).toBeLessThan(all));
    await user.click(screen.getAllByTestId('library-role')[0]);
    const detail = screen.getByTestId('library-detail');
    expect(within(detail).getByRole('heading', { level: 2 })).toBe(document.activeElement);
    expect(within(detail).getByText('Wat je gaat doen')).toBeTruthy();
    expect(within(detail).getByText('Arbeidsvoorwaarden (als richtlijn)')).toBeTruthy();
    expect(within(detail).getByTestId('library-trust').textContent).toContain('Uitgegeven door Werfwijzer, geverifieerd');

    await user.clear(screen.getByTestId('library-search'));
    await user.type(screen.getByTestId('library-search'), 'qqqzzz');
    expect(await screen.findByTestId('library-no-results')).toBeTruthy();
  });

  it('shows markup in pack text as plain text', async () => {
    history.replaceState(null, '', '#/library');
    const library = libraryFrom([bakkerij], 'nl');
    const evil = '<img src=x onerror="window.__pwned=1"><b>vet</b>';
    library.competencies[0].name = evil;
    library.competencies[0].definition = '<script>window.__pwned=1</script>';
    const { user } = start({ library });
    await user.click(await screen.findByTestId('library-view-competencies'));
    await user.click(screen.getAllByTestId('library-competency')[0]);
    const detail = screen.getByTestId('library-detail');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(detail.querySelector('img, b, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says what to do when no pack is installed', async () => {
    history.replaceState(null, '', '#/library');
    start();
    expect(await screen.findByTestId('library-empty')).toBeTruthy();
  });

  it('takes a role’s competencies into a procedure, which then lists and removes them', async () => {
    history.replaceState(null, '', '#/procedure/proc-1');
    const { user } = start(withProcedure());
    expect(await screen.findByTestId('procedure-competencies-empty')).toBeTruthy();
    await user.click(screen.getByTestId('procedure-choose-competencies'));
    expect(await screen.findByTestId('library-choosing')).toBeTruthy();
    expect(window.location.hash).toBe('#/library/for/proc-1');

    await user.click(screen.getAllByTestId('library-role')[0]);
    await user.click(screen.getByTestId('library-take-role'));
    const count = backend.state.procedureCompetencies['proc-1'].length;
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await screen.findByText(`Er zijn nu ${count} competenties in de procedure.`.replace('zijn nu', 'staan nu'))).toBeTruthy();
    expect(screen.getByTestId('library-chosen-count').textContent).toContain(`${count} competenties`);

    await user.click(screen.getByTestId('library-back'));
    const items = await screen.findAllByTestId('procedure-competency');
    expect(items.length).toBe(count);
    expect(within(items[0]).getByText(/Vaste kopie uit Bakkerij/)).toBeTruthy();
    await user.click(within(items[0]).getByTestId('procedure-competency-remove'));
    await waitFor(() => expect(screen.getAllByTestId('procedure-competency').length).toBe(count - 1));
    expect(backend.state.audit.some((e) => e.action === 'competencyRemoved')).toBe(true);
  });

  it('shows a refusal next to the button', async () => {
    history.replaceState(null, '', '#/library/for/proc-1');
    const { user } = start(withProcedure());
    await user.click(await screen.findByTestId('library-view-competencies'));
    await user.click(screen.getAllByTestId('library-competency')[0]);
    backend.failNext('add_procedure_competency', { code: 'CONFLICT', message: 'Een procedure heeft hoogstens 7 competenties.' });
    await user.click(screen.getByTestId('library-add'));
    expect((await screen.findByRole('alert')).textContent).toContain('hoogstens 7');
  });
});
