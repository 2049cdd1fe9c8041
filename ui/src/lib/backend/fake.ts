// An in-memory stand-in for the Rust backend, for the unit tests and for looking at the UI
// in a browser (`npm run dev` outside Tauri, `npm run build:mock`). It follows the façade in
// src-tauri/crates/core closely enough to exercise the UI; it is never part of `dist/`.

import type {
  AppError,
  AuditAction,
  AuditEntry,
  CompetencyView,
  ErrorCode,
  Language,
  Library,
  NewProcedure,
  Organisation,
  PackInstalled,
  PackSummary,
  Phase,
  ProcedureDetail,
  ProcedureSummary,
  Settings,
  TextCheck,
  TrustedKey,
  Vacancy,
  VacancyAnswers,
  WizardStep,
} from './bindings';
import { centsAsText } from '$lib/state/money';

const PHASES: Phase[] = [
  'opstellen',
  'gepubliceerd',
  'brievenBeoordelen',
  'gesprekken',
  'besluit',
  'afgesloten',
  'opgeschoond',
];

const MAX_NAME_CHARS = 120;
const MAX_COMPETENCIES = 7;

type StoredOrg = { id: string; name: string; isDemo: boolean; createdAt: string };
type StoredAudit = AuditEntry & { organisationId: string | null; procedureId: string | null };

export type FakeState = {
  language: Language;
  currentOrganisationId: string | null;
  organisations: StoredOrg[];
  procedures: ProcedureSummary[];
  audit: StoredAudit[];
  packs: PackSummary[];
  trustedKeys: TrustedKey[];
  /** The roles and competencies of the packs, as the backend's `library` returns them. */
  library: Library;
  /** Per procedure id: its frozen competencies. */
  procedureCompetencies: Record<string, CompetencyView[]>;
  /** Per procedure id: the wizard's step, answers and texts. */
  vacancies: Record<string, { step: WizardStep; answers: VacancyAnswers; textNl: string | null; textEn: string | null }>;
};

/** Makes the next call of `command` fail with this error (once). */
export type FailNext = (command: string, error: AppError) => void;

export type FakeBackend = {
  state: FakeState;
  handle: (cmd: string, args: Record<string, unknown> | undefined) => Promise<unknown>;
  failNext: FailNext;
  calls: { cmd: string; args: Record<string, unknown> | undefined }[];
};

const messages: Record<string, Record<Language, string>> = {
  orgNotFound: {
    nl: 'Deze organisatie bestaat niet meer. Kies een andere organisatie.',
    en: 'This organisation no longer exists. Choose another organisation.',
  },
  procNotFound: {
    nl: 'Deze procedure bestaat niet meer. Ga terug naar de lijst met procedures.',
    en: 'This procedure no longer exists. Go back to the list of procedures.',
  },
  competencyNotFound: {
    nl: 'Deze competentie of functie staat niet (meer) in de geïnstalleerde pakketten.',
    en: 'This competency or role is not in the installed packs (any more).',
  },
  competencyChosen: {
    nl: 'Deze competentie staat al in de procedure.',
    en: 'This competency is already in the procedure.',
  },
  tooManyCompetencies: {
    nl: 'Een procedure heeft hoogstens 7 competenties. Kies er liever ongeveer vijf: dan kun je elke competentie goed beoordelen. Haal er eerst een weg.',
    en: 'A procedure has at most 7 competencies. About five is better: then you can judge each one well. Remove one first.',
  },
  competenciesLocked: {
    nl: 'De vacature is al gepubliceerd. Daarna blijven de competenties gelijk, zodat iedereen op dezelfde punten wordt beoordeeld.',
    en: 'The vacancy has been published. From then on the competencies stay the same, so everyone is judged on the same points.',
  },
  nameEmpty: { nl: 'Vul een naam in.', en: 'Please enter a name.' },
  nameTooLong: {
    nl: `De naam is te lang. Gebruik hoogstens ${MAX_NAME_CHARS} tekens.`,
    en: `The name is too long. Use at most ${MAX_NAME_CHARS} characters.`,
  },
  nameTaken: {
    nl: 'Er is al een organisatie met deze naam. Kies een andere naam.',
    en: 'There is already an organisation with this name. Choose another name.',
  },
  packInvalid: {
    nl: 'Dit is geen geldig pakket voor Werfwijzer.\nVraag de uitgever om een nieuw bestand dat eindigt op .werfpack.json.',
    en: 'This is not a valid Werfwijzer pack.\nAsk the publisher for a new file that ends in .werfpack.json.',
  },
  packAlreadyInstalled: {
    nl: 'Dit pakket is al geïnstalleerd (versie {version}). Er is niets veranderd.',
    en: 'This pack is already installed (version {version}). Nothing was changed.',
  },
  packOlder: {
    nl: 'Er is al een nieuwere versie van dit pakket geïnstalleerd (versie {version}). Werfwijzer zet er geen oudere versie overheen.',
    en: 'A newer version of this pack is already installed (version {version}). Werfwijzer does not replace it with an older one.',
  },
  packNotFound: { nl: 'Dit pakket is niet (meer) geïnstalleerd.', en: 'This pack is not installed (any more).' },
  keyInvalid: {
    nl: 'Dit is geen geldige sleutel van een uitgever. Vraag de uitgever om het bestand dat eindigt op .public.json.',
    en: 'This is not a valid publisher key. Ask the publisher for the file that ends in .public.json.',
  },
  keyNotFound: { nl: 'Deze sleutel is niet (meer) vertrouwd.', en: 'This key is not trusted (any more).' },
};

