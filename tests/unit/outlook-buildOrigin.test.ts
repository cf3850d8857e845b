import { describe, expect, it } from 'vitest';
import { buildAppOrigin, DEV_SERVER_ORIGIN } from '../../vite.outlook.config';

describe('buildAppOrigin', () => {
  it('fails a production build without VITE_APP_ORIGIN, saying what to set', () => {
    for (const env of [{}, { VITE_APP_ORIGIN: '  ' }, { VITE_APP_ORIGIN: undefined }]) {
      expect(() => buildAppOrigin(env, 'production')).toThrow(
        "VITE_APP_ORIGIN is not set. A production build writes the app's links into Outlook invites",
      );
    }
    // Any mode that is not a local one is a deployment too.
    expect(() => buildAppOrigin({}, 'staging')).toThrow('VITE_APP_ORIGIN is not set. A staging build');
  });

  it("falls back to npm start's dev server only in the demo and development builds", () => {
    expect(buildAppOrigin({}, 'demo')).toBe(DEV_SERVER_ORIGIN);
    expect(buildAppOrigin({}, 'development')).toBe(DEV_SERVER_ORIGIN);
    expect(DEV_SERVER_ORIGIN).toBe('http://localhost:5173');
  });

  it('takes the origin as set, without a trailing slash', () => {
    expect(buildAppOrigin({ VITE_APP_ORIGIN: ' https://agenda.contoso.com/ ' }, 'production')).toBe(
      'https://agenda.contoso.com',
    );
    expect(buildAppOrigin({ VITE_APP_ORIGIN: 'http://localhost:4173' }, 'production')).toBe(
      'http://localhost:4173',
    );
  });

  it('refuses an origin that is not https (but for this machine) or not a URL', () => {
    expect(() => buildAppOrigin({ VITE_APP_ORIGIN: 'http://agenda.contoso.com' }, 'production')).toThrow(
      'VITE_APP_ORIGIN must be an https origin',
    );
    expect(() => buildAppOrigin({ VITE_APP_ORIGIN: 'agenda.contoso.com' }, 'demo')).toThrow(
      'VITE_APP_ORIGIN must be an https origin, e.g. https://agenda.contoso.com: "agenda.contoso.com".',
    );
  });
});
