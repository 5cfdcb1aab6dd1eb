import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** The host's (or organizer's) say over the project's entry in the series' library: take it out, put it back. */
export function LibraryWithdrawal(props: { standId: string }) {
  const command = createCommandStatus();
  const withdrawn = () => state().library[props.standId]?.withdrawn === true;
  async function toggle(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const next = !withdrawn();
    if (!command.check(await sendCommand('library:withdraw', { standId: props.standId, withdrawn: next }))) return;
    command.done(next ? 'library.withdrawnDone' : 'library.backDone');
  }
  return (
    <section class="card" data-library-withdrawal={withdrawn() ? 'withdrawn' : 'listed'}>
      <p>{withdrawn() ? t('library.isWithdrawn') : t('library.isListed')}</p>
      <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void toggle()}>
        {withdrawn() ? t('library.putBack') : t('library.withdraw')}
      </button>
      <FormStatusLine status={command.status()} />
    </section>
  );
}
