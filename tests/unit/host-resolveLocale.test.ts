import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../src/host/resolveLocale';

describe('resolveLocale', () => {
  it.each(['fr', 'fr-CA', 'fr-ca', 'fr-FR', 'FR-be', 'fr_CA', ' fr-ch '])(
    'gives Canadian French for %j',
    (locale) => {
      expect(resolveLocale(locale)).toBe('fr-CA');
    },
  );

  it.each(['en', 'en-US', 'en-gb', 'de-DE', 'es', 'fri', 'fur', '', 'x-fr'])(
    'gives English for %j',
    (locale) => {
      expect(resolveLocale(locale)).toBe('en');
    },
  );
});
