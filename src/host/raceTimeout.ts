export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * Settles with the promise, or with TIMED_OUT after `ms`. Host SDKs can wait far longer than a user will
 * (teams-js in a frame without Teams: 60 s), so every host probe goes through this.
 */
export function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  // A rejection arriving after the timeout must not surface as an unhandled rejection.
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
