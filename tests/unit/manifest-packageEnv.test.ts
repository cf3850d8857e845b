import { describe, expect, it } from 'vitest';
import { type EnvProblem, readPackageEnv } from '../../scripts/packaging/env.mjs';

const VALID = {
  APP_ID: '7C9F3E2A-1B4D-4E8F-9A6B-2C3D4E5F6A7B',
  AAD_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  APP_ORIGIN: 'https://agenda.contoso.ca',
  APP_VERSION: '1.0.0',
};

function problemsOf(env: Record<string, string | undefined>): EnvProblem[] {
  const result = readPackageEnv(env);
  return result.ok ? [] : result.problems;
}

const variablesIn = (env: Record<string, string | undefined>) =>
  problemsOf(env).map((problem) => problem.variable);

describe('package environment', () => {
  it('accepts a complete deployment and normalizes it', () => {
    const result = readPackageEnv({ ...VALID, APP_ORIGIN: 'https://Agenda.Contoso.ca/' });
    expect(result).toEqual({
      ok: true,
      config: {
        appId: '7c9f3e2a-1b4d-4e8f-9a6b-2c3d4e5f6a7b',
        aadClientId: '11111111-2222-4333-8444-555555555555',
        appOrigin: 'https://agenda.contoso.ca',
        appHost: 'agenda.contoso.ca',
        appVersion: '1.0.0',
      },
    });
  });

  it('names every missing variable at once', () => {
    expect(variablesIn({})).toEqual(['APP_ID', 'AAD_CLIENT_ID', 'APP_ORIGIN', 'APP_VERSION']);
    expect(variablesIn({ ...VALID, APP_ORIGIN: '  ' })).toEqual(['APP_ORIGIN']);
  });

  it('takes the client id from VITE_AAD_CLIENT_ID when AAD_CLIENT_ID is not set', () => {
    const result = readPackageEnv({
      ...VALID,
      AAD_CLIENT_ID: undefined,
      VITE_AAD_CLIENT_ID: VALID.AAD_CLIENT_ID,
    });
    expect(result.ok && result.config.aadClientId).toBe(VALID.AAD_CLIENT_ID);
    expect(variablesIn({ ...VALID, AAD_CLIENT_ID: undefined, VITE_AAD_CLIENT_ID: 'abc' })).toEqual([
      'VITE_AAD_CLIENT_ID',
    ]);
    expect(variablesIn({ ...VALID, VITE_AAD_CLIENT_ID: '99999999-2222-4333-8444-555555555555' })).toEqual([
      'AAD_CLIENT_ID',
    ]);
  });

  it('rejects ids that are not GUIDs', () => {
    expect(variablesIn({ ...VALID, APP_ID: 'one-on-one-agenda' })).toEqual(['APP_ID']);
    expect(variablesIn({ ...VALID, AAD_CLIENT_ID: '{11111111-2222-4333-8444-555555555555}' })).toEqual([
      'AAD_CLIENT_ID',
    ]);
  });

  it.each([
    ['http://agenda.contoso.ca', 'https'],
    ['agenda.contoso.ca', 'not a URL'],
    ['https://agenda.contoso.ca/app', 'origin only'],
    ['https://agenda.contoso.ca/?x=1', 'origin only'],
    ['https://user:pw@agenda.contoso.ca', 'origin only'],
    ['ftp://agenda.contoso.ca', 'https'],
  ])('rejects APP_ORIGIN %s', (origin, why) => {
    const problems = problemsOf({ ...VALID, APP_ORIGIN: origin });
    expect(problems).toEqual([{ variable: 'APP_ORIGIN', message: expect.stringContaining(why) }]);
  });

  it('allows plain http for localhost only', () => {
    const result = readPackageEnv({ ...VALID, APP_ORIGIN: 'http://localhost:5173' });
    expect(result.ok && result.config.appHost).toBe('localhost:5173');
  });

  it.each(['1.0', 'v1.0.0', '1.0.0-beta.1', '01.0.0', '1.0.0.0'])('rejects APP_VERSION %s', (version) => {
    expect(variablesIn({ ...VALID, APP_VERSION: version })).toEqual(['APP_VERSION']);
  });
});
