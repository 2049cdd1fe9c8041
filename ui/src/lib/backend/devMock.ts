// Development only: when the UI runs in a plain browser (no Tauri shell), answer the IPC
// from the in-memory fake backend. main.ts imports this module only under
// `import.meta.env.DEV` or `--mode mock`, so it never reaches the production bundle.
//
// Query parameters (for looking at screens): `?scenario=empty|demo|full|packs|dberror`,
// `?lang=nl|en`.

import { mockIPC } from '@tauri-apps/api/mocks';
import { createFakeBackend, type FakeState } from './fake';
import type { CompetencyView, Language, Library, Phase, ProcedureKind, ProcedureSummary, RoleView } from './bindings';
// Two of the real built-in packs, so the library screens show real content.
import bakkerij from '../../../../assets/packs/builtin/bakkerij.werfpack.json?raw';
import detailhandel from '../../../../assets/packs/builtin/detailhandel.werfpack.json?raw';

function seed(scenario: string, language: Language): Partial<FakeState> {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour, 5)).toISOString().replace('.000', '');
  if (scenario === 'demo' || scenario === 'full') {
    const orgs = [
      { id: 'org-1', name: language === 'en' ? 'De Korenschoof Bakery (example)' : 'Bakkerij De Korenschoof (voorbeeld)', isDemo: true, createdAt: at(2, 9) },
    ];
    const procs: ProcedureSummary[] = [
      p('proc-1', 'org-1', language === 'en' ? 'Bakery sales assistant (24 hours)' : 'Verkoopmedewerker bakkerij (24 uur)', 'vacature', 'opstellen', at(2, 9)),
    ];
    if (scenario === 'full') {
      orgs.push(
        { id: 'org-2', name: 'Installatiebedrijf Van der Meer & Zonen', isDemo: false, createdAt: at(5, 10) },
        { id: 'org-3', name: 'Kapsalon Knip', isDemo: false, createdAt: at(7, 11) },
      );
      procs.push(
        p('proc-2', 'org-1', 'Bakker (38 uur), ervaren in brood en banket', 'vacature', 'gesprekken', at(12, 13)),
        p('proc-3', 'org-1', 'Stagiair bakkerij, mbo niveau 2', 'stage', 'brievenBeoordelen', at(18, 8)),
        p('proc-4', 'org-1', 'Teamleider winkel', 'promotie', 'afgesloten', at(20, 15)),
        p('proc-5', 'org-2', 'Monteur installatietechniek', 'vacature', 'gepubliceerd', at(21, 9)),
      );
    }
    const audit = procs.flatMap((x, i) => [
      { seq: i * 2 + 1, at: x.createdAt, action: 'procedureCreated' as const, detail: x.title, organisationId: x.organisationId, procedureId: x.id },
      { seq: i * 2 + 2, at: x.createdAt, action: 'demoCreated' as const, detail: '', organisationId: x.organisationId, procedureId: x.id },
    ]);
    const library = libraryFrom([bakkerij, detailhandel], language);
    const chosen = (procedureId: string, count: number): CompetencyView[] =>
      library.competencies.slice(0, count).map((c, i) => ({ ...c, id: `${procedureId}-c${i}`, packVersion: '1.0.0' }));
    const procedureCompetencies: Record<string, CompetencyView[]> =
      scenario === 'full' ? { 'proc-1': chosen('proc-1', 3), 'proc-2': chosen('proc-2', 5) } : {};
    return {
      language,
      currentOrganisationId: 'org-1',
      organisations: orgs,
      procedures: procs,
      audit,
      procedureCompetencies,
      ...packs(scenario, language, at),
    };
  }
  if (scenario === 'packs') return { language, ...packs(scenario, language, at) };
  return { language };
}

