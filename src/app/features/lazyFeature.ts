/**
 * A feature whose code is loaded on first use (a dynamic import), once: later calls share the same load. A
 * load that failed (a chunk the network dropped) is tried again on the next call instead of failing for good.
 */
export function lazyFeature<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
