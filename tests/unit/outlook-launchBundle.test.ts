import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import { TEAMS_INVITE_HTML } from '../fixtures/outlookBodies/teamsInviteBodies';

const root = resolve(import.meta.dirname, '../..');
let outDir = '';
let script = '';
let page = '';

/** The deployment's origin the script is built with, as `npm run package` passes it. */
const APP_ORIGIN = 'https://agenda.contoso.example';

/** Builds the launch script in production mode (Vite's default) with VITE_APP_ORIGIN as given (or unset). */
async function buildLaunchScript(into: string, appOrigin: string | undefined): Promise<void> {
  const saved = process.env.VITE_APP_ORIGIN;
  if (appOrigin === undefined) delete process.env.VITE_APP_ORIGIN;
  else process.env.VITE_APP_ORIGIN = appOrigin;
  try {
    await build({
      root,
      configFile: resolve(root, 'vite.outlook.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: into, emptyOutDir: true },
    });
  } finally {
    if (saved === undefined) delete process.env.VITE_APP_ORIGIN;
    else process.env.VITE_APP_ORIGIN = saved;
  }
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'outlook-launch-'));
  await buildLaunchScript(outDir, APP_ORIGIN);
  script = await readFile(join(outDir, 'launchevents.js'), 'utf8');
  page = await readFile(join(outDir, 'launchevents.html'), 'utf8');
}, 60_000);

afterAll(async () => {
  if (outDir !== '') await rm(outDir, { recursive: true, force: true });
});

type Callback = (result: { status: string; value: unknown }) => void;

/** The smallest Office that classic Outlook's JavaScript-only runtime would give the script. */
function officeStub(body: { value: string }) {
  const handlers = new Map<string, (event: { completed(): void }) => unknown>();
  const ok = (value: unknown, callback: Callback) => callback({ status: 'succeeded', value });
  return {
    handlers,
    Office: {
      actions: {
        associate: (name: string, handler: (event: { completed(): void }) => unknown) =>
          handlers.set(name, handler),
      },
      context: {
        displayLanguage: 'en-US',
        mailbox: {
          userProfile: { emailAddress: 'dana@contoso.example' },
          item: {
            body: {
              getTypeAsync: (callback: Callback) => ok('html', callback),
              getAsync: (_type: string, callback: Callback) => ok(body.value, callback),
              setAsync: (data: string, _options: unknown, callback: Callback) => {
                body.value = data;
                ok(undefined, callback);
              },
              prependAsync: (data: string, _options: unknown, callback: Callback) => {
                const at = body.value.indexOf('<body dir="ltr">') + '<body dir="ltr">'.length;
                body.value = body.value.slice(0, at) + data + body.value.slice(at);
                ok(undefined, callback);
              },
            },
            requiredAttendees: {
              getAsync: (callback: Callback) =>
                ok(
                  [{ emailAddress: 'sam@contoso.example', displayName: 'Sam', recipientType: 'user' }],
                  callback,
                ),
            },
            optionalAttendees: { getAsync: (callback: Callback) => ok([], callback) },
          },
        },
      },
    },
  };
}

/**
 * The script's syntax error under ECMAScript 2016, as a parser that knows nothing newer reports it, or null.
 * Node's own engine cannot say this: it accepts every edition it implements. Acorn with `ecmaVersion: 2016`
 * rejects async functions and `await`, object rest and spread, `?.`, `??`, and ES2018 regular expressions
 * (lookbehind, named groups, the `s` flag).
 */
function es2016SyntaxError(source: string): string | null {
  try {
    parse(source, { ecmaVersion: 2016, sourceType: 'script' });
    return null;
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    return `${String(error)} near: ${source.slice(Math.max(0, at - 40), at + 40)}`;
  }
}

/** A method by name, `x.name(` or `x["name"]`, and not a minified function of that name after a spread (`...at(`). */
const method = (names: string): RegExp =>
  new RegExp(`(?<!\\.\\.)\\.(${names})\\(|\\[["'\`](${names})["'\`]\\]`);

/**
 * Built-ins newer than ES2016, which a syntax parser cannot see (a call is a call): how the bundle would name
 * them. Member names survive minification, so a match is a use (or a very unlucky name of ours).
 */
const NEWER_BUILT_INS: readonly { edition: number; pattern: RegExp }[] = [
  { edition: 2017, pattern: method('padStart|padEnd') },
  { edition: 2017, pattern: /\bObject\.(values|entries|getOwnPropertyDescriptors)\b/ },
  { edition: 2017, pattern: /\b(SharedArrayBuffer|Atomics)\b/ },
  { edition: 2018, pattern: method('finally') },
  { edition: 2018, pattern: /\bSymbol\.asyncIterator\b/ },
  { edition: 2019, pattern: method('flat|flatMap|trimStart|trimEnd') },
  { edition: 2019, pattern: /\bObject\.fromEntries\b/ },
  { edition: 2020, pattern: method('matchAll') },
  { edition: 2020, pattern: /\bPromise\.allSettled\b/ },
  { edition: 2020, pattern: /\b(globalThis|BigInt)\b/ },
  { edition: 2021, pattern: method('replaceAll') },
  { edition: 2021, pattern: /\bPromise\.any\b/ },
  { edition: 2021, pattern: /\b(WeakRef|FinalizationRegistry|AggregateError)\b/ },
  { edition: 2022, pattern: method('at') },
  { edition: 2022, pattern: /\bObject\.hasOwn\b/ },
  { edition: 2023, pattern: method('findLast|findLastIndex|toSorted|toReversed|toSpliced') },
  { edition: 2024, pattern: /\b(Object|Map)\.groupBy\b|\bPromise\.withResolvers\b/ },
];

