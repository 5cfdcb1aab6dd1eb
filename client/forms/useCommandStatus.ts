import { createSignal } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import { errorMessage, t } from '../i18n/i18n';
import type { SendResult } from '../sync/commandResult';

export type FormStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'error'; text: string };

/** A form's busy flag and its last outcome, as text ready to show. */
export function createCommandStatus() {
  const [status, setStatus] = createSignal<FormStatus>({ kind: 'idle' });
  return {
    status,
    busy: () => status().kind === 'busy',
    start(): void {
      setStatus({ kind: 'busy' });
    },
    done(key: MessageKey): void {
      setStatus({ kind: 'done', text: t(key) });
    },
    /** A result already worded (e.g. with the thing's name in it). */
    doneText(text: string): void {
      setStatus({ kind: 'done', text });
    },
    fail(key: MessageKey): void {
      setStatus({ kind: 'error', text: t(key) });
    },
    /** An error already worded (e.g. with the server's reason in it). */
    failText(text: string): void {
      setStatus({ kind: 'error', text });
    },
    /** True when the command went through; otherwise shows why not. */
    check(result: SendResult): boolean {
      if (result.ok) return true;
      setStatus({ kind: 'error', text: errorMessage(result.error.code) });
      return false;
    },
  };
}

export type CommandStatus = ReturnType<typeof createCommandStatus>;