/** "1.10.0" > "1.9.2": compares the numbers of two versions; negative when a is older. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The JSON in a file's bytes, or undefined when it is not UTF-8 JSON. */
function parseJson(bytes: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(bytes)) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createFakeBackend(initial?: Partial<FakeState>): FakeBackend {
  const state: FakeState = {
    language: 'nl',
    currentOrganisationId: null,
    organisations: [],
    procedures: [],
    audit: [],
    packs: [],
    trustedKeys: [],
    library: { packs: [], roles: [], competencies: [] },
    procedureCompetencies: {},
    vacancies: {},
    ...initial,
  };
  const failures = new Map<string, AppError>();
  const calls: FakeBackend['calls'] = [];
  let counter = 0;

  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const newId = () => {
    counter += 1;
    return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  };
  const fail = (code: ErrorCode, key: string, version = ''): never => {
    throw { code, message: messages[key][state.language].replace('{version}', version) } satisfies AppError;
  };
  const cleanName = (raw: unknown): string => {
    const name = String(raw ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .join(' ');
    if (name === '') fail('INVALID_INPUT', 'nameEmpty');
    if ([...name].length > MAX_NAME_CHARS) fail('INVALID_INPUT', 'nameTooLong');
    return name;
  };
  const org = (id: unknown): StoredOrg =>
    state.organisations.find((o) => o.id === id) ?? fail('NOT_FOUND', 'orgNotFound');
  const proc = (id: unknown): ProcedureSummary =>
    state.procedures.find((p) => p.id === id) ?? fail('NOT_FOUND', 'procNotFound');
  const nameTaken = (name: string, except?: string) =>
    state.organisations.some((o) => o.id !== except && o.name.toLowerCase() === name.toLowerCase());
  const audit = (
    action: AuditAction,
    detail: string,
    organisationId: string | null = null,
    procedureId: string | null = null,
  ) => {
    state.audit.push({ seq: state.audit.length + 1, at: now(), action, detail, organisationId, procedureId });
  };
  const orgDto = (o: StoredOrg): Organisation => ({
    id: o.id,
    name: o.name,
    isDemo: o.isDemo,
    procedureCount: state.procedures.filter((p) => p.organisationId === o.id).length,
    hasLogo: false,
    createdAt: o.createdAt,
  });
  const sortedOrgs = () => [...state.organisations].sort((a, b) => a.name.localeCompare(b.name));
  const settings = (): Settings => {
    const current = state.organisations.some((o) => o.id === state.currentOrganisationId)
      ? state.currentOrganisationId
      : (sortedOrgs()[0]?.id ?? null);
    return { language: state.language, currentOrganisationId: current };
  };
  const createOrg = (name: string, isDemo: boolean): Organisation => {
    if (nameTaken(name)) fail('CONFLICT', 'nameTaken');
    const o: StoredOrg = { id: newId(), name, isDemo, createdAt: now() };
    state.organisations.push(o);
    state.currentOrganisationId = o.id;
    audit('organisationCreated', name, o.id);
    return orgDto(o);
  };
  const competenciesOf = (procedureId: string): CompetencyView[] => state.procedureCompetencies[procedureId] ?? [];
  const addCopy = (p: ProcedureSummary, packId: string, competencyId: string) => {
    if (p.phase !== 'opstellen') fail('CONFLICT', 'competenciesLocked');
    const source =
      state.library.competencies.find((c) => c.packId === packId && c.competencyId === competencyId) ??
      fail('NOT_FOUND', 'competencyNotFound');
    const list = competenciesOf(p.id);
    if (list.some((c) => c.packId === packId && c.competencyId === competencyId)) fail('CONFLICT', 'competencyChosen');
    if (list.length >= MAX_COMPETENCIES) fail('CONFLICT', 'tooManyCompetencies');
    const version = state.packs.find((x) => x.id === packId)?.version ?? null;
    state.procedureCompetencies[p.id] = [...list, { ...structuredClone(source), id: newId(), packVersion: version }];
    audit('competencyAdded', `${packId} ${version ?? ''} ${competencyId}`, p.organisationId, p.id);
  };
  const createProc = (organisationId: string, title: string, kind: NewProcedure['kind']) => {
    org(organisationId);
    const at = now();
    const p: ProcedureSummary = {
      id: newId(),
      organisationId,
      title,
      kind,
      phase: 'opstellen',
      createdAt: at,
      updatedAt: at,
    };
    state.procedures.push(p);
    audit('procedureCreated', title, organisationId, p.id);
    return p;
  };

  const vacancyOf = (p: ProcedureSummary) => {
    state.vacancies[p.id] ??= {
      step: 'soort',
      answers: {
        jobTitle: { nl: p.title, en: '' },
        role: null,
        summary: { nl: '', en: '' },
        tasks: [],
        requirements: [],
        hoursMin: null,
        hoursMax: null,
        payMinCents: null,
        payMaxCents: null,
        payPer: 'month',
        cao: { nl: '', en: '' },
        payHint: { nl: '', en: '' },
        contract: null,
        contractMonths: null,
        place: '',
        start: '',
        deadline: '',
        applyTo: '',
        contactName: '',
        contactPhone: '',
        answerForm: false,
        accessibility: { nl: '', en: '' },
        school: '',
        learningGoals: [],
        allowance: null,
        languages: [state.language],
      },
      textNl: null,
      textEn: null,
    };
    return state.vacancies[p.id];
  };
  const vacancyDto = (p: ProcedureSummary): Vacancy => {
    const v = vacancyOf(p);
    const o = org(p.organisationId);
    return {
      procedureId: p.id,
      procedureTitle: p.title,
      organisationId: o.id,
      organisationName: o.name,
      kind: p.kind,
      step: v.step,
      answers: v.answers,
      textNl: v.textNl,
      textEn: v.textEn,
      editable: p.phase === 'opstellen',
      competencies: competenciesOf(p.id),
      suggestions: [],
      hasLogo: false,
    };
  };
  const handlers: Record<string, (a: Record<string, unknown>) => unknown> = {
    get_settings: () => settings(),
    set_language: (a) => {
      state.language = a.language as Language;
      audit('languageChanged', state.language);
      return settings();
    },
    select_organisation: (a) => {
      org(a.id);
      state.currentOrganisationId = a.id as string;
      return settings();
    },
    list_organisations: () => sortedOrgs().map(orgDto),
    create_organisation: (a) => createOrg(cleanName(a.name), false),
    rename_organisation: (a) => {
      const name = cleanName(a.name);
      if (nameTaken(name, a.id as string)) fail('CONFLICT', 'nameTaken');
      const o = org(a.id);
      o.name = name;
      audit('organisationRenamed', name, o.id);
      return orgDto(o);
    },
    delete_organisation: (a) => {
      const o = org(a.id);
      state.organisations = state.organisations.filter((x) => x.id !== o.id);
      state.procedures = state.procedures.filter((p) => p.organisationId !== o.id);
      audit('organisationDeleted', o.name, o.id);
      if (state.currentOrganisationId === o.id) state.currentOrganisationId = sortedOrgs()[0]?.id ?? null;
      return settings();
    },
    list_procedures: (a) => {
      org(a.organisationId);
      return state.procedures
        .filter((p) => p.organisationId === a.organisationId)
        .sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
    },
    create_procedure: (a) => {
      const n = a.procedure as NewProcedure;
      return createProc(n.organisationId, cleanName(n.title), n.kind);
    },
    open_procedure: (a): ProcedureDetail => {
      const p = proc(a.id);
      const current = PHASES.indexOf(p.phase);
      return {
        procedure: p,
        organisationName: org(p.organisationId).name,
        phases: PHASES.map((phase, i) => ({
          phase,
          state: i < current ? 'done' : i === current ? 'current' : 'upcoming',
          available: false,
        })),
        competencies: state.procedureCompetencies[p.id] ?? [],
        competenciesEditable: p.phase === 'opstellen',
        log: state.audit
          .filter((e) => e.procedureId === p.id)
          .map(({ seq, at, action, detail }) => ({ seq, at, action, detail })),
      };
    },
    rename_procedure: (a) => {
      const title = cleanName(a.title);
      const p = proc(a.id);
      p.title = title;
      p.updatedAt = now();
      audit('procedureRenamed', title, p.organisationId, p.id);
      return p;
    },
    delete_procedure: (a) => {
      const p = proc(a.id);
      state.procedures = state.procedures.filter((x) => x.id !== p.id);
      audit('procedureDeleted', p.title, p.organisationId, p.id);
      return null;
    },
    create_demo: () => {
      const base = state.language === 'en' ? 'De Korenschoof Bakery (example)' : 'Bakkerij De Korenschoof (voorbeeld)';
      let name = base;
      for (let n = 2; nameTaken(name); n += 1) name = `${base} ${n}`;
      const o = createOrg(name, true);
      const title =
        state.language === 'en' ? 'Bakery sales assistant (24 hours)' : 'Verkoopmedewerker bakkerij (24 uur)';
      const p = createProc(o.id, title, 'vacature');
      audit('demoCreated', '', o.id, p.id);
      return { organisationId: o.id, procedureId: p.id };
    },
    list_packs: () => [...state.packs].sort((a, b) => a.title.localeCompare(b.title)),
    install_pack: (a): PackInstalled => {
      // Enough of the real checks to show each outcome: format, id, version, signature.
      const json = parseJson(a.bytes);
      const publisher = json?.publisher as { id?: unknown; name?: unknown } | undefined;
      const titles = json?.title as Record<string, unknown> | undefined;
      if (
        json?.format !== 'werfwijzer-pack' ||
        typeof json.id !== 'string' ||
        typeof json.version !== 'string' ||
        typeof publisher?.id !== 'string' ||
        typeof publisher.name !== 'string'
      ) {
        return fail('INVALID_INPUT', 'packInvalid');
      }
      const title = String(titles?.[state.language] ?? titles?.nl ?? titles?.en ?? json.id);
      const signature = json.signature as { publicKey?: unknown } | undefined;
      const key = state.trustedKeys.find((k) => k.publicKey === signature?.publicKey);
      const existing = state.packs.find((x) => x.id === json.id);
      if (existing && compareVersions(json.version, existing.version) === 0)
        fail('CONFLICT', 'packAlreadyInstalled', existing.version);
      if (existing && compareVersions(json.version, existing.version) < 0) fail('CONFLICT', 'packOlder', existing.version);
      const at = now();
      const pack: PackSummary = {
        id: json.id,
        version: json.version,
        title,
        publisherName: key?.publisherName ?? publisher.name,
        trust: signature ? (key ? 'verified' : 'signedUnknownKey') : 'unsigned',
        builtin: false,
        competencyCount: Array.isArray(json.competencies) ? json.competencies.length : 0,
        roleCount: Array.isArray(json.roles) ? json.roles.length : 0,
        installedAt: existing?.installedAt ?? at,
        updatedAt: at,
      };
      state.packs = [...state.packs.filter((x) => x.id !== pack.id), pack];
      audit(existing ? 'packUpdated' : 'packInstalled', `${pack.id} ${pack.version}`);
      return { pack, outcome: existing ? 'updated' : 'installed', previousVersion: existing?.version ?? null };
    },
    remove_pack: (a) => {
      const pack = state.packs.find((x) => x.id === a.id) ?? fail('NOT_FOUND', 'packNotFound');
      state.packs = state.packs.filter((x) => x.id !== pack.id);
      audit('packRemoved', `${pack.id} ${pack.version}`);
      return null;
    },
    list_trusted_keys: () =>
      [...state.trustedKeys].sort(
        (a, b) => Number(b.builtin) - Number(a.builtin) || a.publisherName.localeCompare(b.publisherName),
      ),
    trust_key: (a): TrustedKey => {
      const json = parseJson(a.bytes);
      if (
        json?.format !== 'werfwijzer-public-key' ||
        typeof json.publicKey !== 'string' ||
        typeof json.publisherId !== 'string' ||
        typeof json.publisherName !== 'string'
      ) {
        return fail('INVALID_INPUT', 'keyInvalid');
      }
      const key: TrustedKey = {
        publicKey: json.publicKey,
        publisherId: json.publisherId,
        publisherName: json.publisherName,
        addedAt: now(),
        builtin: false,
      };
      state.trustedKeys = [...state.trustedKeys.filter((k) => k.publicKey !== key.publicKey), key];
      audit('keyTrusted', key.publisherName);
      return key;
    },
    remove_trusted_key: (a) => {
      const key = state.trustedKeys.find((k) => k.publicKey === a.publicKey) ?? fail('NOT_FOUND', 'keyNotFound');
      state.trustedKeys = state.trustedKeys.filter((k) => k.publicKey !== key.publicKey);
      audit('keyRemoved', key.publisherName);
      return null;
    },
    restore_builtin_packs: () => 0,
    library: () => state.library,
    add_procedure_competency: (a) => {
      const p = proc(a.procedureId);
      addCopy(p, String(a.packId), String(a.competencyId));
      return competenciesOf(p.id);
    },
    add_role_competencies: (a) => {
      const p = proc(a.procedureId);
      const role =
        state.library.roles.find((r) => r.packId === a.packId && r.id === a.roleId) ??
        fail('NOT_FOUND', 'competencyNotFound');
      for (const id of role.competencyIds) {
        if (competenciesOf(p.id).some((c) => c.packId === role.packId && c.competencyId === id)) continue;
        if (competenciesOf(p.id).length >= MAX_COMPETENCIES) break;
        addCopy(p, role.packId, id);
      }
      return competenciesOf(p.id);
    },
    remove_procedure_competency: (a) => {
      const p = proc(a.procedureId);
      const list = competenciesOf(p.id);
      const c = list.find((x) => x.id === a.id) ?? fail('NOT_FOUND', 'competencyNotFound');
      state.procedureCompetencies[p.id] = list.filter((x) => x.id !== c.id);
      audit('competencyRemoved', `${c.packId ?? '-'} ${c.competencyId}`, p.organisationId, p.id);
      return competenciesOf(p.id);
    },
    ui_ready: () => null,
    // The vacancy wizard: answers and texts are kept; the draft is a plain stand-in for the
    // Rust drafting, only to exercise the screens.
    vacancy: (a) => vacancyDto(proc(a.procedureId)),
    save_vacancy: (a) => {
      const v = vacancyOf(proc(a.procedureId));
      v.step = a.step as WizardStep;
      v.answers = structuredClone(a.answers as VacancyAnswers);
      return null;
    },
    set_procedure_kind: (a) => {
      const p = proc(a.procedureId);
      p.kind = a.kind as ProcedureSummary['kind'];
      return vacancyDto(p);
    },
    choose_role: (a) => {
      const p = proc(a.procedureId);
      const role =
        state.library.roles.find((r) => r.packId === a.packId && r.id === a.roleId) ??
        fail('NOT_FOUND', 'competencyNotFound');
      const v = vacancyOf(p);
      const bi = (text: string) => ({ nl: text, en: text });
      v.answers.role = { packId: role.packId, roleId: role.id, title: bi(role.title) };
      v.answers.jobTitle = bi(role.title);
      v.answers.summary = bi(role.summary);
      v.answers.tasks = role.tasks.map(bi);
      v.answers.requirements = role.requirements.map((q) => ({ text: bi(q.text), reason: bi(q.reason), diploma: false, orEquivalent: false }));
      v.answers.payHint = bi(role.payHint);
      v.answers.cao = bi(role.cao);
      if (competenciesOf(p.id).length === 0) {
        for (const id of role.competencyIds) addCopy(p, role.packId, id);
      }
      return vacancyDto(p);
    },
    add_own_competency: (a) => {
      const p = proc(a.procedureId);
      const list = competenciesOf(p.id);
      if (list.length >= MAX_COMPETENCIES) fail('CONFLICT', 'tooManyCompetencies');
      list.push({
        id: `own-${list.length + 1}`,
        packId: null,
        packTitle: null,
        packVersion: null,
        competencyId: `eigen-${list.length + 1}`,
        name: String(a.name).trim(),
        definition: String(a.definition).trim(),
        indicators: [],
        letterAnchors: [],
        questions: [],
        interviewAnchors: [],
        workSample: null,
      });
      state.procedureCompetencies[p.id] = list;
      return vacancyDto(p);
    },
    draft_vacancy: (a) => {
      const p = proc(a.procedureId);
      const v = vacancyOf(p);
      const lang = a.lang as Language;
      const t = (x: { nl: string; en: string }) => (lang === 'nl' ? x.nl || x.en : x.en || x.nl);
      // The amounts as the real draft writes them (cents only when there are any).
      const amount = (cents: number | null) => (cents === null ? '…' : centsAsText(cents, lang));
      const per = {
        nl: { hour: 'per uur', month: 'per maand', year: 'per jaar' },
        en: { hour: 'an hour', month: 'a month', year: 'a year' },
      } as const;
      const text = [
        t(v.answers.jobTitle) || p.title,
        '',
        t(v.answers.summary),
        '',
        lang === 'nl' ? 'Wat je kunt' : 'What you can do',
        '',
        ...competenciesOf(p.id).map((c) => `- ${c.name}: ${c.definition}`),
        '',
        lang === 'nl'
          ? `Het salaris is ${amount(v.answers.payMinCents)} tot ${amount(v.answers.payMaxCents)} bruto ${per[lang][v.answers.payPer]}.`
          : `The pay is ${amount(v.answers.payMinCents)} to ${amount(v.answers.payMaxCents)} gross ${per[lang][v.answers.payPer]}.`,
      ].join('\n');
      if (lang === 'nl') v.textNl = text;
      else v.textEn = text;
      audit('vacancyDrafted', lang, p.organisationId, p.id);
      return vacancyDto(p);
    },
    save_vacancy_text: (a) => {
      const v = vacancyOf(proc(a.procedureId));
      if (a.lang === 'nl') v.textNl = String(a.text);
      else v.textEn = String(a.text);
      return null;
    },
    check_text: (a): TextCheck => {
      const text = String(a.text);
      const findings = [...text.matchAll(/stressbestendig|flexibel/gi)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        category: 'TRAIT',
        categoryLabel: state.language === 'nl' ? 'Eigenschap in plaats van gedrag' : 'Trait instead of behaviour',
        reason: state.language === 'nl' ? 'Dit is een eigenschap, geen gedrag.' : 'This is a trait, not behaviour.',
        alternative: state.language === 'nl' ? 'Beschrijf wat iemand doet.' : 'Describe what someone does.',
        rewrites: [],
      }));
      const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
      return { findings, structural: [], readability: null, words };
    },
    export_vacancy: () => null,
    set_organisation_logo: (a) => orgDto(org(a.organisationId)),
    remove_organisation_logo: (a) => orgDto(org(a.organisationId)),
  };

  return {
    state,
    calls,
    failNext: (command, error) => failures.set(command, error),
    handle: async (cmd, args) => {
      calls.push({ cmd, args });
      const failure = failures.get(cmd);
      if (failure) {
        failures.delete(cmd);
        throw failure;
      }
      const handler = handlers[cmd];
      if (!handler) throw { code: 'INTERNAL', message: `unknown command ${cmd}` } satisfies AppError;
      // Copy the answer, as the real IPC does (JSON over the wire).
      return structuredClone(handler(args ?? {}));
    },
  };
}
