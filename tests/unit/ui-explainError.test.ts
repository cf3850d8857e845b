import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/auth/TokenProvider';
import { GraphRequestError } from '../../src/graph/graphRequestError';
import { explainError } from '../../src/ui/explainError';
import { en } from '../../src/ui/i18n/messages.en';
import { frCA } from '../../src/ui/i18n/messages.fr-CA';

const SCOPES = ['Calendars.ReadWrite', 'Files.ReadWrite'];

describe('explainError on missing permissions', () => {
  it('offers the user to grant access when they can, without sending them to an administrator', () => {
    for (const strings of [en, frCA]) {
      const explained = explainError(new AuthError('consent-required', 'AADSTS65001', SCOPES), strings);
      expect(explained).toMatchObject({ needsSignIn: true, grantsConsent: true });
      expect(explained.message).toContain('Calendars.ReadWrite, Files.ReadWrite');
      expect(explained.message).not.toMatch(/administra/i);
    }
  });

  it('sends them to an administrator only when the tenant requires admin consent, with no button that cannot work', () => {
    for (const strings of [en, frCA]) {
      const explained = explainError(new AuthError('admin-consent-required', 'AADSTS90094', SCOPES), strings);
      expect(explained.needsSignIn).toBe(false);
      expect(explained.message).toMatch(/administra/i);
      expect(explained.message).toContain('Files.ReadWrite');
    }
  });

  it('explains a Graph call that failed for lack of consent the same way', () => {
    const error = new GraphRequestError(
      'unauthorized',
      'token',
      null,
      null,
      null,
      new AuthError('admin-consent-required', 'x', SCOPES),
    );
    expect(explainError(error, en).message).toBe(en.errorAdminConsent(SCOPES.join(', ')));
  });
});
