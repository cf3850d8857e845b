import { type ComponentType, lazy, type ReactElement, useState } from 'react';

export interface PreloadableComponent<Props extends object> {
  /** Renders the component; suspends (the nearest Suspense shows its fallback) only while its code loads. */
  Component: (props: Props) => ReactElement;
  /** Starts loading the code now, e.g. while the data it will show is still on its way. */
  preload(): void;
}

/**
 * A component whose code is a separate chunk, loaded on first render or earlier with `preload()`. Once the
 * code is in, it renders at once: React.lazy alone would still suspend for a turn and flash the fallback.
 * A load that failed is tried again by the next `preload()`.
 */
export function preloadableLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => ({ default: await start() }));
  function Component(props: Props): ReactElement {
    // Chosen once per mount: swapping the lazy wrapper for the loaded component later would remount it.
    const [Rendered] = useState<ComponentType<Props>>(() => loaded ?? Suspending);
    return <Rendered {...props} />;
  }
  return {
    Component,
    preload: () => {
      // A failure here is not the user's yet: the render that needs the code reports it.
      start().catch(() => undefined);
    },
  };
}
