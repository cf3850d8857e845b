/**
 * Offline validation against the official Microsoft 365 app manifest schemas that ship inside
 * `@microsoft/app-manifest` (build/json-schemas/teams/v1.x/...). A `$schema` that the package does
 * not bundle is an error: nothing is ever downloaded.
 *
 * The validator is set up exactly as the package's own `AppManifestUtils.validateAgainstSchema`
 * (Ajv for JSON Schema draft-04, allErrors, strictTypes off, formats uri/email/regex) with one
 * difference: regexes are compiled without the `u` flag, as draft-04 patterns are written. The
 * package compiles them with `u`, which fails on the Localization schema (`\b]` in a pattern is a
 * "lone quantifier bracket" in unicode mode), so its API cannot validate localization files.
 * The unit tests check that the package's API and this validator agree on the manifest.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SCHEMA_HOST = 'https://developer.microsoft.com/';
const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));

/**
 * The file inside @microsoft/app-manifest that holds a schema URL such as
 * https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json
 * (a locale segment like /en-us/ is ignored, as developer.microsoft.com does).
 * @param {string} schemaUrl
 */
export function bundledSchemaPath(schemaUrl) {
  const withoutLocale = schemaUrl.replace(
    /^https:\/\/developer\.microsoft\.com\/[a-z]{2}(-[a-z]{2})?\//i,
    SCHEMA_HOST,
  );
  const match = /^https:\/\/developer\.microsoft\.com\/(json-schemas\/teams\/v[\w.]+\/[\w.]+\.json)$/.exec(
    withoutLocale,
  );
  if (match === null) throw new Error(`"${schemaUrl}" is not a Teams/Microsoft 365 app manifest schema URL`);
  return join(packageRoot, 'build', match[1]);
}

/** @param {string} schemaUrl */
export async function loadBundledSchema(schemaUrl) {
  const path = bundledSchemaPath(schemaUrl);
  let raw;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new Error(`@microsoft/app-manifest does not bundle ${schemaUrl} (looked for ${path})`);
  }
  // The published schemas contain "\a" and "\v" in regexes, which JSON.parse rejects; the package cleans them the same way.
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

const validators = new Map();

async function validatorFor(schemaUrl) {
  const path = bundledSchemaPath(schemaUrl);
  if (!validators.has(path)) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validators.set(path, ajv.compile(await loadBundledSchema(schemaUrl)));
  }
  return validators.get(path);
}

function describe(error) {
  const params = error.params ?? {};
  if (error.keyword === 'additionalProperties') return `${error.message}: "${params.additionalProperty}"`;
  if (error.keyword === 'enum') return `${error.message}: ${JSON.stringify(params.allowedValues)}`;
  return error.message ?? error.keyword;
}

/**
 * Validates a manifest or localization file against the bundled schema its own `$schema` names.
 * @param {{ $schema?: unknown }} document parsed JSON
 * @returns {Promise<{ path: string, message: string }[]>} JSON pointer and message per error; empty when valid
 */
export async function validateAgainstBundledSchema(document) {
  if (typeof document.$schema !== 'string') return [{ path: '/$schema', message: 'is missing' }];
  const validate = await validatorFor(document.$schema);
  // Validate what would be written to disk: no undefined-valued keys.
  if (validate(JSON.parse(JSON.stringify(document)))) return [];
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    message: describe(error),
  }));
}
