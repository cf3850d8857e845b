/**
 * Fills the `${NAME}` placeholders of a JSON template. Placeholders are replaced inside string values
 * only (after parsing), so a value can never break the JSON; a placeholder without a value is an error.
 */

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function fillString(text, values, path, missing) {
  return text.replace(PLACEHOLDER, (whole, name) => {
    if (Object.hasOwn(values, name)) return values[name];
    missing.push(`${path}: \${${name}}`);
    return whole;
  });
}

function fillValue(value, values, path, missing) {
  if (typeof value === 'string') return fillString(value, values, path, missing);
  if (Array.isArray(value))
    return value.map((item, index) => fillValue(item, values, `${path}/${index}`, missing));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillValue(item, values, `${path}/${key}`, missing)]),
    );
  }
  return value;
}

/**
 * @param {unknown} template parsed JSON
 * @param {Readonly<Record<string, string>>} values
 */
export function fillTemplate(template, values) {
  const missing = [];
  const filled = fillValue(template, values, '', missing);
  if (missing.length > 0)
    throw new Error(`template placeholders without a value:\n  ${missing.join('\n  ')}`);
  return filled;
}

/** Every placeholder name the template uses, for tests and for checking a template before a release. */
export function placeholdersIn(template) {
  return [...new Set([...JSON.stringify(template).matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();
}
