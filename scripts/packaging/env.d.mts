export type PackageVariable = 'APP_ID' | 'AAD_CLIENT_ID' | 'APP_ORIGIN' | 'APP_VERSION';

export interface PackageConfig {
  appId: string;
  aadClientId: string;
  /** e.g. https://agenda.contoso.ca (no trailing slash) */
  appOrigin: string;
  /** host[:port] of appOrigin, e.g. agenda.contoso.ca */
  appHost: string;
  appVersion: string;
}

export interface EnvProblem {
  /** The variable to fix: one of PackageVariable, or VITE_AAD_CLIENT_ID when only that one was set. */
  variable: string;
  message: string;
}

export type PackageEnvResult = { ok: true; config: PackageConfig } | { ok: false; problems: EnvProblem[] };

export declare const PACKAGE_VARIABLES: Readonly<Record<PackageVariable, string>>;
export declare function readPackageEnv(env: Readonly<Record<string, string | undefined>>): PackageEnvResult;
export declare function templateValues(config: PackageConfig): Record<string, string>;
export declare function buildEnv(config: PackageConfig): {
  VITE_AAD_CLIENT_ID: string;
  VITE_APP_ORIGIN: string;
  VITE_TEAMS_APP_ID: string;
};
