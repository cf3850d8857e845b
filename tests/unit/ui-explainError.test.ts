import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/auth/TokenProvider';
import {
  GraphRequestError,
  SPACES_LIBRARY_FORBIDDEN,
  SPACES_LIBRARY_NOT_FOUND,
  SPACES_SITE_NOT_FOUND,
} from '../../src/graph/graphRequestError';
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

describe('explainError on the organisation spaces library', () => {
  it('names what the administrator must do when the site or library is missing or not shared', () => {
    const cases = [
      new GraphRequestError('not-found', 'no site', 404, SPACES_SITE_NOT_FOUND),
      new GraphRequestError('not-found', 'no library', 404, SPACES_LIBRARY_NOT_FOUND),
      new GraphRequestError('forbidden', 'not a member', 403, SPACES_LIBRARY_FORBIDDEN),
    ];
    for (const strings of [en, frCA]) {
      const messages = cases.map((error) => explainError(error, strings));
      for (const explained of messages) {
        expect(explained.needsSignIn).toBe(false);
        expect(explained.message).toMatch(/administra/i);
        expect(explained.message).toContain('SharePoint');
      }
      expect(messages[0]?.message).toContain('VITE_SPACES_SITE_URL');
      expect(messages[1]?.message).toContain('VITE_SPACES_LIBRARY');
      expect(new Set(messages.map((explained) => explained.message)).size).toBe(3);
      // A plain 404 or 403 keeps the general wording.
      expect(explainError(new GraphRequestError('not-found', 'x', 404), strings).message).toBe(
        strings.errorNotFound,
      );
      expect(explainError(new GraphRequestError('forbidden', 'x', 403), strings).message).toBe(
        strings.errorForbidden,
      );
    }
  });
});
