import { createContext, type ReactNode, useContext } from 'react';
import type { Locale } from '../../domain/locale';
import { en, type Messages } from './messages.en';
import { frCA } from './messages.fr-CA';

const MESSAGES: Record<Locale, Messages> = { en, 'fr-CA': frCA };

interface LocaleValue {
  locale: Locale;
  strings: Messages;
}

const LocaleContext = createContext<LocaleValue>({ locale: 'en', strings: en });

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleContext.Provider value={{ locale, strings: MESSAGES[locale] }}>{children}</LocaleContext.Provider>
  );
}

export function useStrings(): LocaleValue {
  return useContext(LocaleContext);
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
