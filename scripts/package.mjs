#!/usr/bin/env node
/**
 * `npm run package [-- --skip-build] [--out-dir <dir>] [--manifest-dir <dir>]`
 *
 * Builds the production bundle for one deployment and writes the Microsoft 365 app package
 * (Teams tabs + meeting surfaces + Outlook add-in, one unified manifest) for it:
 *
 *   1. reads APP_ID, AAD_CLIENT_ID (or VITE_AAD_CLIENT_ID), APP_ORIGIN, APP_VERSION and stops,
 *      naming each variable, if one is missing or malformed;
 *   2. runs `npm run build` with VITE_AAD_CLIENT_ID, VITE_APP_ORIGIN and VITE_TEAMS_APP_ID set from
 *      them (skipped with --skip-build: the package itself needs nothing from dist/);
 *   3. fills manifest/manifest.template.json, validates it and every localization file offline
 *      against the official schemas bundled in @microsoft/app-manifest, and checks the icons;
 *   4. writes manifest.json, the icons and the localization files to package/ (or --out-dir) and
 *      zips them into one-on-one-agenda-<version>.zip.
 *
 * --manifest-dir packages another copy of manifest/ (a customer's own publisher name and privacy
 * pages, say); it must hold manifest.template.json, the icons and the localization files.
 *
 * Exit code 1 on any problem, with every problem on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { buildEnv, readPackageEnv, templateValues } from './packaging/env.mjs';
import { iconProblems } from './packaging/icons.mjs';
import { filesOnOrigin } from './packaging/referencedFiles.mjs';
import { validateAgainstBundledSchema } from './packaging/schema.mjs';
import { fillTemplate } from './packaging/template.mjs';
import { zipFlat } from './packaging/zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const TEMPLATE_NAME = 'manifest.template.json';
const DIST_DIR = join(ROOT, 'dist');
const PACKAGE_NAME = 'one-on-one-agenda';

const USAGE = 'package.mjs [--skip-build] [--out-dir <dir>] [--manifest-dir <dir>]';

class PackageError extends Error {}

function parseArgs(argv) {
  const options = { skipBuild: false, outDir: join(ROOT, 'package'), manifestDir: join(ROOT, 'manifest') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--out-dir' && argv[i + 1] !== undefined) options.outDir = resolve(argv[++i]);
    else if (arg === '--manifest-dir' && argv[i + 1] !== undefined) options.manifestDir = resolve(argv[++i]);
    else throw new PackageError(`unknown argument "${arg}" (usage: ${USAGE})`);
  }
  return options;
}

function readConfig() {
  const result = readPackageEnv(process.env);
  if (result.ok) return result.config;
  const lines = result.problems.map(({ variable, message }) => `  ${variable}: ${message}`);
  throw new PackageError(`fix these environment variables:\n${lines.join('\n')}`);
}

function runBuild(config) {
  const env = { ...process.env, ...buildEnv(config) };
  // Under `npm run`, npm_execpath is npm's own CLI script: run it with this Node, no shell needed.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  console.log(`package: npm run build (VITE_APP_ORIGIN=${config.appOrigin})`);
  const result = spawnSync(command, [...args, 'run', 'build'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
    shell: command === 'npm' && process.platform === 'win32',
  });
  if (result.status !== 0)
    throw new PackageError(`npm run build failed (exit code ${result.status ?? result.signal})`);
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new PackageError(`cannot read ${display(file)}: ${error instanceof Error ? error.message : error}`);
  }
}

/** Reads a JSON file of the manifest folder and fills its placeholders. */
async function readFilled(file, values) {
  try {
    return fillTemplate(await readJson(file), values);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(`${display(file)}: ${error instanceof Error ? error.message : error}`);
  }
}

/** The localization files the manifest names, as file names inside manifest/. */
function localizationFiles(manifest) {
  const info = manifest.localizationInfo ?? {};
  const files = (info.additionalLanguages ?? []).map((language) => language.file);
  return info.defaultLanguageFile ? [info.defaultLanguageFile, ...files] : files;
}

async function validateDocuments(documents) {
  const lines = [];
  for (const { name, json } of documents) {
    for (const { path, message } of await validateAgainstBundledSchema(json))
      lines.push(`  ${name} ${path}: ${message}`);
  }
  if (lines.length > 0) throw new PackageError(`schema validation failed:\n${lines.join('\n')}`);
}

async function readIcons(manifest, manifestDir) {
  const icons = [];
  const lines = [];
  for (const kind of /** @type {const} */ (['color', 'outline'])) {
    const name = manifest.icons[kind];
    const data = await readFile(join(manifestDir, name)).catch(() => undefined);
    if (data === undefined) lines.push(`  ${name}: missing from ${manifestDir}`);
    else {
      lines.push(...iconProblems(kind, data).map((problem) => `  ${name} (${kind} icon): ${problem}`));
      icons.push({ name, data });
    }
  }
  if (lines.length > 0) throw new PackageError(`icon problems:\n${lines.join('\n')}`);
  return icons;
}

/** After a build: name the pages and images the manifest points to that dist/ lacks. A warning, not an error. */
async function warnAboutMissingWebFiles(manifest, appOrigin) {
  for (const { file, usedAt } of filesOnOrigin(manifest, appOrigin)) {
    const exists = await stat(join(DIST_DIR, file)).then(
      (entry) => entry.isFile(),
      () => false,
    );
    if (!exists) console.warn(`package: warning: dist/${file} does not exist (used by ${usedAt.join(', ')})`);
  }
}

/** Removes only what an earlier run wrote, so --out-dir can never delete anything else. */
async function clearPreviousOutput(outDir, names) {
  await mkdir(outDir, { recursive: true });
  for (const entry of await readdir(outDir)) {
    if (names.includes(entry) || (entry.startsWith(`${PACKAGE_NAME}-`) && entry.endsWith('.zip'))) {
      await rm(join(outDir, entry), { force: true });
    }
  }
}

/** A path relative to the working directory when it is inside it, else absolute. */
function display(path) {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
}

function formatSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const config = readConfig();
  if (!options.skipBuild) runBuild(config);

  const values = templateValues(config);
  const manifest = await readFilled(join(options.manifestDir, TEMPLATE_NAME), values);
  const localizations = [];
  for (const name of localizationFiles(manifest)) {
    localizations.push({ name, json: await readFilled(join(options.manifestDir, name), values) });
  }
  await validateDocuments([{ name: 'manifest.json', json: manifest }, ...localizations]);
  const icons = await readIcons(manifest, options.manifestDir);
  if (!options.skipBuild) await warnAboutMissingWebFiles(manifest, config.appOrigin);

  const toText = (json) => new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
  const entries = [
    { name: 'manifest.json', data: toText(manifest) },
    ...icons,
    ...localizations.map(({ name, json }) => ({ name, data: toText(json) })),
  ];
  await clearPreviousOutput(
    options.outDir,
    entries.map((entry) => entry.name),
  );
  for (const { name, data } of entries) await writeFile(join(options.outDir, name), data);
  const zip = zipFlat(entries);
  const zipPath = join(options.outDir, `${PACKAGE_NAME}-${config.appVersion}.zip`);
  await writeFile(zipPath, zip);

  console.log(`package: ${display(zipPath)} (${formatSize(zip.length)})`);
  console.log(`package: contains ${entries.map((entry) => entry.name).join(', ')}`);
}

main().catch((error) => {
  const message = error instanceof PackageError ? error.message : (error?.stack ?? String(error));
  console.error(`package: ${message}`);
  process.exitCode = 1;
});
