import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiError, errorText } from './api';

afterEach(() => clearMocks());

describe('backend adapter', () => {
  it('returns the data of an ok result', async () => {
    mockIPC((cmd) => (cmd === 'get_settings' ? { language: 'en', currentOrganisationId: null } : null));
    await expect(api.getSettings()).resolves.toEqual({ language: 'en', currentOrganisationId: null });
  });

  it('passes the arguments by their camelCase names', async () => {
    let seen: unknown;
    mockIPC((cmd, args) => {
      seen = { cmd, args };
      return [];
    });
    await api.listProcedures('org-1');
    expect(seen).toEqual({ cmd: 'list_procedures', args: { organisationId: 'org-1' } });
  });

  it('throws an ApiError with the code and message of an error result', async () => {
    mockIPC(() => {
      throw { code: 'CONFLICT', message: 'Er is al een organisatie met deze naam.' };
    });
    const error = await api.createOrganisation('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('CONFLICT');
    expect(errorText(error, 'generic')).toBe('Er is al een organisatie met deze naam.');
  });

  it('turns a broken IPC into INTERNAL with the generic text', async () => {
    mockIPC(() => {
      throw new Error('ipc gone');
    });
    const error = await api.listOrganisations().catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('INTERNAL');
    expect(errorText(error, 'generic')).toBe('generic');
  });
});
