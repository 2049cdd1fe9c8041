import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftPack, DraftProblem, Preview } from '$lib/backend/bindings';
import { i18n } from '$lib/i18n/i18n.svelte';
import AuthorDraft from '$lib/screens/AuthorDraft.svelte';
import { DraftEditor, freeId, newCompetency, textIn } from '$lib/state/author.svelte';

function emptyPack(): DraftPack {
  return {
    id: 'nl.bond.winkel',
    version: '1.0.0',
    publisher: { id: 'nl.bond', name: 'Bond' },
    title: { nl: 'Winkel', en: 'Shop' },
    description: null,
    languages: ['nl', 'en'],
    competencies: [],
    roles: [],
    logo: null,
  };
}

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[];
let problems: DraftProblem[];

function backend() {
  calls = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    switch (cmd) {
      case 'get_draft':
        return { id: 'd1', pack: emptyPack(), createdAt: 't', updatedAt: 't' };
      case 'save_draft':
        return { updatedAt: 't2' };
      case 'validate_draft':
        return problems;
      case 'preview_draft_item': {
        const pack = a.pack as DraftPack;
        const c = pack.competencies[0];
        const preview: Preview = {
          title: c?.name.nl ?? '',
          vacancy: [{ heading: 'Wat je kunt', paragraphs: [], items: [{ label: c?.name.nl ?? '', text: 'def', sub: [] }], ordered: false }],
          interview: [{ heading: 'Vragen in het gesprek', paragraphs: [], items: [], ordered: true }],
        };
        return preview;
      }
      case 'list_signing_keys':
        return [];
      default:
        return null;
    }
  });
}

const saves = () => calls.filter((c) => c.cmd === 'save_draft');

beforeEach(() => {
  i18n.setLanguage('nl');
  problems = [];
  backend();
});

afterEach(() => {
  clearMocks();
});

describe('the draft editor state', () => {
  it('saves the whole pack once after a pause, and at once when asked', async () => {
    const editor = new DraftEditor('d1');
    await editor.load();
    expect(editor.pack?.title.nl).toBe('Winkel');
    editor.addCompetency();
    editor.changed(JSON.stringify(editor.pack));
    editor.pack!.competencies[0].name.nl = 'Klanten helpen';
    editor.changed(JSON.stringify(editor.pack));
    expect(editor.saveState).toBe('unsaved');
    await waitFor(() => expect(saves()).toHaveLength(1), { timeout: 2000 });
    const sent = saves()[0].args.pack as DraftPack;
    expect(sent.competencies[0].name.nl).toBe('Klanten helpen');
    expect(editor.saveState).toBe('saved');

    editor.pack!.competencies[0].name.en = 'Helping customers';
    editor.changed(JSON.stringify(editor.pack));
    await editor.save();
    expect(saves()).toHaveLength(2);
    // Nothing changed: no save.
    await editor.save();
    expect(saves()).toHaveLength(2);
  });

  it('removing a competency removes it from the roles too; renaming follows', async () => {
    const editor = new DraftEditor('d1');
    await editor.load();
    editor.addCompetency();
    editor.addCompetency();
    editor.addRole();
    editor.pack!.roles[0].competencies = ['competentie-1', 'competentie-2'];
    editor.renameCompetency(0, 'klanten-helpen');
    expect(editor.pack!.roles[0].competencies).toEqual(['klanten-helpen', 'competentie-2']);
    editor.removeCompetency(1);
    expect(editor.pack!.roles[0].competencies).toEqual(['klanten-helpen']);
    expect(editor.selection).toEqual({ kind: 'competency', index: 0 });
  });

  it('helpers', () => {
    expect(freeId('competentie', ['competentie-1'])).toBe('competentie-2');
    expect(newCompetency('x').questions.map((q) => q.kind)).toEqual(['behavioural', 'situational']);
    expect(textIn({ nl: ' ', en: 'Shop' }, 'nl')).toBe('Shop');
    expect(textIn({ nl: null, en: null }, 'en')).toBeNull();
  });
});

describe('the editor screen', () => {
  it('adds a competency, shows its preview, and a problem selects its part', async () => {
    const user = userEvent.setup();
    render(AuthorDraft, { id: 'd1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Winkel' })).toBeTruthy();
    await user.click(screen.getByTestId('author-add-competency'));
    await user.type(screen.getByTestId('author-competency-name-nl'), 'Klanten helpen');
    expect(screen.getByTestId('author-part-competency').textContent).toBe('Klanten helpen');
    await waitFor(() => expect(screen.getByTestId('author-preview-vacancy').textContent).toContain('Klanten helpen'), { timeout: 2000 });
    await waitFor(() => expect(screen.getByTestId('author-save-state').dataset.state).toBe('saved'), { timeout: 2000 });

    await user.click(screen.getByTestId('author-part-header'));
    expect(screen.getByTestId('author-pack-id')).toBeTruthy();
    problems = [
      {
        path: 'competencies[0].definition.nl',
        message: 'Bij competencies[0].definition.nl: hier ontbreekt tekst.',
        field: 'Omschrijving (Nederlands)',
        what: 'hier ontbreekt tekst.',
        part: { kind: 'competency', index: 0 },
      },
    ];
    await user.click(screen.getByTestId('author-check'));
    const problem = await screen.findByTestId('author-problem');
    expect(problem.textContent).toContain('Klanten helpen');
    expect(problem.textContent).toContain('Omschrijving (Nederlands): Hier ontbreekt tekst');
    await user.click(problem);
    expect(screen.getByTestId('author-part-competency').getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('author-competency-definition-nl')).toBeTruthy();

    problems = [];
    await user.click(screen.getByTestId('author-check'));
    expect(await screen.findByTestId('author-check-ok')).toBeTruthy();
  });
});
