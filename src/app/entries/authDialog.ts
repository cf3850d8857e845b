/**
 * The Office sign-in dialog (authDialog.html): the task pane opens it when Outlook offers no nested app auth.
 * It has no React and no UI beyond one status line; the work is in runAuthDialog (src/auth/authDialogSignIn.ts).
 */

import { readAuthConfig } from '../../auth/authConfig';
import { runAuthDialog } from '../../auth/authDialogSignIn';
import { readOfficeGlobal } from '../../host/outlook/officeGlobal';

function showStatus(text: string): void {
  const status = document.getElementById('status');
  // textContent: the page never turns any text into HTML.
  if (status) status.textContent = text;
}

runAuthDialog(readOfficeGlobal(), () => readAuthConfig(import.meta.env, window.location.origin), {
  href: window.location.href,
  storage: window.sessionStorage,
}).then(
  (outcome) => {
    if (outcome === 'outside-office') {
      showStatus('This page signs in for the 1:1 Agenda add-in; open the add-in in Outlook instead.');
    }
  },
  () => showStatus('The sign-in failed. Close this window and try again.'),
);
