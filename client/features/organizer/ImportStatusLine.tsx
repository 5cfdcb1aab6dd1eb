import { IssueList } from './IssueList';
import type { ImportStatus } from './importFlow';

/**
 * The outcome of an upload, announced politely: the live region is always in the page, so a
 * screen reader hears each new text. The file's issues follow it as a list to read at leisure.
 */
export function ImportStatusLine(props: { status: ImportStatus }) {
  const text = () => (props.status.kind === 'idle' ? '' : props.status.text);
  const issues = () => (props.status.kind === 'error' ? props.status.issues : []);
  return (
    <>
      <p
        class="import-status"
        role="status"
        classList={{
          'is-error': props.status.kind === 'error' || props.status.kind === 'conflict',
          'is-done': props.status.kind === 'done',
        }}
      >
        {text()}
      </p>
      <IssueList issues={issues()} />
    </>
  );
}
