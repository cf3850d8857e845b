/**
 * Failures to inject into the emulator, from tests (Node) or the browser console: latency,
 * queued 429/503/network errors for matching requests, and a seeded random mix.
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

/** The part of the fault controller that tests and the browser use. */
export interface FaultController {
  /** Added to every response (not to each `$batch` step). */
  latencyMs: number;
  enqueue(fault: FaultSpec): void;
  /** Random faults from a seeded generator; null turns them off. */
  setRandom(options: RandomFaultOptions | null): void;
  /** Removes queued and random faults and sets latency back to 0. */
  clear(): void;
  /** Queued failures not yet used. */
  readonly pendingCount: number;
}

export type FaultOutcome =
  | { kind: 'status'; status: 429 | 503; retryAfterSeconds: number | null }
  | { kind: 'networkError' };

/** The emulator's side: asks, per request, whether to fail it. */
export interface FaultInjector extends FaultController {
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
      injector.latencyMs = 0;
    },
    get pendingCount() {
      return queue.reduce((sum, entry) => sum + entry.remaining, 0);
    },
    next(path, canDropConnection) {
      return nextQueued(path, canDropConnection) ?? nextRandom(path, canDropConnection);
    },
  };
  return injector;
}
