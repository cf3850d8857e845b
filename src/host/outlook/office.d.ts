/**
 * The few Office.js members the app reads, typed locally instead of pulling in all of @types/office-js.
 * Office.js is a script tag loaded by the Outlook page, so these describe `globalThis.Office` when it exists.
 */
export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface OfficeTheme {
  /** Hex colour such as "#1f1f1f". */
  bodyBackgroundColor?: string;
}

export interface OfficeContext {
  requirements?: OfficeRequirements;
  /** The Office UI language, e.g. "fr-CA". */
  displayLanguage?: string;
  officeTheme?: OfficeTheme;
}

export interface OfficeReadyInfo {
  /** "Outlook", "Word", … or null outside an Office host. */
  host: string | null;
  platform: string | null;
}

export interface OfficeGlobal {
  onReady(): Promise<OfficeReadyInfo>;
  context?: OfficeContext;
}
