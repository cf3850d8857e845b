import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAgainstBundledSchema } from '../../scripts/packaging/schema.mjs';

const root = resolve(import.meta.dirname, '../..');
const script = resolve(root, 'scripts/package.mjs');
const tempDirs: string[] = [];

const EXAMPLE_ENV = {
  APP_ID: '7c9f3e2a-1b4d-4e8f-9a6b-2c3d4e5f6a7b',
  AAD_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  APP_ORIGIN: 'https://agenda.contoso.ca',
  APP_VERSION: '1.2.3',
};

function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Runs the packager the way `npm run package -- --skip-build` does, with only the given deployment variables. */
function runPackage(deployment: Record<string, string>, extraArgs: string[] = []) {
  const outDir = tempDir('agenda-package-');
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['APP_ID', 'AAD_CLIENT_ID', 'VITE_AAD_CLIENT_ID', 'APP_ORIGIN', 'APP_VERSION'])
    delete env[name];
  const result = spawnSync(process.execPath, [script, '--skip-build', '--out-dir', outDir, ...extraArgs], {
    cwd: root,
    env: { ...env, ...deployment },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { outDir, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package -- --skip-build', () => {
  let run: ReturnType<typeof runPackage>;
  let zipPath = '';

  beforeAll(() => {
    run = runPackage(EXAMPLE_ENV);
    zipPath = join(run.outDir, 'one-on-one-agenda-1.2.3.zip');
  });

  it('exits 0 and prints the zip path and size', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('one-on-one-agenda-1.2.3.zip');
    expect(run.stdout).toMatch(/\(\d+(\.\d)? (B|KiB)\)/);
  });

  it('writes a flat zip with exactly the manifest, the two icons and the French strings', () => {
    expect(statSync(zipPath).size).toBeGreaterThan(0);
    const entries = unzipSync(readFileSync(zipPath));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'fr-ca.json', 'manifest.json', 'outline.png']);
    expect(Buffer.from(entries['color.png']!)).toEqual(readFileSync(resolve(root, 'manifest/color.png')));
    expect(Buffer.from(entries['outline.png']!)).toEqual(readFileSync(resolve(root, 'manifest/outline.png')));
    expect(readdirSync(run.outDir).sort()).toEqual([
      'color.png',
      'fr-ca.json',
      'manifest.json',
      'one-on-one-agenda-1.2.3.zip',
      'outline.png',
    ]);
  });

  it('puts a filled manifest in the zip that validates against the official schema', async () => {
    const entries = unzipSync(readFileSync(zipPath));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.id).toBe(EXAMPLE_ENV.APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.webApplicationInfo.id).toBe(EXAMPLE_ENV.AAD_CLIENT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${');
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    const french = JSON.parse(new TextDecoder().decode(entries['fr-ca.json']));
    expect(await validateAgainstBundledSchema(french)).toEqual([]);
  });

  it('accepts the client id from VITE_AAD_CLIENT_ID', () => {
    const { AAD_CLIENT_ID, ...rest } = EXAMPLE_ENV;
    const viaVite = runPackage({ ...rest, VITE_AAD_CLIENT_ID: AAD_CLIENT_ID });
    expect(viaVite.status).toBe(0);
  });

  it('exits 1 naming APP_ORIGIN when it is missing, and writes nothing', () => {
    const { APP_ORIGIN: _missing, ...rest } = EXAMPLE_ENV;
    const failed = runPackage(rest);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('APP_ORIGIN');
    expect(failed.stderr).not.toMatch(/\bAPP_ID\b/);
    expect(readdirSync(failed.outDir)).toEqual([]);
  });

  it('exits 1 naming APP_ID when it is not a GUID', () => {
    const failed = runPackage({ ...EXAMPLE_ENV, APP_ID: 'not-a-guid' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/\bAPP_ID\b.*not-a-guid/);
  });

  it('exits 1 naming each bad variable, with a non-https origin and a non-semver version', () => {
    const failed = runPackage({ ...EXAMPLE_ENV, APP_ORIGIN: 'http://agenda.contoso.ca', APP_VERSION: '1.2' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('APP_ORIGIN');
    expect(failed.stderr).toContain('APP_VERSION');
  });

  it('exits 1 printing the JSON path and message of each schema error', () => {
    const manifestDir = tempDir('agenda-manifest-');
    cpSync(resolve(root, 'manifest'), manifestDir, { recursive: true });
    const templatePath = join(manifestDir, 'manifest.template.json');
    const template = JSON.parse(readFileSync(templatePath, 'utf8'));
    template.staticTabs[0].context.push('calendarTab');
    delete template.developer;
    writeFileSync(templatePath, JSON.stringify(template));
    const failed = runPackage(EXAMPLE_ENV, ['--manifest-dir', manifestDir]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      'manifest.json /staticTabs/0/context/2: must be equal to one of the allowed values',
    );
    expect(failed.stderr).toContain("manifest.json /: must have required property 'developer'");
    expect(readdirSync(failed.outDir)).toEqual([]);
  });
});
