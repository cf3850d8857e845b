import {
  FluentProvider,
  makeStyles,
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import type { Locale } from '../domain/locale';
import { LocaleProvider } from './i18n/useStrings';

export type AppThemeName = 'default' | 'dark' | 'contrast';

const THEMES: Record<AppThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

interface AppShellProps {
  locale: Locale;
  initialTheme: AppThemeName;
  /** Follows the host's theme live (Teams theme switch, OS dark mode). Returns an unsubscribe. */
  subscribeToTheme?: ((onChange: (theme: AppThemeName) => void) => () => void) | undefined;
  children: ReactNode;
}

/** Fluent UI with the Teams theme of the host, and the host's language. */
export function AppShell({ locale, initialTheme, subscribeToTheme, children }: AppShellProps) {
  const styles = useStyles();
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => subscribeToTheme?.(setTheme), [subscribeToTheme]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme}>
      <LocaleProvider locale={locale}>{children}</LocaleProvider>
    </FluentProvider>
  );
}
