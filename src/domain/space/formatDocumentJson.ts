/**
 * JSON for stored documents: top-level fields one per line, each entry of a list on its own line.
 * Readable in OneDrive's preview, diffable, and about half the size of fully indented JSON.
 * Key order is whatever the caller built, so callers build objects in a fixed order.
 */
export function formatDocumentJson(document: Readonly<Record<string, unknown>>): string {
  const fields = Object.entries(document).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(value) && value.length > 0) {
      return `  ${name}: [\n${value.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`;
    }
    return `  ${name}: ${JSON.stringify(value)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
