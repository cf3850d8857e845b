/**
 * Office.js refuses a `Body.setAsync` / `prependAsync` / `setSelectedDataAsync` string longer
 * than 1,000,000 characters (error `DataExceedsMaximumSize`). Source: the Office.js reference for
 * `Office.Body` (Mailbox 1.1), as published in @types/office-js and on learn.microsoft.com,
 * checked November 2026. Characters are taken to be UTF-16 code units (JavaScript length).
 */
export const OUTLOOK_BODY_MAX_CHARS = 1_000_000;

/**
 * Room always given to the block, even when the body alone nearly fills the limit: enough for the
 * heading and links (a block of that size is about 1,500 characters with long deep links).
 */
export const INVITE_BLOCK_MIN_CHARS = 2_000;

/**
 * How long the block may be so that the body with it stays within Outlook's limit.
 * `otherContentLength` is the length of everything else that will be written with it: the body
 * without any block (`removeInviteBlock`) plus the line break inserted after the block. Never
 * below the floor: a body that leaves no room still gets the heading and links, and a write that
 * is then too long fails visibly (Office's error) rather than silently writing no links.
 */
export function inviteBlockBudget(otherContentLength: number, limit = OUTLOOK_BODY_MAX_CHARS): number {
  return Math.max(INVITE_BLOCK_MIN_CHARS, limit - otherContentLength);
}
