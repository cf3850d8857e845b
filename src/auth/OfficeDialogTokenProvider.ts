import type {
  DialogEventReceivedArgs,
  DialogMessageReceivedArgs,
  OfficeAsyncError,
  OfficeDialog,
  OfficeGlobal,
} from '../host/outlook/officeMailbox';
import { authDialogUrl, authErrorOfAnswer, parseAuthDialogAnswer } from './authDialogMessage';
import { AuthError, type TokenProvider } from './TokenProvider';

/** A token is not handed out in its last two minutes: the Graph calls it is for must still find it valid. */
const EXPIRY_MARGIN_MS = 2 * 60_000;

/** Office dialog errors (Microsoft's "Handle errors and events in the Office dialog box"). */
const DIALOG_CLOSED_BY_USER = 12006;
const DIALOG_DECLINED_BY_USER = 12009;
const DIALOG_ALREADY_OPEN = 12007;

interface HeldToken {
  accessToken: string;
  expiresOn: number | null;
  /** As scopeKey makes them. */
  scopes: ReadonlySet<string>;
}

/**
 * A scope as compared: lower case (the identity platform does not keep the request's casing), and without
 * Graph's resource prefix (a granted scope may be listed as `https://graph.microsoft.com/User.Read`).
 */
function scopeKey(scope: string): string {
  return scope.toLowerCase().replace(/^https:\/\/graph\.microsoft\.com\//, '');
}

export interface OfficeDialogTokenProviderOptions {
  getOffice: () => OfficeGlobal | undefined;
  /** The absolute URL of authDialog.html, on the task pane's origin. */
  dialogPageUrl: string;
  now?: () => number;
}

function openFailure(error: OfficeAsyncError | null | undefined): AuthError {
  const detail = `Office error ${error?.code ?? 'without a code'}${error?.message ? `: ${error.message}` : ''}`;
  if (error?.code === DIALOG_DECLINED_BY_USER) {
    return new AuthError('interaction-required', `The sign-in window was not allowed to open (${detail}).`);
  }
  if (error?.code === DIALOG_ALREADY_OPEN) {
    return new AuthError('failed', `Another window of the add-in is already open (${detail}).`);
  }
  return new AuthError('failed', `The sign-in window could not be opened (${detail}).`);
}

function closeQuietly(dialog: OfficeDialog): void {
  try {
    dialog.close();
  } catch {
    // Already closed: nothing left to do.
  }
}

/**
 * Outlook without nested app auth: signs in through an Office dialog (authDialog.html) instead of a redirect,
 * which the task pane's frame cannot do. The dialog is another browser instance with its own MSAL cache, so
 * it sends the access token back and the pane keeps it in memory only, until it expires; then the user signs
 * in again with one click (the identity platform's session usually makes that a window that closes by itself).
 */
export class OfficeDialogTokenProvider implements TokenProvider {
  readonly kind = 'office-dialog';
  private token: HeldToken | null = null;
  /** One dialog at a time: Office refuses a second one (12007), and both clicks want the same sign-in. */
  private signingIn: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: OfficeDialogTokenProviderOptions) {
    this.now = options.now ?? Date.now;
  }

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    const token = this.token;
    if (!token) throw new AuthError('interaction-required', 'Nobody is signed in yet.');
    if (token.expiresOn !== null && token.expiresOn - EXPIRY_MARGIN_MS <= this.now()) {
      this.token = null;
      throw new AuthError('interaction-required', 'The sign-in has expired.');
    }
    const missing = scopes.filter((scope) => !token.scopes.has(scopeKey(scope)));
    if (missing.length > 0) {
      throw new AuthError('consent-required', `The sign-in did not grant ${missing.join(', ')}.`, missing);
    }
    return token.accessToken;
  }

  signIn(scopes: readonly string[]): Promise<void> {
    this.signingIn ??= this.signInWithDialog(scopes).finally(() => {
      this.signingIn = null;
    });
    return this.signingIn;
  }

  private signInWithDialog(scopes: readonly string[]): Promise<void> {
    const office = this.options.getOffice();
    const ui = office?.context?.ui;
    if (!ui) {
      return Promise.reject(
        new AuthError('failed', 'This Outlook offers neither nested app auth nor the Office dialog API.'),
      );
    }
    const url = authDialogUrl(this.options.dialogPageUrl, {
      scopes,
      loginHint: office?.context?.mailbox?.userProfile?.emailAddress,
    });
    const expectedOrigin = new URL(url).origin;
    return new Promise<void>((resolve, reject) => {
      // Percent of the screen. Not in an iframe: the identity platform refuses to be framed.
      ui.displayDialogAsync(url, { height: 60, width: 30, displayInIframe: false }, (opened) => {
        if (opened.status !== 'succeeded') {
          reject(openFailure(opened.error));
          return;
        }
        const dialog = opened.value;
        let settled = false;
        const finish = (outcome: AuthError | null) => {
          if (settled) return;
          settled = true;
          if (outcome) reject(outcome);
          else resolve();
        };
        dialog.addEventHandler('dialogMessageReceived', (args) => {
          const { message, origin } = args as DialogMessageReceivedArgs;
          closeQuietly(dialog);
          // Office reports the sender's origin where it can (DialogOrigin 1.1): only our own page may answer.
          if (origin !== undefined && origin !== expectedOrigin) {
            finish(new AuthError('failed', `The sign-in window answered from another site (${origin}).`));
            return;
          }
          const answer = typeof message === 'string' ? parseAuthDialogAnswer(message) : null;
          if (!answer) {
            finish(new AuthError('failed', 'The sign-in window sent an answer the app cannot read.'));
          } else if (answer.kind === 'failed') {
            finish(authErrorOfAnswer(answer));
          } else {
            this.token = {
              accessToken: answer.accessToken,
              expiresOn: answer.expiresOn,
              scopes: new Set(answer.scopes.map(scopeKey)),
            };
            finish(null);
          }
        });
        dialog.addEventHandler('dialogEventReceived', (args) => {
          const code = (args as DialogEventReceivedArgs).error;
          if (code === DIALOG_CLOSED_BY_USER) {
            finish(new AuthError('interaction-required', 'The sign-in window was closed before signing in.'));
            return;
          }
          closeQuietly(dialog);
          finish(new AuthError('failed', `The sign-in window failed (Office error ${code}).`));
        });
      });
    });
  }
}
