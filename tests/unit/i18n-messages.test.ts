/**
 * Localization: every UI string exists in English and in French (Canada), the language follows the host's
 * locale, and counts go through Intl (plural categories of Intl.PluralRules). The domain's own texts (section
 * titles, default prompts, the invite block's labels) are checked the same way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INVITE_LABELS } from '../../src/domain/invite/inviteLabels';
import { LOCALES } from '../../src/domain/locale';
import { DEFAULT_PROMPTS } from '../../src/domain/space/defaultPrompts';
import { SECTION_TITLES } from '../../src/domain/space/sectionTitles';
import { resolveLocale } from '../../src/host/resolveLocale';
import { en, type Messages } from '../../src/ui/i18n/messages.en';
import { frCA } from '../../src/ui/i18n/messages.fr-CA';
import { messagesFor } from '../../src/ui/i18n/useStrings';

const ROOT = resolve(import.meta.dirname, '../..');
const LANGUAGES = { en, 'fr-CA': frCA } as const;
type Language = keyof typeof LANGUAGES;
type AnyMessage = string | ((...args: unknown[]) => string);

/** Parameter types of each message function, read from the English source (the type of `Messages`). */
function messageSignatures(): Map<string, string[]> {
  const path = join(ROOT, 'src/ui/i18n/messages.en.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const signatures = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      signatures.set(
        node.name.getText(source),
        node.initializer.parameters.map((p) => p.type?.getText(source) ?? 'string'),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return signatures;
}

const SIGNATURES = messageSignatures();
const SAMPLE_TEXT = 'Sam Report';
const sampleFor = (type: string, n: number) => (/\bnumber\b/.test(type) ? n : SAMPLE_TEXT);

function call(message: AnyMessage, types: readonly string[], n = 3, position = -1): string {
  if (typeof message === 'string') return message;
  return message(...types.map((type, index) => sampleFor(type, index === position || position < 0 ? n : 3)));
}

/** Digits (however Intl groups them) become "#", so two texts can be compared regardless of the number. */
const maskNumbers = (text: string) => text.replace(/\d+(?:[,.\u00A0\u202F ]\d{3})*/g, '#');

describe('UI strings in English and French (Canada)', () => {
  const enKeys = Object.keys(en).sort();
  const frKeys = Object.keys(frCA).sort();

  it('has the same keys in both languages', () => {
    expect(
      enKeys.filter((key) => !frKeys.includes(key)),
      'keys missing in fr-CA',
    ).toEqual([]);
    expect(
      frKeys.filter((key) => !enKeys.includes(key)),
      'keys missing in en',
    ).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(50);
  });

  it.each(enKeys)('%s: the same kind of message in both, and a real string for sample arguments', (key) => {
    const english = en[key as keyof Messages] as AnyMessage;
    const french = frCA[key as keyof Messages] as AnyMessage;
    expect(typeof french).toBe(typeof english);
    const types = SIGNATURES.get(key) ?? [];
    if (typeof english === 'function' && typeof french === 'function') {
      expect(types.length, `the signature of ${key} was found in the English source`).toBe(english.length);
      expect(french.length).toBe(english.length);
    }
    for (const message of [english, french]) {
      for (const n of [0, 1, 2, 7, 1234]) {
        const text = call(message, types, n);
        expect(typeof text).toBe('string');
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object |\$\{/);
      }
    }
  });

  it('counts follow Intl.PluralRules: the same wording for every count of one plural category', () => {
    const problems: string[] = [];
    const counts = [1, 2, 3, 5, 11, 21, 100, 1000, 1_000_000];
    for (const [language, messages] of Object.entries(LANGUAGES) as [Language, Messages][]) {
      const rules = new Intl.PluralRules(language);
      for (const key of enKeys) {
        const message = messages[key as keyof Messages] as AnyMessage;
        const types = SIGNATURES.get(key) ?? [];
        if (typeof message === 'string') continue;
        types.forEach((type, position) => {
          if (!/\bnumber\b/.test(type)) return;
          const byCategory = new Map<string, { n: number; text: string }>();
          for (const n of counts) {
            const category = rules.select(n);
            const text = maskNumbers(call(message, types, n, position));
            const first = byCategory.get(category);
            if (!first) byCategory.set(category, { n, text });
            else if (first.text !== text)
              problems.push(
                `${language} ${key} (argument ${position + 1}): ${first.n} → "${first.text}", ${n} → "${text}"`,
              );
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('refused long input says how long it is with the digits grouped as the language does', () => {
    expect(en.textTooLong(102_400, 2_000)).toContain('102,400');
    expect(en.textTooLong(102_400, 2_000)).toContain('2,000');
    expect(frCA.textTooLong(102_400, 2_000)).toContain(new Intl.NumberFormat('fr-CA').format(102_400));
    expect(frCA.textTooLong(102_400, 2_000)).toContain(new Intl.NumberFormat('fr-CA').format(2_000));
  });

  it('French strings are translated: none is left identical to the English', () => {
    const sameAsEnglish = enKeys.filter((key) => {
      const types = SIGNATURES.get(key) ?? [];
      const english = call(en[key as keyof Messages] as AnyMessage, types);
      const french = call(frCA[key as keyof Messages] as AnyMessage, types);
      // Names (the sample arguments) and product names are the same in both languages; other words are not.
      const words = english.replaceAll(SAMPLE_TEXT, '').replace(/Microsoft|Teams|Outlook|To Do/g, '');
      return english === french && /[a-z]{4,}/i.test(words);
    });
    expect(sameAsEnglish, 'fr-CA strings identical to English').toEqual([]);
  });

  it('chooses the language from the host locale', () => {
    expect(messagesFor(resolveLocale('fr-CA'))).toBe(frCA);
    expect(messagesFor(resolveLocale('fr-FR'))).toBe(frCA);
    expect(messagesFor(resolveLocale('en-US'))).toBe(en);
    expect(messagesFor(resolveLocale('de-DE'))).toBe(en);
  });
});

describe('the domain’s own texts in English and French (Canada)', () => {
  it('has both languages, and nothing else', () => {
    expect([...LOCALES].sort()).toEqual(['en', 'fr-CA']);
    for (const table of [SECTION_TITLES, DEFAULT_PROMPTS, INVITE_LABELS]) {
      expect(Object.keys(table).sort()).toEqual(['en', 'fr-CA']);
    }
  });

  it('section titles and default prompts exist for every section in both languages', () => {
    expect(Object.keys(SECTION_TITLES['fr-CA']).sort()).toEqual(Object.keys(SECTION_TITLES.en).sort());
    expect(Object.keys(DEFAULT_PROMPTS['fr-CA']).sort()).toEqual(Object.keys(DEFAULT_PROMPTS.en).sort());
    for (const section of Object.keys(SECTION_TITLES.en) as (keyof (typeof SECTION_TITLES)['en'])[]) {
      expect(SECTION_TITLES['fr-CA'][section]).not.toBe(SECTION_TITLES.en[section]);
      expect(DEFAULT_PROMPTS['fr-CA'][section].length).toBe(DEFAULT_PROMPTS.en[section].length);
      for (const prompt of DEFAULT_PROMPTS['fr-CA'][section]) expect(prompt.trim()).not.toBe('');
    }
  });

  it('invite labels have the same keys, and the functions give strings in both languages', () => {
    expect(Object.keys(INVITE_LABELS['fr-CA']).sort()).toEqual(Object.keys(INVITE_LABELS.en).sort());
    for (const language of LOCALES) {
      const labels = INVITE_LABELS[language];
      expect(labels.due('2026-12-01')).toContain('2026-12-01');
      const rules = new Intl.PluralRules(language);
      const byCategory = new Map<string, string>();
      for (const n of [1, 2, 3, 5, 21, 100]) {
        const text = maskNumbers(labels.andMore(n));
        expect(text).not.toMatch(/undefined|NaN/);
        const seen = byCategory.get(rules.select(n));
        if (seen === undefined) byCategory.set(rules.select(n), text);
        else expect(text, `${language} andMore(${n})`).toBe(seen);
      }
      for (const value of Object.values(labels)) {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
    }
  });
});

/** Attributes that people read or hear: a literal in one of them is text that skipped the message files. */
const READ_ATTRIBUTES =
  /^(aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|label|placeholder|title|alt)$/;
const LOOKS_LIKE_WORDS = /[A-Za-z]{3,}/;

/** The literal text of `{'…'}` or `` {`…`} `` (no substitutions), or null. */
function literalInExpression(expression: ts.Expression | undefined): string | null {
  if (expression && (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)))
    return expression.text;
  return null;
}

/** JSX text and read-aloud attributes written as literals in one .tsx source, as "file: what" lines. */
function hardCodedUiText(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LOOKS_LIKE_WORDS.test(node.text)) {
      findings.push(`${file}: text "${node.text.trim()}"`);
    }
    if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) {
      const literal = literalInExpression(node.expression);
      if (literal !== null && LOOKS_LIKE_WORDS.test(literal)) findings.push(`${file}: text {"${literal}"}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.test(node.name.getText(source)) && node.initializer) {
      const literal = ts.isStringLiteral(node.initializer)
        ? node.initializer.text
        : ts.isJsxExpression(node.initializer)
          ? literalInExpression(node.initializer.expression)
          : null;
      if (literal !== null && LOOKS_LIKE_WORDS.test(literal))
        findings.push(`${file}: ${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function uiSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return uiSourceFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('no hard-coded English in the UI', () => {
  it('finds literal words in JSX text, in {"…"} children and in read-aloud attributes', () => {
    const sample = `export const A = () => (
  <div aria-label="Close panel" title={\`Open agenda\`}>
    Save changes
    {'Try again'}
    <input placeholder={"Add a topic"} alt="ok" data-testid="not-read" />
    {strings.save} {count} 1:1 — {\`\${name}\`}
  </div>
);`;
    expect(hardCodedUiText('Sample.tsx', sample)).toEqual([
      'Sample.tsx: aria-label="Close panel"',
      'Sample.tsx: title="Open agenda"',
      'Sample.tsx: text "Save changes"',
      'Sample.tsx: text {"Try again"}',
      'Sample.tsx: placeholder="Add a topic"',
    ]);
  });

  it('src/ui has none: every word a person reads or hears comes from the message files', () => {
    const files = uiSourceFiles(join(ROOT, 'src/ui'));
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((file) =>
      hardCodedUiText(file.slice(ROOT.length + 1), readFileSync(file, 'utf8')),
    );
    expect(findings, 'put these in messages.en.ts and messages.fr-CA.ts').toEqual([]);
  });
});
