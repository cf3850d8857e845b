import type { z } from 'zod';

/** At most this many problems are listed; a badly broken file would otherwise list thousands. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * Zod issues as short lines a person can act on: `topics[3].status: expected one of open,
 * discussed, deferred`. `input` is the parsed JSON, used to say what was found instead.
 */
export function renderZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const lines = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const path = formatPath(issue.path);
    return `${path === '' ? '(document)' : path}: ${describeIssue(issue, valueAt(input, issue.path))}`;
  });
  if (issues.length > MAX_LISTED_PROBLEMS) {
    lines.push(`…and ${issues.length - MAX_LISTED_PROBLEMS} more problems`);
  }
  return lines;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `expected ${article(issue.expected)}, found ${describeValue(value)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}`;
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `is too short`;
      if (issue.origin === 'array')
        return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} entries`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        return `unknown ${issue.discriminator}; expected one of ${issue.options.map(String).join(', ')}`;
      }
      return 'does not match any allowed shape';
    default:
      // Formats and refinements carry the messages written in the schemas.
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
