import type { SpaceReference } from '../../domain/space/spaceReference';
import { type GraphRequestError, toGraphRequestError } from '../../graph/graphRequestError';

/**
 * Whether the leader's space is shared with the employee. A failed share is a state the leader sees, never
 * swallowed: until it succeeds, the employee gets 403 on the space and cannot add topics.
 */
export type SpaceSharingStatus =
  /** The space file is not known yet (its first load has not succeeded), or the share is on its way. */
  { state: 'pending' } | { state: 'shared' } | { state: 'failed'; error: GraphRequestError };

/** The leader's side of sharing the space; `retry` shares again after a failure. */
export class SpaceSharing {
  private status: SpaceSharingStatus = { state: 'pending' };
  private reference: SpaceReference | null = null;
  private readonly listeners = new Set<(status: SpaceSharingStatus) => void>();

  constructor(private readonly shareWithEmployee: (reference: SpaceReference) => Promise<void>) {}

  current(): SpaceSharingStatus {
    return this.status;
  }

  subscribe(listener: (status: SpaceSharingStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shares the space at `reference`; settles once the outcome is in `current()` (it never rejects). */
  share(reference: SpaceReference): Promise<void> {
    this.reference = reference;
    return this.attempt();
  }

  /** Shares again; nothing to do before the space file is known or once it is shared. */
  retry(): Promise<void> {
    if (!this.reference || this.status.state === 'shared') return Promise.resolve();
    return this.attempt();
  }

  private async attempt(): Promise<void> {
    const reference = this.reference;
    if (!reference) return;
    this.setStatus({ state: 'pending' });
    try {
      await this.shareWithEmployee(reference);
      this.setStatus({ state: 'shared' });
    } catch (error) {
      this.setStatus({ state: 'failed', error: toGraphRequestError(error) });
    }
  }

  private setStatus(status: SpaceSharingStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}
