import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed } from '../../src/demo/seed/demoSeed.types';

const DANIEL = 'Daniel / Claire weekly 1:1';

/**
 * The default seed plus `count` more weekly Teams 1:1 series Claire organizes with Daniel, each with its own
 * meeting chat (its own thread in the classic join link) and subject. For measuring the Teams setup at scale.
 */
export function seedWithTeamsMeetings(count: number): DemoSeed {
  const seed = loadDefaultDemoSeed();
  const daniel = seed.events.find((event) => event.subject === DANIEL && event.type === 'seriesMaster');
  const joinUrl = daniel?.onlineMeeting?.joinUrl;
  const thread = joinUrl ? /19%3ameeting_([^%]+)%40thread\.v2/.exec(joinUrl)?.[1] : undefined;
  if (!daniel || !joinUrl || !thread) throw new Error("the default seed lost Daniel's Teams 1:1");
  const copies = Array.from({ length: count }, (_, i) => {
    const copyThread = btoa(`bench-meeting-${String(i).padStart(4, '0')}-teams-setup`).replace(/=+$/, '');
    return {
      ...structuredClone(daniel),
      id: `${daniel.id.slice(0, -8)}bench${String(i).padStart(3, '0')}`,
      iCalUId: `bench-ical-${i}`,
      subject: `Daniel / Claire 1:1 #${i + 1}`,
      onlineMeeting: { joinUrl: joinUrl.replace(thread, copyThread) },
      body: { contentType: 'text' as const, content: '' },
    };
  });
  return { ...seed, events: [...seed.events, ...copies] };
}
