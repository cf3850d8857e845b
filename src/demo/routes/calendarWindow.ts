/** The `startDateTime`/`endDateTime` window that calendarView and instances require. */
import type { InstantRange } from '../calendar/eventTiming';
import { graphErrors } from '../http/graphErrorResponse';
import { queryParam } from '../odata/queryOptions';

const MISSING_WINDOW =
  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

/** ISO 8601 with or without an offset; without one Graph reads the time as UTC. */
function parseWindowBound(raw: string, name: string): number {
  const text = raw.trim();
  const dateTime = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00` : text;
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(dateTime);
  const epochMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(dateTime)
    ? Date.parse(hasOffset ? dateTime : `${dateTime}Z`)
    : Number.NaN;
  if (Number.isNaN(epochMs))
    throw graphErrors.invalidParameter(`The value '${raw}' of parameter '${name}' is invalid.`);
  return epochMs;
}

export function calendarWindow(url: URL): InstantRange {
  const start = queryParam(url, 'startDateTime');
  const end = queryParam(url, 'endDateTime');
  if (!start || !end) throw graphErrors.invalidParameter(MISSING_WINDOW);
  const window = {
    startMs: parseWindowBound(start, 'StartDateTime'),
    endMs: parseWindowBound(end, 'EndDateTime'),
  };
  if (window.endMs < window.startMs) {
    throw graphErrors.invalidParameter('The parameter EndDateTime must be later than StartDateTime.');
  }
  return window;
}
