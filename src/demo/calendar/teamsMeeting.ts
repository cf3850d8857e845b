/**
 * A new Teams meeting for an event created with `isOnlineMeeting: true`: its thread (the meeting chat's
 * id), the classic join URL Graph returns as `onlineMeeting.joinUrl`, and the join block Teams writes into
 * the invite body (the newer style, as in the seed: short link, meeting ID, passcode, classic link).
 * Also the two forms of a join link: the classic one carries the thread, the short one does not.
 */
import { stableDigest } from '../util/stableHash';

/** The demo tenant's id, as in the seed's join links. */
export const DEMO_TENANT_ID = '8f1c6a4e-2b7d-4c1e-9a53-6d0e7b2f4c18';

export interface TeamsMeeting {
  threadId: string;
  joinUrl: string;
  shortJoinUrl: string;
  meetingId: string;
  passcode: string;
}

const enc = (text: string) =>
  encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (sequence) => sequence.toLowerCase());

/** The classic join link of a meeting thread, as Teams spells it (lower-case escapes). */
export function classicJoinUrl(threadId: string, organizerId: string, tenantId = DEMO_TENANT_ID): string {
  const context = enc(JSON.stringify({ Tid: tenantId, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/${enc(threadId)}/0?context=${context}`;
}

/** Teams' short link, `https://teams.microsoft.com/meet/<meeting id>?p=<passcode>`: it names no thread. */
export function isShortJoinUrl(joinUrl: string): boolean {
  return /^https:\/\/teams\.microsoft\.com\/meet\/\d+(?:[?#]|$)/i.test(joinUrl.trim());
}

export function newTeamsMeeting(organizerId: string): TeamsMeeting {
  const threadId = `19:meeting_${btoa(crypto.randomUUID())}@thread.v2`;
  const digits = Array.from(stableDigest(threadId, 14), (char) => (char.charCodeAt(0) % 10).toString()).join(
    '',
  );
  const numericId = `${(Number(digits[0]) % 9) + 1}${digits.slice(1)}`;
  const passcode = stableDigest(`${threadId}|passcode`, 6).replace(/[-_]/g, 'x');
  return {
    threadId,
    joinUrl: classicJoinUrl(threadId, organizerId),
    shortJoinUrl: `https://teams.microsoft.com/meet/${numericId}?p=${passcode}`,
    meetingId: numericId.replace(/(\d{3})(?=\d{2})/g, '$1 '),
    passcode,
  };
}

const LINK = 'font-size:14px; text-decoration:underline; color:#5B5FC7';
const RULE =
  '<div aria-hidden="true" style="margin-bottom:24px; overflow:hidden; white-space:nowrap">________________________________________________________________________________</div>';

export function teamsJoinBlock(meeting: TeamsMeeting, organizerId: string): string {
  const options = `https://teams.microsoft.com/meetingOptions/?organizerId=${organizerId}&amp;tenantId=${DEMO_TENANT_ID}&amp;threadId=${meeting.threadId.replace(':', '_')}&amp;messageId=0&amp;language=en-US`;
  return [
    `<div style="max-width:520px; color:#242424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" class="me-email-text">`,
    RULE,
    `<div style="margin-bottom:12px"><span class="me-email-text" style="font-size:24px; font-weight:700; margin-right:12px">Microsoft Teams</span> <a id="meet_invite_block.action.help" class="me-email-link" style="${LINK}" href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a> </div>`,
    `<div style="margin-bottom:6px"><a id="meet_invite_block.action.join_link" class="me-email-headline" style="font-size:20px; font-weight:600; text-decoration:underline; color:#5B5FC7" href="${meeting.shortJoinUrl}" target="_blank" rel="noreferrer noopener">Join the meeting now</a> </div>`,
    `<div style="margin-bottom:6px"><span class="me-email-text-secondary" style="font-size:14px; color:#616161">Meeting ID: </span><span class="me-email-text" style="font-size:14px; color:#242424">${meeting.meetingId}</span> </div>`,
    `<div style="margin-bottom:24px"><span class="me-email-text-secondary" style="font-size:14px; color:#616161">Passcode: </span><span class="me-email-text" style="font-size:14px; color:#242424">${meeting.passcode} </span></div>`,
    '<div style="margin-bottom:24px; max-width:532px; height:1px; overflow:hidden; background-color:#D1D1D1"></div>',
    `<div style="margin-bottom:24px"><span class="me-email-text-secondary" style="font-size:14px; color:#616161">For organizers: </span><a id="meet_invite_block.action.organizer_meet_options" class="me-email-link" style="${LINK}" target="_blank" href="${options}" rel="noreferrer noopener">Meeting options</a> </div>`,
    `<div style="font-size:12px; margin-bottom:24px"><span class="me-email-text-secondary" style="color:#616161">Having trouble joining? </span><a id="meet_invite_block.action.join_link_compatibility" class="me-email-link" style="text-decoration:underline; color:#5B5FC7" target="_blank" href="${meeting.joinUrl}" rel="noreferrer noopener">Try the classic join link</a></div>`,
    RULE,
    '</div>',
  ].join('\r\n');
}

/** The HTML document with the join block added at the end of its body, as Teams adds it. */
export function withTeamsJoinBlock(htmlDocument: string, block: string): string {
  const closing = htmlDocument.toLowerCase().lastIndexOf('</body>');
  if (closing < 0) return `${htmlDocument}\r\n${block}`;
  return `${htmlDocument.slice(0, closing)}<div><br>\r\n</div>\r\n${block}\r\n${htmlDocument.slice(closing)}`;
}
