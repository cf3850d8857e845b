import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HostInfo } from '../host/HostInfo';
import { onThemeChange } from '../host/onThemeChange';
import { resolveLocale } from '../host/resolveLocale';
import { AppShell } from './AppShell';

let root: Root | null = null;

/** Renders a surface inside the themed, localized shell of the host. */
export function renderApp(host: HostInfo, content: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  root ??= createRoot(container);
  root.render(
    <AppShell
      locale={resolveLocale(host.locale)}
      initialTheme={host.theme}
      subscribeToTheme={(listener) => onThemeChange(host, listener)}
    >
      {content}
    </AppShell>,
  );
}
