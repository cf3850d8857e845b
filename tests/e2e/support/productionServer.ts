import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { build } from 'vite';

/**
 * The production build served the way the deployment guide (docs/deploy.md) hosts it: static files with the
 * HTTP headers of `public/staticwebapp.config.json` (Azure Static Web Apps' format). Tests load the app from
 * here, so they prove the documented headers, not a copy of them.
 */

/** The subset of Azure Static Web Apps' `staticwebapp.config.json` that this server honours. */
export interface StaticWebAppConfig {
  globalHeaders?: Record<string, string>;
  routes?: { route: string; headers?: Record<string, string> }[];
  mimeTypes?: Record<string, string>;
}

export const STATIC_WEB_APP_CONFIG_PATH = resolve(
  import.meta.dirname,
  '../../../public/staticwebapp.config.json',
);

export async function readStaticWebAppConfig(path = STATIC_WEB_APP_CONFIG_PATH): Promise<StaticWebAppConfig> {
  return JSON.parse(await readFile(path, 'utf8')) as StaticWebAppConfig;
}

/** The documented Content-Security-Policy, as directive → sources. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** SWA route patterns: an exact path, or a prefix ending in `*` (e.g. `/assets/*`). */
function routeMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/**
 * The headers SWA sends for a path: the global headers, then those of the first matching route rule (a route
 * header with the same name replaces the global one; names compare case-insensitively, as in HTTP).
 */
export function headersFor(config: StaticWebAppConfig, path: string): Record<string, string> {
  const headers = new Map<string, [string, string]>();
  const add = (source: Record<string, string> | undefined) => {
    for (const [name, value] of Object.entries(source ?? {})) headers.set(name.toLowerCase(), [name, value]);
  };
  add(config.globalHeaders);
  add(config.routes?.find((rule) => routeMatches(rule.route, path))?.headers);
  return Object.fromEntries(headers.values());
}

export interface ServedApp {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** Every path the server answered, in order, with its status. */
  served(): { path: string; status: number }[];
  close(): Promise<void>;
}

/** Serves `rootDir` on a free 127.0.0.1 port, every response (404s included) with the config's headers. */
export async function serveWithHeaders(rootDir: string, config: StaticWebAppConfig): Promise<ServedApp> {
  const root = resolve(rootDir);
  const log: { path: string; status: number }[] = [];

  async function fileFor(path: string): Promise<string | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    const candidate = resolve(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) return fileFor(`${decoded.replace(/\/$/, '')}/`);
    return null;
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const headers = headersFor(config, path);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      log.push({ path, status: 405 });
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await fileFor(path);
    if (!file) {
      log.push({ path, status: 404 });
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const extension = extname(file);
    const contentType =
      config.mimeTypes?.[extension] ?? CONTENT_TYPES[extension] ?? 'application/octet-stream';
    const body = await readFile(file);
    log.push({ path, status: 200 });
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    served: () => [...log],
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** The origin e2e production builds are made for (never served: the tests serve them on 127.0.0.1). */
export const TEST_DEPLOYMENT_ORIGIN = 'https://agenda.example.invalid';

/**
 * The deployment a test builds: the values `npm run package` would pass to the build. The origin is required,
 * as for a real build (a production launch script without it fails to build); the rest may be missing.
 */
export interface ProductionBuildEnv {
  VITE_APP_ORIGIN: string;
  VITE_AAD_CLIENT_ID?: string;
  VITE_AAD_TENANT_ID?: string;
  VITE_TEAMS_APP_ID?: string;
}

/**
 * Builds what a deployment serves, as `npm run build` does: the app (production mode) into `outDir`, then the
 * Outlook launch-event script into `outDir/outlook`. The variables are set only for the build.
 */
export async function buildProductionApp(outDir: string, env: ProductionBuildEnv): Promise<void> {
  const names = [
    'VITE_AAD_CLIENT_ID',
    'VITE_AAD_TENANT_ID',
    'VITE_TEAMS_APP_ID',
    'VITE_APP_ORIGIN',
    'VITE_AAD_AUTHORITY',
    'VITE_REDIRECT_URI',
  ] as const;
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  Object.assign(process.env, env);
  try {
    await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    await build({
      configFile: resolve(import.meta.dirname, '../../../vite.outlook.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir: join(outDir, 'outlook'), emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
