import {
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  AuthError as MsalAuthError,
  ServerError,
} from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { mapMsalError } from '../../src/auth/mapMsalError';
import { AuthError } from '../../src/auth/TokenProvider';

const SCOPES = ['User.Read', 'User.ReadBasic.All', 'Calendars.Read'];
const CORRELATION = '00000000-0000-0000-0000-000000000000';

describe('mapMsalError', () => {
  it('maps interaction required to a sign-in prompt', () => {
    const error = mapMsalError(
      new InteractionRequiredAuthError(
        'interaction_required',
        CORRELATION,
        'AADSTS50058: A silent sign-in request was sent',
      ),
      SCOPES,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error.reason).toBe('interaction-required');
    expect(error.message).toContain('AADSTS50058');
    expect(error.missingScopes).toEqual([]);
  });

  it('maps an empty cache or a cancelled sign-in to interaction required too', () => {
    expect(
      mapMsalError(new InteractionRequiredAuthError('no_tokens_found', CORRELATION), SCOPES).reason,
    ).toBe('interaction-required');
    expect(mapMsalError(new BrowserAuthError('user_cancelled', CORRELATION), SCOPES).reason).toBe(
      'interaction-required',
    );
    expect(mapMsalError(new ClientAuthError('no_account_found', CORRELATION), SCOPES).reason).toBe(
      'interaction-required',
    );
    // A refresh token the server refused (MSAL would have tried an iframe; the browser provider does not).
    expect(
      mapMsalError(new ServerError('invalid_grant', CORRELATION, 'AADSTS700084: expired'), SCOPES).reason,
    ).toBe('interaction-required');
  });

  it('maps consent_required to consent-required with every requested scope when the error names none', () => {
    const error = mapMsalError(
      new InteractionRequiredAuthError(
        'consent_required',
        CORRELATION,
        "AADSTS65001: The user or administrator has not consented to use the application with ID 'abc' named '1:1 Agenda'.",
      ),
      SCOPES,
    );
    expect(error.reason).toBe('consent-required');
    expect(error.missingScopes).toEqual(SCOPES);
  });

  it('recognises AADSTS65001 in an invalid_grant from the token endpoint', () => {
    const error = mapMsalError(
      new ServerError(
        'invalid_grant',
        CORRELATION,
        'AADSTS65001: The user or administrator has not consented',
      ),
      SCOPES,
    );
    expect(error.reason).toBe('consent-required');
  });

  it('tells an administrator-only grant (90094, 90095) from one the user can give (65001, 65004)', () => {
    for (const text of [
      'AADSTS90094: The grant requires admin permission.',
      'AADSTS90095: Admin consent is required for the permissions requested by this application.',
    ]) {
      const error = mapMsalError(new MsalAuthError('access_denied', CORRELATION, text), SCOPES);
      expect(error.reason, text).toBe('admin-consent-required');
      expect(error.missingScopes).toEqual(SCOPES);
    }
    // The user declined the consent prompt: they can still accept it next time.
    const declined = mapMsalError(
      new ServerError(
        'access_denied',
        CORRELATION,
        'AADSTS65004: User declined to consent to access the app.',
      ),
      SCOPES,
    );
    expect(declined.reason).toBe('consent-required');
  });

  it('keeps only the scopes the error names, matching whole scope names', () => {
    const error = mapMsalError(
      new InteractionRequiredAuthError(
        'invalid_grant',
        CORRELATION,
        'AADSTS65001: consent missing for scope User.ReadBasic.All and for Calendars.Read.',
        'consent_required',
      ),
      SCOPES,
    );
    expect(error.reason).toBe('consent-required');
    // "User.Read" is a prefix of "User.ReadBasic.All" but is not itself named.
    expect(error.missingScopes).toEqual(['User.ReadBasic.All', 'Calendars.Read']);
  });

  it('maps other MSAL failures to failed, keeping the code for diagnosis', () => {
    const error = mapMsalError(new BrowserAuthError('popup_window_error', CORRELATION), SCOPES);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('popup_window_error');
    expect(mapMsalError(new ClientAuthError('no_network_connectivity', CORRELATION), SCOPES).reason).toBe(
      'failed',
    );
  });

  it('maps non-MSAL errors to failed and passes the app own AuthError through untouched', () => {
    expect(mapMsalError(new TypeError('boom'), SCOPES)).toMatchObject({ reason: 'failed', message: 'boom' });
    expect(mapMsalError('weird', SCOPES)).toMatchObject({ reason: 'failed', message: 'weird' });
    const own = new AuthError('not-configured', 'no client id');
    expect(mapMsalError(own, SCOPES)).toBe(own);
  });
});
