import { createSignal, Show, type JSX } from 'solid-js';

export interface ConfirmStepProps {
  /** The first button: what the action is ("Löschen"). */
  action: string;
  /** Asked in place after the first press ("Endgültig löschen? …"). */
  question: string;
  /** The button that does it. */
  confirm: string;
  /** The button that goes back; it has the focus while asking (unless there is more to fill in), so Enter never does the harm. */
  keep: string;
  busy?: boolean;
  /** Resolves false to keep asking (the action failed and may be tried again). */
  onConfirm: () => void | boolean | Promise<void | boolean>;
  /** More to fill in while asking, e.g. a reason. */
  children?: JSX.Element;
}

/**
 * An action that cannot be undone, in two steps instead of a blocking `confirm()` (which some
 * phones suppress and which stops every live update while open): the first press asks in place.
 */
export function ConfirmStep(props: ConfirmStepProps) {
  const [asking, setAsking] = createSignal(false);
  let actionButton: HTMLButtonElement | undefined;

  function stopAsking(): void {
    setAsking(false);
    actionButton?.focus();
  }

  async function confirm(): Promise<void> {
    if (props.busy) return;
    if ((await props.onConfirm()) !== false) setAsking(false);
  }

  return (
    <Show
      when={asking()}
      fallback={
        <button ref={actionButton} type="button" class="button button-quiet" disabled={props.busy} onClick={() => setAsking(true)}>
          {props.action}
        </button>
      }
    >
      <div ref={(box) => queueMicrotask(() => focusFirst(box))} class="confirm-box" role="group" aria-label={props.action}>
        <p role="alert">{props.question}</p>
        {props.children}
        <div class="button-row">
          <button type="button" class="button button-danger" disabled={props.busy} onClick={() => void confirm()}>
            {props.confirm}
          </button>
          <button type="button" class="button button-quiet" data-keep onClick={stopAsking}>
            {props.keep}
          </button>
        </div>
      </div>
    </Show>
  );
}

/** The first field to fill in, else the button that goes back. */
function focusFirst(box: HTMLElement): void {
  box.querySelector<HTMLElement>('input, textarea, select, [data-keep]')?.focus();
}
