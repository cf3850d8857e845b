/**
 * Failures to inject into the emulator, from tests (Node) or the browser console: latency,
 * queued 429/503/network errors for matching requests, and a seeded random mix. It also keeps a record of
 * the faults it served, so a test can check that its faults really happened instead of trusting its own
 * bookkeeping.
 */
import { seededRandom } from './seededRandom';

interface FaultTargeting {
  /** How many requests fail this way; default 1. */
  times?: number;
  /** Only requests whose URL path contains this text, e.g. `/calendarView` or `$batch`. */
  match?: string;
}

export type FaultSpec =
  | (FaultTargeting & { status: 429 | 503; retryAfterSeconds?: number })
  | (FaultTargeting & { networkError: true });

export interface RandomFaultOptions {
  seed: number;
  /** Probabilities per request, 0 to 1; their sum should not exceed 1. */
  rate429?: number;
  rate503?: number;
  rateNetwork?: number;
  /** Retry-After of random 429s; default 1. */
  retryAfterSeconds?: number;
  match?: string;
}

export type FaultOutcome =
  | { kind: 'status'; status: 429 | 503; retryAfterSeconds: number | null }
  | { kind: 'networkError' };

/** One fault the emulator served, as `faults.served` lists it. */
export type ServedFault = (FaultOutcome | { kind: 'latency'; latencyMs: number }) & {
  /** The URL path of the request, or of the `$batch` step, that got it. */
  path: string;
  /** A `$batch` step's sub-response rather than a whole request. */
  batchStep: boolean;
  /** `enqueue`, `setRandom` or `latencyMs`. */
  source: 'queue' | 'random' | 'latency';
};

/** A console session with random faults or `?latency=` runs for hours: only the newest entries are kept. */
export const MAX_SERVED_FAULTS = 10_000;

/** The part of the fault controller that tests and the browser use. */
export interface FaultController {
  /** Added to every response (not to each `$batch` step). */
  latencyMs: number;
  enqueue(fault: FaultSpec): void;
  /** Random faults from a seeded generator; null turns them off. */
  setRandom(options: RandomFaultOptions | null): void;
  /** Removes queued and random faults, sets latency back to 0 and empties `served`: a fresh start. */
  clear(): void;
  /** Queued failures not yet used. */
  readonly pendingCount: number;
  /** What was served so far, oldest first (a copy; at most the last MAX_SERVED_FAULTS). */
  readonly served: readonly ServedFault[];
}

/** The emulator's side: asks, per request, whether to delay or fail it; both are recorded in `served`. */
export interface FaultInjector extends FaultController {
  /** The delay to add to a whole request's response (0 for none). */
  latencyFor(path: string): number;
  /** `canDropConnection`: false for `$batch` steps, which share their batch's connection. */
  next(path: string, canDropConnection: boolean): FaultOutcome | null;
}

interface QueuedFault {
  spec: FaultSpec;
  remaining: number;
}

function outcomeOf(spec: FaultSpec): FaultOutcome {
  return 'networkError' in spec
    ? { kind: 'networkError' }
    : { kind: 'status', status: spec.status, retryAfterSeconds: spec.retryAfterSeconds ?? null };
}

export function createFaultInjector(): FaultInjector {
  let queue: QueuedFault[] = [];
  let random: { options: RandomFaultOptions; next: () => number } | null = null;
  let served: ServedFault[] = [];

  const record = (fault: ServedFault): void => {
    served.push(fault);
    if (served.length > MAX_SERVED_FAULTS) served = served.slice(-MAX_SERVED_FAULTS);
  };

  const nextQueued = (path: string, canDropConnection: boolean): FaultOutcome | null => {
    const entry = queue.find(
      ({ spec }) =>
        (spec.match === undefined || path.includes(spec.match)) &&
        (canDropConnection || !('networkError' in spec)),
    );
    if (!entry) return null;
    entry.remaining--;
    queue = queue.filter((queued) => queued.remaining > 0);
    return outcomeOf(entry.spec);
  };

  const nextRandom = (path: string, canDropConnection: boolean): FaultOutcome | null => {
    if (!random || (random.options.match !== undefined && !path.includes(random.options.match))) return null;
    const { rate429 = 0, rate503 = 0, rateNetwork = 0, retryAfterSeconds = 1 } = random.options;
    const draw = random.next();
    if (draw < rate429) return { kind: 'status', status: 429, retryAfterSeconds };
    if (draw < rate429 + rate503) return { kind: 'status', status: 503, retryAfterSeconds: null };
    if (draw < rate429 + rate503 + rateNetwork && canDropConnection) return { kind: 'networkError' };
    return null;
  };

  const injector: FaultInjector = {
    latencyMs: 0,
    enqueue(spec) {
      const times = spec.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError('fault.times must be a positive integer');
      queue.push({ spec, remaining: times });
    },
    setRandom(options) {
      random = options ? { options, next: seededRandom(options.seed) } : null;
    },
    clear() {
      queue = [];
      random = null;
      served = [];
      injector.latencyMs = 0;
    },
    get pendingCount() {
      return queue.reduce((sum, entry) => sum + entry.remaining, 0);
    },
    get served() {
      return served.map((fault) => ({ ...fault }));
    },
    latencyFor(path) {
      const latencyMs = injector.latencyMs;
      if (latencyMs > 0) record({ kind: 'latency', latencyMs, path, batchStep: false, source: 'latency' });
      return latencyMs;
    },
    next(path, canDropConnection) {
      const batchStep = !canDropConnection;
      const queued = nextQueued(path, canDropConnection);
      if (queued) {
        record({ ...queued, path, batchStep, source: 'queue' });
        return queued;
      }
      const drawn = nextRandom(path, canDropConnection);
      if (drawn) record({ ...drawn, path, batchStep, source: 'random' });
      return drawn;
    },
  };
  return injector;
}
