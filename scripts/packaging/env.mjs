/**
 * The deployment values the package is built for, read from environment variables and checked
 * before anything is built. Every problem names its variable, so a CI log says what to fix.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** MAJOR.MINOR.PATCH only: the Teams schema's semver pattern allows no pre-release or build suffix. */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The variables `npm run package` reads, with what each one is for (used in error messages and the README). */
export const PACKAGE_VARIABLES = {
  APP_ID: 'the Teams app id of this package: a GUID you generate once and keep for every release',
  AAD_CLIENT_ID:
    'the Application (client) ID of the Entra ID app registration (VITE_AAD_CLIENT_ID is accepted too)',
  APP_ORIGIN: 'the https origin the built app is served from, e.g. https://agenda.contoso.ca',
  APP_VERSION: 'the app version, MAJOR.MINOR.PATCH, e.g. 1.4.0; raise it for every upload',
};

function text(env, name) {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function checkGuid(value, name, problems) {
  if (value === undefined) problems.push({ variable: name, message: `missing: ${PACKAGE_VARIABLES[name]}` });
  else if (!GUID.test(value)) {
    problems.push({
      variable: name,
      message: `"${value}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
    });
  }
  return value?.toLowerCase();
}

/** AAD_CLIENT_ID, or VITE_AAD_CLIENT_ID (what the web build reads) when only that one is set. */
function readClientId(env, problems) {
  const plain = text(env, 'AAD_CLIENT_ID');
  const vite = text(env, 'VITE_AAD_CLIENT_ID');
  if (plain === undefined && vite !== undefined) return checkGuid(vite, 'VITE_AAD_CLIENT_ID', problems);
  if (plain !== undefined && vite !== undefined && plain.toLowerCase() !== vite.toLowerCase()) {
    problems.push({
      variable: 'AAD_CLIENT_ID',
      message: `differs from VITE_AAD_CLIENT_ID ("${plain}" vs "${vite}"): set one of them, or both to the same id`,
    });
    return undefined;
  }
  return checkGuid(plain, 'AAD_CLIENT_ID', problems);
}

function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function readOrigin(env, problems) {
  const value = text(env, 'APP_ORIGIN');
  const fail = (message) => {
    problems.push({ variable: 'APP_ORIGIN', message });
    return undefined;
  };
  if (value === undefined) return fail(`missing: ${PACKAGE_VARIABLES.APP_ORIGIN}`);
  const url = parseUrl(value);
  if (url === undefined) return fail(`"${value}" is not a URL`);
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return fail(`"${value}" must use https (http only for localhost)`);
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    return fail(
      `"${value}" must be an origin only (scheme://host[:port]), without path, query or credentials`,
    );
  }
  return { origin: url.origin, host: url.host };
}

function readVersion(env, problems) {
  const value = text(env, 'APP_VERSION');
  if (value === undefined)
    problems.push({ variable: 'APP_VERSION', message: `missing: ${PACKAGE_VARIABLES.APP_VERSION}` });
  else if (!VERSION.test(value)) {
    problems.push({ variable: 'APP_VERSION', message: `"${value}" is not MAJOR.MINOR.PATCH (e.g. 1.4.0)` });
  }
  return value;
}

/**
 * Reads and checks the package variables.
 * @param {Readonly<Record<string, string | undefined>>} env usually `process.env`
 */
export function readPackageEnv(env) {
  const problems = [];
  const appId = checkGuid(text(env, 'APP_ID'), 'APP_ID', problems);
  const aadClientId = readClientId(env, problems);
  const origin = readOrigin(env, problems);
  const appVersion = readVersion(env, problems);
  if (problems.length > 0 || !appId || !aadClientId || !origin || !appVersion) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    config: { appId, aadClientId, appOrigin: origin.origin, appHost: origin.host, appVersion },
  };
}

/** The `${NAME}` placeholder values of the manifest template. */
export function templateValues(config) {
  return {
    APP_ID: config.appId,
    AAD_CLIENT_ID: config.aadClientId,
    APP_ORIGIN: config.appOrigin,
    APP_HOST: config.appHost,
    APP_VERSION: config.appVersion,
  };
}

/** What the production build must be given so the bundle matches the manifest. */
export function buildEnv(config) {
  return {
    VITE_AAD_CLIENT_ID: config.aadClientId,
    VITE_APP_ORIGIN: config.appOrigin,
    VITE_TEAMS_APP_ID: config.appId,
  };
}
