import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARED_ACTIVITY_TYPES } from '../../src/demo/teams/teamsAppState';
import {
  EMPLOYEE_ADDED_TOPICS_ACTIVITY,
  ONE_ON_ONE_SOON_ACTIVITY,
} from '../../src/graph/activityNotifications';

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
    // What src/services/nudges fills for each type; a template naming another parameter would show it raw.
    const filled: Record<string, string[]> = {
      [ONE_ON_ONE_SOON_ACTIVITY]: ['leaderName', 'when'],
      [EMPLOYEE_ADDED_TOPICS_ACTIVITY]: ['employeeName', 'topicCount', 'when'],
    };
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(filled).sort());
    types.forEach((type, index) => {
      const french = frCa[`activities.activityTypes[${index}].templateText`] ?? '';
      for (const text of [type.templateText, french]) {
        const named = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(named).toEqual([...(filled[type.type] ?? [])].sort());
      }
      expect(frCa[`activities.activityTypes[${index}].description`]).toBeTruthy();
    });
  });
});
