import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import { preloadableLazy } from '../preloadableLazy';
import type { AgendaViewProps } from './AgendaView.types';

// The agenda's controls (menus, inputs, accordions) are most of a surface's code: they load beside the
// meeting lookup and the sign-in instead of before them, so the skeleton and the first Graph request come first.
const agendaView = preloadableLazy<AgendaViewProps>(() =>
  import('./AgendaView').then((module) => module.AgendaView),
);

/** Starts loading the agenda's code; call it as soon as the surface knows it will show an agenda. */
export const preloadAgendaView = agendaView.preload;

interface DeferredAgendaViewProps extends AgendaViewProps {
  /** Shown while the agenda's code is still loading (the surface's loading skeleton). */
  fallback: ReactNode;
  /** Called once, when the agenda is on screen. */
  onShown?: (() => void) | undefined;
}

/** The agenda view, its code loaded on demand: the fallback stays until the agenda can be drawn. */
export function DeferredAgendaView({ fallback, onShown, ...props }: DeferredAgendaViewProps) {
  return (
    <Suspense fallback={fallback}>
      <agendaView.Component {...props} />
      <ShownNotice onShown={onShown} />
    </Suspense>
  );
}

/** Inside the same Suspense boundary as the view, so its effect runs only once the view itself is committed. */
function ShownNotice({ onShown }: { onShown: (() => void) | undefined }) {
  const notify = useRef(onShown);
  useEffect(() => {
    notify.current?.();
  }, []);
  return null;
}
