const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one Intl.DateTimeFormat for a language and options. Creating one costs far more than formatting with it
 * (ICU loads the zone and the language's patterns), and a list of occurrences formats dozens of dates.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
