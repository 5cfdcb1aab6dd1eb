import { For, Show, type JSX } from 'solid-js';
import { changeCount, type ImportDiff, type ImportPreview as Preview } from '../../../shared/importReport';
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { rowLocation, slotText } from './importView';

type DiffList = Exclude<keyof ImportDiff, 'eventChanged'>;

/** One kind of change with its count; hidden when the import makes none of that kind. */
function ChangeList<T extends { id: string }>(props: {
  kind: DiffList | 'rejected';
  items: readonly T[];
  children: (item: T) => JSX.Element;
}) {
  const heading = (): MessageKey => `import.list.${props.kind}`;
  return (
    <Show when={props.items.length > 0}>
      <div class="import-list" data-change={props.kind}>
        <h4>{t(heading(), { count: props.items.length })}</h4>
        <ul class="plain-list">
          <For each={props.items}>{(item) => <li class="import-item">{props.children(item)}</li>}</For>
        </ul>
      </div>
    </Show>
  );
}

const titleOnly = (item: { title: string }) => <span class="import-item-title">{item.title}</span>;

/** What an import would change, list by list, and every row of the file it could not read. */
export function ImportPreview(props: { preview: Preview }) {
  const diff = () => props.preview.diff;
  const changes = () => changeCount(diff());
  const slot = (s: Parameters<typeof slotText>[0]) => slotText(s, state(), diff());
  return (
    <div class="import-preview" data-preview>
      <h3>{t('import.preview.title')}</h3>
      <p>{t('import.preview.summary', { sessions: props.preview.sessionCount, changes: changes() })}</p>
      <Show when={changes() === 0}>
        <p class="notice">{t('import.preview.nothing')}</p>
      </Show>
      <Show when={diff().eventChanged}>
        <p>{t('import.preview.eventChanged')}</p>
      </Show>
      <ChangeList kind="added" items={diff().added}>{titleOnly}</ChangeList>
      <ChangeList kind="moved" items={diff().moved}>
        {(item) => (
          <>
            {titleOnly(item)}
            <span class="import-detail">{t('import.moved.from', { slot: slot(item.from) })}</span>
            <span class="import-detail">{t('import.moved.to', { slot: slot(item.to) })}</span>
          </>
        )}
      </ChangeList>
      <ChangeList kind="renamed" items={diff().renamed}>
        {(item) => (
          <>
            {titleOnly(item)}
            <span class="import-detail">{t('import.renamed.from', { title: item.from })}</span>
          </>
        )}
      </ChangeList>
      <ChangeList kind="removed" items={diff().removed}>{titleOnly}</ChangeList>
      <ChangeList kind="cancelled" items={diff().cancelled}>{titleOnly}</ChangeList>
      <ChangeList kind="reinstated" items={diff().reinstated}>{titleOnly}</ChangeList>
      <ChangeList kind="detailsChanged" items={diff().detailsChanged}>{titleOnly}</ChangeList>
      <ChangeList kind="roomsAdded" items={diff().roomsAdded}>{(room) => <span class="import-item-title">{room.name}</span>}</ChangeList>
      <ChangeList kind="roomsRenamed" items={diff().roomsRenamed}>
        {(room) => (
          <>
            <span class="import-item-title">{room.name}</span>
            <span class="import-detail">{t('import.renamed.from', { title: room.from })}</span>
          </>
        )}
      </ChangeList>
      <RejectedRows rows={props.preview.rejected} />
    </div>
  );
}

function RejectedRows(props: { rows: Preview['rejected'] }) {
  const keyed = () => props.rows.map((row, index) => ({ ...row, id: String(index) }));
  return (
    <Show when={props.rows.length > 0}>
      <div class="import-rejected">
        <ChangeList kind="rejected" items={keyed()}>
          {(row) => (
            <>
              <span class="issue-at">{rowLocation(row)}</span>
              <span class="issue-message">{row.message}</span>
              <Show when={row.sourceId}>
                {(id) => <span class="import-detail">{t('import.rejected.source', { id: id() })}</span>}
              </Show>
            </>
          )}
        </ChangeList>
        <p class="notice">{t('import.rejected.hint')}</p>
      </div>
    </Show>
  );
}
