import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { MailArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { AttachOutcome } from '../../services/invites/attachAgendaToInvite';
import type { Messages } from '../i18n/messages.en';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

const OUTCOME_TEXT: Record<AttachOutcome, (s: Messages) => string> = {
  attached: (s) => s.inviteUpdated,
  unchanged: (s) => s.inviteUnchanged,
  'already-today': (s) => s.inviteAlreadyToday,
  'not-organizer': (s) => s.inviteNotOrganizer,
  past: (s) => s.invitePast,
};

interface UpdateInviteButtonProps {
  agenda: InviteAgenda;
  update: (agenda: InviteAgenda) => Promise<AttachOutcome>;
}

/** The deliberate "Update invite": one click, one e-mail to the attendee, at most once a day. */
export function UpdateInviteButton({ agenda, update }: UpdateInviteButtonProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const click = async () => {
    setBusy(true);
    try {
      const outcome = await update(agenda);
      setResult({
        ok: outcome === 'attached' || outcome === 'unchanged',
        text: OUTCOME_TEXT[outcome](strings),
      });
    } catch {
      setResult({ ok: false, text: strings.inviteUpdateFailed });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.box}>
      <Button icon={<MailArrowUpRegular />} onClick={click} disabled={busy}>
        {strings.updateInvite}
      </Button>
      <Caption1>{strings.updateInviteHelp}</Caption1>
      {result ? (
        <MessageBar intent={result.ok ? 'success' : 'warning'} role="status">
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
