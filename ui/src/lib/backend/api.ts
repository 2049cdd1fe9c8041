// The backend adapter: the generated bindings with their `Result`s unwrapped. A failed
// call throws an `ApiError` carrying the backend's `code` (switch on it) and `message`
// (user-facing text in the user's language: show it as it is).

import { commands } from './bindings';
import type {
  AppError,
  CompetencyView,
  DemoCreated,
  ErrorCode,
  Language,
  Library,
  NewProcedure,
  Organisation,
  PackInstalled,
  PackSummary,
  ProcedureDetail,
  ProcedureSummary,
  Result,
  Settings,
  TrustedKey,
} from './bindings';

export type {
  AppError,
  AuditAction,
  AuditEntry,
  CompetencyView,
  DemoCreated,
  ErrorCode,
  Language,
  Library,
  LibraryPack,
  NewProcedure,
  Organisation,
  PackInstalled,
  PackInstallOutcome,
  PackSummary,
  PackTrust,
  Phase,
  PhaseState,
  PhaseStep,
  ProcedureDetail,
  ProcedureKind,
  ProcedureSummary,
  QuestionView,
  RequirementView,
  RoleView,
  Settings,
  TrustedKey,
} from './bindings';

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}

function unwrap<T>(result: Result<T, AppError>): T {
  if (result.status === 'ok') return result.data;
  throw new ApiError(result.error);
}

/** Turns anything a call may throw into an `ApiError`, so callers handle one shape. */
async function call<T>(run: () => Promise<Result<T, AppError>>): Promise<T> {
  let result: Result<T, AppError>;
  try {
    result = await run();
  } catch {
    // The IPC itself failed (not an AppError from a command): report it as INTERNAL;
    // the UI shows its own generic text for it.
    throw new ApiError({ code: 'INTERNAL', message: '' });
  }
  return unwrap(result);
}

export const api = {
  getSettings: (): Promise<Settings> => call(() => commands.getSettings()),
  setLanguage: (language: Language): Promise<Settings> => call(() => commands.setLanguage(language)),
  selectOrganisation: (id: string): Promise<Settings> => call(() => commands.selectOrganisation(id)),
  listOrganisations: (): Promise<Organisation[]> => call(() => commands.listOrganisations()),
  createOrganisation: (name: string): Promise<Organisation> => call(() => commands.createOrganisation(name)),
  renameOrganisation: (id: string, name: string): Promise<Organisation> =>
    call(() => commands.renameOrganisation(id, name)),
  deleteOrganisation: (id: string): Promise<Settings> => call(() => commands.deleteOrganisation(id)),
  listProcedures: (organisationId: string): Promise<ProcedureSummary[]> =>
    call(() => commands.listProcedures(organisationId)),
  createProcedure: (procedure: NewProcedure): Promise<ProcedureSummary> =>
    call(() => commands.createProcedure(procedure)),
  openProcedure: (id: string): Promise<ProcedureDetail> => call(() => commands.openProcedure(id)),
  renameProcedure: (id: string, title: string): Promise<ProcedureSummary> =>
    call(() => commands.renameProcedure(id, title)),
  deleteProcedure: (id: string): Promise<null> => call(() => commands.deleteProcedure(id)),
  createDemo: (): Promise<DemoCreated> => call(() => commands.createDemo()),
  listPacks: (): Promise<PackSummary[]> => call(() => commands.listPacks()),
  /** `bytes`: the content of a `*.werfpack.json` file the user chose. */
  installPack: (bytes: number[]): Promise<PackInstalled> => call(() => commands.installPack(bytes)),
  removePack: (id: string): Promise<null> => call(() => commands.removePack(id)),
  listTrustedKeys: (): Promise<TrustedKey[]> => call(() => commands.listTrustedKeys()),
  /** `bytes`: the content of a publisher's `*.public.json` key file. */
  trustKey: (bytes: number[]): Promise<TrustedKey> => call(() => commands.trustKey(bytes)),
  removeTrustedKey: (publicKey: string): Promise<null> => call(() => commands.removeTrustedKey(publicKey)),
  /** Installs the built-in packs that are missing or older; resolves to how many. */
  restoreBuiltinPacks: (): Promise<number> => call(() => commands.restoreBuiltinPacks()),
  library: (): Promise<Library> => call(() => commands.library()),
  addProcedureCompetency: (procedureId: string, packId: string, competencyId: string): Promise<CompetencyView[]> =>
    call(() => commands.addProcedureCompetency(procedureId, packId, competencyId)),
  addRoleCompetencies: (procedureId: string, packId: string, roleId: string): Promise<CompetencyView[]> =>
    call(() => commands.addRoleCompetencies(procedureId, packId, roleId)),
  removeProcedureCompetency: (procedureId: string, id: string): Promise<CompetencyView[]> =>
    call(() => commands.removeProcedureCompetency(procedureId, id)),
  /** Tells the shell the first populated screen is painted (the start-up benchmark). */
  uiReady: (): Promise<void> => commands.uiReady(),
};