/** Three packs, one of each trust state, and the key that verifies the first. */
function packs(scenario: string, language: Language, at: (day: number, hour: number) => string): Partial<FakeState> {
  if (scenario !== 'full' && scenario !== 'packs') return {};
  const en = language === 'en';
  return {
    library: libraryFrom([bakkerij, detailhandel], language),
    packs: [
      { id: 'nl.bakkersbond-voorbeeld.bakkerij', version: '2.1.0', title: en ? 'Bakery and food craft' : 'Bakkerij en ambachtelijk voedsel', publisherName: 'Bakkersbond Voorbeeld', trust: 'verified', builtin: false, competencyCount: 8, roleCount: 4, installedAt: at(3, 10), updatedAt: at(14, 9) },
      { id: 'nl.kappers.haar', version: '1.0.0', title: en ? 'Hair and beauty' : 'Kappers en schoonheidsverzorging', publisherName: 'Kappersvereniging Voorbeeld', trust: 'signedUnknownKey', builtin: false, competencyCount: 6, roleCount: 1, installedAt: at(9, 15), updatedAt: at(9, 15) },
      { id: 'nl.werfwijzer.detailhandel', version: '1.0.0', title: en ? 'Retail' : 'Detailhandel', publisherName: 'Werfwijzer', trust: 'verified', builtin: true, competencyCount: 11, roleCount: 4, installedAt: at(1, 8), updatedAt: at(1, 8) },
    ],
    trustedKeys: [
      { publicKey: 'lIYykYn0Vv38wpqe5wms7QdYmwqfOCEuH7UIyJ/FgEg=', publisherId: 'nl.werfwijzer', publisherName: 'Werfwijzer', addedAt: '', builtin: true },
      { publicKey: 'q3Xv9mB0sQe1L7tYcF2wZkP8hN4rJ6uD5aG0iE3oT1s=', publisherId: 'nl.bakkersbond-voorbeeld', publisherName: 'Bakkersbond Voorbeeld', addedAt: at(3, 10), builtin: false },
    ],
  };
}

type Text = { nl?: string; en?: string };
type RawPack = {
  id: string;
  title: Text;
  competencies: {
    id: string;
    name: Text;
    definition: Text;
    indicators: Text[];
    letterAnchors: Record<'1' | '3' | '5', Text>;
    questions: { kind: 'behavioural' | 'situational'; text: Text; followUps: Text[] }[];
    interviewAnchors: Record<'1' | '3' | '5', Text>;
    workSample?: Text;
  }[];
  roles: {
    id: string;
    title: Text;
    summary: Text;
    tasks: Text[];
    competencies: string[];
    conditions: { hours: Text; cao: Text; payHint: Text };
    requirements?: { text: Text; reason: Text }[];
  }[];
};

/** The library the backend would build from these packs (see core/src/library.rs). */
export function libraryFrom(sources: string[], language: Language): Library {
  const pick = (t: Text | undefined) => (language === 'en' ? (t?.en ?? t?.nl) : (t?.nl ?? t?.en)) ?? '';
  const anchors = (a: Record<'1' | '3' | '5', Text>) => [pick(a['1']), pick(a['3']), pick(a['5'])];
  const lib: Library = { packs: [], roles: [], competencies: [] };
  for (const source of sources) {
    const pack = JSON.parse(source) as RawPack;
    lib.packs.push({ id: pack.id, title: pick(pack.title), publisherName: 'Werfwijzer', trust: 'verified' });
    lib.roles.push(
      ...pack.roles.map(
        (r): RoleView => ({
          packId: pack.id,
          id: r.id,
          title: pick(r.title),
          summary: pick(r.summary),
          tasks: r.tasks.map(pick),
          competencyIds: r.competencies,
          hours: pick(r.conditions.hours),
          cao: pick(r.conditions.cao),
          payHint: pick(r.conditions.payHint),
          requirements: (r.requirements ?? []).map((q) => ({ text: pick(q.text), reason: pick(q.reason) })),
        }),
      ),
    );
    lib.competencies.push(
      ...pack.competencies.map(
        (c): CompetencyView => ({
          id: c.id,
          packId: pack.id,
          packTitle: pick(pack.title),
          packVersion: null,
          competencyId: c.id,
          name: pick(c.name),
          definition: pick(c.definition),
          indicators: c.indicators.map(pick),
          letterAnchors: anchors(c.letterAnchors),
          questions: c.questions.map((q) => ({ kind: q.kind, text: pick(q.text), followUps: q.followUps.map(pick) })),
          interviewAnchors: anchors(c.interviewAnchors),
          workSample: c.workSample ? pick(c.workSample) : null,
        }),
      ),
    );
  }
  return lib;
}

function p(id: string, organisationId: string, title: string, kind: ProcedureKind, phase: Phase, at: string): ProcedureSummary {
  return { id, organisationId, title, kind, phase, createdAt: at, updatedAt: at };
}

export function installDevMock(): void {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get('scenario') ?? 'empty';
  const language: Language = params.get('lang') === 'en' ? 'en' : 'nl';
  const backend = createFakeBackend(seed(scenario, language));
  if (scenario === 'dberror') {
    backend.failNext('get_settings', {
      code: 'DATABASE',
      message:
        language === 'en'
          ? 'The data file is damaged. Restore a backup or contact your advisor.'
          : 'Het gegevensbestand is beschadigd. Zet een reservekopie terug of neem contact op met uw adviseur.',
    });
  }
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  console.info(`[werfwijzer] fake backend active (scenario ${scenario})`);
}
