import { describe, expect, it } from 'vitest';
import { documentedHeaderName } from '../../src/demo/batch/stepHeaderNames';

describe('documentedHeaderName', () => {
  it.each([
    ['retry-after', 'Retry-After'],
    ['content-type', 'Content-Type'],
    ['cache-control', 'Cache-Control'],
    ['preference-applied', 'Preference-Applied'],
    ['location', 'Location'],
    ['etag', 'ETag'],
    ['odata-version', 'OData-Version'],
    ['www-authenticate', 'WWW-Authenticate'],
    ['x-ms-resource-unit', 'x-ms-resource-unit'],
    ['RETRY-AFTER', 'Retry-After'],
  ])('writes %s as Graph documents it: %s', (name, documented) => {
    expect(documentedHeaderName(name)).toBe(documented);
  });
});
