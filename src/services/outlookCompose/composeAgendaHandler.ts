import type { AppDeployment } from '../../domain/appDeployment';
import { renderBlockForBody } from '../../domain/invite/agendaOnInvite';
import { defaultComposeAgenda } from '../../domain/invite/defaultComposeAgenda';
import {
  findInviteBlock,
  insertedBlockText,
  isInviteBlockUntouched,
  removeInviteBlock,
} from '../../domain/invite/inviteBlockInBody';
import { composeInviteLinks } from '../../domain/invite/inviteLinks';
import { type ComposeBlockAction, decideComposeAction } from '../../domain/invite/oneOnOneComposeRules';
import {
  getBody,
  getBodyFormat,
  getOptionalAttendees,
  getOrganizerEmail,
  getRequiredAttendees,
  getRoomEmails,
  prependToBody,
  setBody,
} from '../../host/outlook/composeBody';
import { isComposeItem, type LaunchEvent, type OfficeGlobal } from '../../host/outlook/officeMailbox';
import { resolveLocale } from '../../host/resolveLocale';

/** Signals that the event was already completed (time limit), so nothing may be written any more. */
interface Run {
  abandoned: boolean;
}

/**
 * Brings the appointment being composed in line with the rules in `decideComposeAction`, and
 * says what it did. Insertion uses `prependAsync`, which never rewrites the rest of the body: on a
 * new appointment Teams may be adding its join block at the same moment, and a read-modify-write
 * could lose it. Removal has to rewrite the body (`setAsync` with the body minus our block and
 * nothing else).
 */
export async function reconcileComposeAgenda(
  office: OfficeGlobal,
  deployment: AppDeployment,
  run: Run = { abandoned: false },
): Promise<ComposeBlockAction> {
  const item = office.context?.mailbox?.item;
  if (item === null || item === undefined || !isComposeItem(item))
    throw new Error('No item is being composed.');

  const format = await getBodyFormat(item);
  const required = await getRequiredAttendees(item);
  const optional = await getOptionalAttendees(item);
  // Optional facts: a client without them still gets a sensible answer.
  const organizerEmail =
    (await getOrganizerEmail(item).catch(() => null)) ??
    office.context?.mailbox?.userProfile?.emailAddress ??
    null;
  const roomEmails = await getRoomEmails(item).catch(() => []);
  const body = await getBody(item, format);

  const agenda = defaultComposeAgenda(
    resolveLocale(office.context?.displayLanguage ?? ''),
    composeInviteLinks(deployment),
  );
  const block = renderBlockForBody(body, format, agenda);
  const hasBlock = findInviteBlock(body, format) !== null;
  const action = decideComposeAction(
    { required, optional, organizerEmail, roomEmails },
    { hasBlock, blockUntouched: hasBlock && isInviteBlockUntouched(body, format, block) },
  );
  if (run.abandoned) return 'none';

  if (action === 'insert') {
    // Outlook puts prepended HTML at the top of the body's content, after <body>.
    await prependToBody(item, insertedBlockText(body, block, format), format);
  } else if (action === 'remove') {
    // removeInviteBlock never takes Teams' join block with it (findInviteBlock refuses such a block).
    await setBody(item, removeInviteBlock(body, format), format);
  }
  return action;
}

export interface ComposeAgendaHandlerOptions {
  /** Office.js as the runtime provides it (read at each event, not at load). */
  getOffice: () => OfficeGlobal | undefined;
  /** Where the app is: the links of the inserted agenda open it. */
  deployment: AppDeployment;
  /** After this long the event is completed anyway and nothing more is written. */
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Below Outlook's own limit for event handlers, so we complete before Outlook gives up on us. */
const DEFAULT_TIMEOUT_MS = 20_000;

function defaultLog(message: string, error?: unknown): void {
  // Bare globals behind typeof guards (no `globalThis`, which is ES2020): the launch runtime's
  // engine version is not documented.
  if (typeof console !== 'undefined') console.error(message, error);
}

/**
 * The launch event handler: reconciles the agenda block and always calls `event.completed()`
 * exactly once, whether the work succeeded, failed (nothing changed then), threw, or hung past the
 * time limit. Returns a promise for tests; Outlook ignores it.
 */
export function createComposeAgendaHandler(
  options: ComposeAgendaHandlerOptions,
): (event: LaunchEvent) => Promise<void> {
  const log = options.log ?? defaultLog;
  return (event) => {
    const run: Run = { abandoned: false };
    let completed = false;
    const complete = () => {
      if (completed) return;
      completed = true;
      run.abandoned = true;
      try {
        event.completed();
      } catch (error) {
        log('1:1 agenda: event.completed() failed', error);
      }
    };

    const timer =
      typeof setTimeout === 'function'
        ? setTimeout(() => {
            log('1:1 agenda: gave up waiting for Outlook');
            complete();
          }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
        : undefined;

    let work: Promise<unknown>;
    try {
      const office = options.getOffice();
      if (office === undefined) throw new Error('Office.js is not loaded.');
      work = reconcileComposeAgenda(office, options.deployment, run);
    } catch (error) {
      work = Promise.reject(error);
    }
    return work
      .catch((error: unknown) => log('1:1 agenda: left the appointment as it was', error))
      .then(() => {
        if (timer !== undefined && typeof clearTimeout === 'function') clearTimeout(timer);
        complete();
      });
  };
}
