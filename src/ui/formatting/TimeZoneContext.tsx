import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { browserTimeZone } from '../../host/browserTimeZone';
import { useStrings } from '../i18n/useStrings';
import { formatMeetingTime } from './formatDateTime';

/** undefined: the device's zone, until the person's own is known. */
const TimeZoneContext = createContext<string | undefined>(undefined);

/** Shows times in the zone `zone` resolves to (the mailbox's), and in the device's until then. */
export function TimeZoneProvider({ zone, children }: { zone: Promise<string> | null; children: ReactNode }) {
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void zone?.then((resolved) => {
      if (current) setTimeZone(resolved);
    });
    return () => {
      current = false;
    };
  }, [zone]);
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

/** `formatMeetingTime` in the person's language and time zone. */
export function useMeetingTimeFormat(): (isoInstant: string) => string {
  const { locale } = useStrings();
  const timeZone = useContext(TimeZoneContext);
  return useCallback(
    (isoInstant: string) => formatMeetingTime(isoInstant, locale, timeZone),
    [locale, timeZone],
  );
}

/** The zone days are counted in: the person's, or the device's until theirs is known. */
export function useUserTimeZone(): string {
  return useContext(TimeZoneContext) ?? browserTimeZone();
}