/** The uses of post-ES2016 built-ins in `source`, with what they are, e.g. "ES2017: .padStart". */
function newerBuiltInsUsed(source: string): string[] {
  return NEWER_BUILT_INS.flatMap(({ edition, pattern }) => {
    const match = pattern.exec(source);
    return match ? [`ES${edition}: ${match[0]}`] : [];
  });
}

/**
 * Run in the script's context first: takes away the ES2017+ library (what an ES2016 engine lacks), so a path
 * the test drives that calls one throws, as it would in classic Outlook.
 */
const REMOVE_NEWER_BUILT_INS = `
  delete String.prototype.padStart; delete String.prototype.padEnd;
  delete Object.values; delete Object.entries; delete Object.getOwnPropertyDescriptors;
  delete Promise.prototype.finally; delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete String.prototype.trimStart; delete String.prototype.trimEnd; delete Object.fromEntries;
  delete String.prototype.matchAll; delete Promise.allSettled; delete String.prototype.replaceAll;
  delete Promise.any; delete Array.prototype.at; delete String.prototype.at; delete Object.hasOwn;
  delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
`;

describe('the built launch-event script', () => {
  it('is one classic script: no imports, exports or module syntax', () => {
    expect(script).not.toMatch(/^\s*import[\s{]/m);
    expect(script).not.toMatch(/\bexport\s/);
    expect(script).not.toMatch(/\bimport\s*\(/);
    expect(script).not.toMatch(/\brequire\s*\(/);
    expect(script).not.toContain('import.meta');
  });

  it('is ECMAScript 2016: what classic Outlook on Windows before Version 2403 runs', () => {
    expect(es2016SyntaxError(script)).toBeNull();
    // The check itself tells ES2017 apart: an async function (what the handler is written with) is refused.
    expect(es2016SyntaxError('async function handler() { await 0; }')).not.toBeNull();
  });

  it('calls no built-in newer than ECMAScript 2016 (the parser cannot see those)', () => {
    expect(newerBuiltInsUsed(script)).toEqual([]);
    // The check itself sees an ES2017 library call, the kind that slipped in before (textHash's padStart).
    expect(newerBuiltInsUsed('n.toString(16).padStart(8,"0")')).toEqual(['ES2017: .padStart(']);
    expect(newerBuiltInsUsed('list["at"](-1)')).toEqual(['ES2022: ["at"]']);
    expect(newerBuiltInsUsed('[...at(e.links)]')).toEqual([]);
  });

  it('uses nothing the JavaScript-only runtime lacks', () => {
    for (const name of [
      'document',
      'window',
      'localStorage',
      'sessionStorage',
      'DOMParser',
      'navigator',
      'XMLHttpRequest',
      'React',
    ]) {
      expect(script).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('is well under 20 KB gzipped', () => {
    expect(gzipSync(script).length).toBeLessThan(20 * 1024);
  });

  it('registers both handlers and inserts the agenda in a context with nothing but Office', async () => {
    const body = { value: TEAMS_INVITE_HTML };
    const { Office, handlers } = officeStub(body);
    // No window, document, timers or console: only the language's ES2016 built-ins and Office.
    const context = vm.createContext({ Office });
    vm.runInContext(REMOVE_NEWER_BUILT_INS, context);
    vm.runInContext(script, context);
    expect([...handlers.keys()].sort()).toEqual([
      'onAppointmentAttendeesChanged',
      'onNewAppointmentOrganizer',
    ]);

    let completed = 0;
    await handlers.get('onNewAppointmentOrganizer')?.({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(findInviteBlock(body.value, 'html')).not.toBeNull();
    expect(body.value).toContain(`href="${APP_ORIGIN}/?compose=1"`);
    expect(script).not.toContain('localhost');
  });

  it('is not built for production without the app origin: the build fails and says what to set', async () => {
    const into = await mkdtemp(join(tmpdir(), 'outlook-launch-no-origin-'));
    try {
      await expect(buildLaunchScript(into, undefined)).rejects.toThrow(
        /VITE_APP_ORIGIN is not set\. A production build writes the app's links into Outlook invites/,
      );
    } finally {
      await rm(into, { recursive: true, force: true });
    }
  });

  it('serves the same script to the web runtime after office.js', () => {
    const officeJs = page.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    const launch = page.indexOf('src="launchevents.js"');
    expect(officeJs).toBeGreaterThan(0);
    expect(launch).toBeGreaterThan(officeJs);
  });
});
