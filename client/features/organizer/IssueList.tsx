import { For, Show } from 'solid-js';
import type { FieldIssue } from '../../../shared/errors';
import { t } from '../../i18n/i18n';
import { issueLocation } from './importView';

/** Every problem the server found in a file, each with its line or field, in the server's order. */
export function IssueList(props: { issues: readonly FieldIssue[] }) {
  return (
    <Show when={props.issues.length > 0}>
      <div class="import-issues" data-issues>
        <h3>{t('import.issues.title', { count: props.issues.length })}</h3>
        <ul class="issue-list">
          <For each={props.issues}>
            {(issue) => (
              <li class="issue">
                <Show when={issueLocation(issue.path)}>{(at) => <span class="issue-at">{at()}</span>}</Show>
                <span class="issue-message">{issue.message}</span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
