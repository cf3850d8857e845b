/**
 * Holds the tenant's mutable data. The state has the seed's shape, so it can be persisted,
 * validated and reloaded with the same code as a seed file.
 */
import type { DemoSeed } from '../seed/demoSeed.types';
import { shiftSeedByWeeks } from '../seed/shiftSeedByWeeks';
import { weeksFromAnchorToNow } from './currentWeek';

/** The emulator's data after week alignment and any writes; same format as a seed. */
export type EmulatorState = DemoSeed;

export interface StateStore {
  /** The current state, first moved onto the current week if the calendar week has turned. */
  read(): EmulatorState;
  /** Replaces the state with what `mutate` returns and reports the change. */
  update(mutate: (state: EmulatorState) => EmulatorState): void;
  /** Back to the seed (moved onto the current week). */
  reset(): void;
}

export interface StateStoreOptions {
  /** As a function, read only when needed: a saved state resumes without parsing the seed. */
  seed: DemoSeed | (() => DemoSeed);
  initialState?: EmulatorState;
  now: () => Date;
  onStateChange?: (state: EmulatorState) => void;
}

function alignedToCurrentWeek(state: EmulatorState, now: Date): EmulatorState {
  return shiftSeedByWeeks(state, weeksFromAnchorToNow(state, now));
}

export function createStateStore(options: StateStoreOptions): StateStore {
  const { seed: given, now, onStateChange } = options;
  const seed = typeof given === 'function' ? given : () => given;
  // structuredClone: the seed object may be shared (imported JSON) and must never be mutated.
  let state = alignedToCurrentWeek(structuredClone(options.initialState ?? seed()), now());

  const replace = (next: EmulatorState): void => {
    state = next;
    onStateChange?.(state);
  };

  return {
    read() {
      const aligned = alignedToCurrentWeek(state, now());
      if (aligned !== state) replace(aligned);
      return state;
    },
    update(mutate) {
      replace(mutate(this.read()));
    },
    reset() {
      replace(alignedToCurrentWeek(structuredClone(seed()), now()));
    },
  };
}
