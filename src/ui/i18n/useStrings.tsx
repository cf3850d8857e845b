import { createContext, type ReactNode, useContext } from 'react';
import type { AppLocale } from '../../host/resolveLocale';
import { en, type Messages } from './messages.en';
import { frCA } from './messages.fr-CA';

const MESSAGES: Record<AppLocale, Messages> = { en, 'fr-CA': frCA };

interface LocaleValue {
  locale: AppLocale;
  strings: Messages;
}

const LocaleContext = createContext<LocaleValue>({ locale: 'en', strings: en });

export function LocaleProvider({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  return (
    <LocaleContext.Provider value={{ locale, strings: MESSAGES[locale] }}>{children}</LocaleContext.Provider>
  );
}

export function useStrings(): LocaleValue {
  return useContext(LocaleContext);
}

export function messagesFor(locale: AppLocale): Messages {
  return MESSAGES[locale];
}