/** The text to show for a failed call: the backend's own message, or a generic one. */
export function errorText(error: unknown, generic: string): string {
  if (error instanceof ApiError && error.message.trim() !== '') return error.message;
  return generic;
}

// --- pack authoring ---------------------------------------------------------------------------

export type {
  Draft,
  DraftPack,
  DraftPart,
  DraftProblem,
  DraftSaved,
  DraftSummary,
  NewDraft,
  PackAnchors,
  PackCompetency,
  PackQuestion,
  PackRequirement,
  PackRole,
  PackText,
  Preview,
  PreviewItem,
  PreviewSection,
  PreviewTarget,
  QuestionKind,
  SigningKeyInfo,
} from './bindings';

import type {
  Draft,
  DraftPack,
  DraftProblem,
  DraftSaved,
  DraftSummary,
  NewDraft,
  Preview,
  PreviewTarget,
  SigningKeyInfo,
} from './bindings';

export const authorApi = {
  listSigningKeys: (): Promise<SigningKeyInfo[]> => call(() => commands.listSigningKeys()),
  createSigningKey: (publisherId: string, publisherName: string): Promise<SigningKeyInfo> =>
    call(() => commands.createSigningKey(publisherId, publisherName)),
  /** `bytes`: the content of a `*.secret.json` file made by `werfwijzer-cli pack keygen`. */
  importSigningKey: (bytes: number[]): Promise<SigningKeyInfo> => call(() => commands.importSigningKey(bytes)),
  exportPublicKey: (publicKey: string, path: string): Promise<string> =>
    call(() => commands.exportPublicKey(publicKey, path)),
  deleteSigningKey: (publicKey: string): Promise<null> => call(() => commands.deleteSigningKey(publicKey)),
  listDrafts: (): Promise<DraftSummary[]> => call(() => commands.listDrafts()),
  createDraft: (draft: NewDraft): Promise<Draft> => call(() => commands.createDraft(draft)),
  copyPackToDraft: (packId: string): Promise<Draft> => call(() => commands.copyPackToDraft(packId)),
  getDraft: (id: string): Promise<Draft> => call(() => commands.getDraft(id)),
  saveDraft: (id: string, pack: DraftPack): Promise<DraftSaved> => call(() => commands.saveDraft(id, pack)),
  deleteDraft: (id: string): Promise<null> => call(() => commands.deleteDraft(id)),
  validateDraft: (id: string): Promise<DraftProblem[]> => call(() => commands.validateDraft(id)),
  previewDraftItem: (pack: DraftPack, target: PreviewTarget, language: Language): Promise<Preview> =>
    call(() => commands.previewDraftItem(pack, target, language)),
  exportDraft: (id: string, publicKey: string, path: string): Promise<string> =>
    call(() => commands.exportDraft(id, publicKey, path)),
  installDraft: (id: string, publicKey: string): Promise<PackInstalled> =>
    call(() => commands.installDraft(id, publicKey)),
};

// --- the vacancy wizard -----------------------------------------------------------------------

export type {
  BiText,
  CheckFinding,
  CheckKind,
  ContractKind,
  ExportFormat,
  PayPer,
  ReadabilityView,
  RewriteView,
  StructuralView,
  TextCheck,
  Vacancy,
  VacancyAnswers,
  VacancyRequirement,
  VacancyRole,
  WizardStep,
} from './bindings';

import type { CheckKind, ExportFormat, ProcedureKind, TextCheck, Vacancy, VacancyAnswers, WizardStep } from './bindings';

export const vacancyApi = {
  get: (procedureId: string): Promise<Vacancy> => call(() => commands.vacancy(procedureId)),
  save: (procedureId: string, step: WizardStep, answers: VacancyAnswers): Promise<null> =>
    call(() => commands.saveVacancy(procedureId, step, answers)),
  setKind: (procedureId: string, kind: ProcedureKind): Promise<Vacancy> =>
    call(() => commands.setProcedureKind(procedureId, kind)),
  chooseRole: (procedureId: string, packId: string, roleId: string): Promise<Vacancy> =>
    call(() => commands.chooseRole(procedureId, packId, roleId)),
  addOwnCompetency: (procedureId: string, name: string, definition: string): Promise<Vacancy> =>
    call(() => commands.addOwnCompetency(procedureId, name, definition)),
  draft: (procedureId: string, lang: Language): Promise<Vacancy> => call(() => commands.draftVacancy(procedureId, lang)),
  saveText: (procedureId: string, lang: Language, text: string): Promise<null> =>
    call(() => commands.saveVacancyText(procedureId, lang, text)),
  check: (text: string, lang: Language, kind: CheckKind, competencies: number | null): Promise<TextCheck> =>
    call(() => commands.checkText(text, lang, kind, competencies)),
  export: (procedureId: string, lang: Language, format: ExportFormat, path: string): Promise<null> =>
    call(() => commands.exportVacancy(procedureId, lang, format, path)),
  setLogo: (organisationId: string, path: string): Promise<Organisation> =>
    call(() => commands.setOrganisationLogo(organisationId, path)),
  removeLogo: (organisationId: string): Promise<Organisation> => call(() => commands.removeOrganisationLogo(organisationId)),
};
