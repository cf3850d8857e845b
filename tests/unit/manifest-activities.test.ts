import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARED_ACTIVITY_TYPES } from '../../src/demo/teams/teamsAppState';
import { ONE_ON_ONE_SOON_ACTIVITY } from '../../src/graph/activityNotifications';

const manifestDir = resolve(import.meta.dirname, '../../manifest');
const manifest = JSON.parse(readFileSync(resolve(manifestDir, 'manifest.template.json'), 'utf8')) as {
  activities?: { activityTypes?: { type: string; templateText: string }[] };
};
const frCa = JSON.parse(readFileSync(resolve(manifestDir, 'fr-ca.json'), 'utf8')) as Record<string, string>;

describe('the activity types of the manifest', () => {
  const types = manifest.activities?.activityTypes ?? [];
  it('declare the reminder the app sends, and the demo tenant accepts exactly those', () => {
    expect(types.map((t) => t.type)).toContain(ONE_ON_ONE_SOON_ACTIVITY);
    expect([...DECLARED_ACTIVITY_TYPES].sort()).toEqual(types.map((t) => t.type).sort());
  });
  it('name the template parameters the app fills, in English and in French (Canada)', () => {
    types.forEach((type, index) => {
      const french = frCa[`activities.activityTypes[${index}].templateText`] ?? '';
      for (const text of [type.templateText, french]) {
        expect(text).toContain('{leaderName}');
        expect(text).toContain('{when}');
      }
      expect(frCa[`activities.activityTypes[${index}].description`]).toBeTruthy();
    });
  });
});
