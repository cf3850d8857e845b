import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** One Content-Security-Policy violation, from the page's `securitypolicyviolation` event or Chromium's console. */
export interface CspViolation {
  source: 'event' | 'console';
  /** e.g. `style-src-elem`, `connect-src`; the console message text for console reports. */
  directive: string;
  blockedURI: string;
  documentURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

export interface CspViolationLog {
  violations(): CspViolation[];
  /** Console messages of every page of the context (to explain a failure). */
  consoleMessages(): string[];
}

const BINDING = '__reportCspViolation';

/** Chromium's console wording for CSP blocks ("Refused to load…", "…violates the following Content Security Policy directive…"). */
const CSP_CONSOLE_MESSAGE = /Content Security Policy/i;

/**
 * Records every CSP violation in every frame of every page of `context` (the app framed by the Teams host
 * emulator included). Call before opening pages.
 */
export async function collectCspViolations(context: BrowserContext): Promise<CspViolationLog> {
  const violations: CspViolation[] = [];
  const messages: string[] = [];
  await context.exposeBinding(BINDING, (_source, violation: Omit<CspViolation, 'source'>) => {
    violations.push({ source: 'event', ...violation });
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (value: unknown) => void>)[binding];
        report?.({
          directive: event.effectiveDirective || event.violatedDirective,
          blockedURI: event.blockedURI,
          documentURI: event.documentURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        });
      },
      true,
    );
  }, BINDING);
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      const text = message.text();
      messages.push(`[${message.type()}] ${page.url()}: ${text}`);
      if (CSP_CONSOLE_MESSAGE.test(text)) {
        violations.push({
          source: 'console',
          directive: text,
          blockedURI: '',
          documentURI: message.location().url,
          sourceFile: message.location().url,
          line: message.location().lineNumber,
          sample: '',
        });
      }
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return { violations: () => [...violations], consoleMessages: () => [...messages] };
}
