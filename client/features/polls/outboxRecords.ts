import { createSignal, untrack } from 'solid-js';
import type { CommandType } from '../../../shared/commands';
import { onOutboxSettled } from '../../sync/outbox';
import { readItem, writeItem } from '../../sync/storage';

/** Where something this device sent stands: waiting in the outbox, accepted, or refused. */
type SentState = 'sending' | 'accepted' | 'too-late' | 'failed';
interface SentRecord<T> {
  value: T;
  commandId: string;
  state: SentState;
}

const states: readonly SentState[] = ['sending', 'accepted', 'too-late', 'failed'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSent = (v: unknown): v is SentRecord<unknown> =>
  isRecord(v) && typeof v.commandId === 'string' && states.some((s) => s === v.state) && 'value' in v;

/**
 * What this device last sent per key (a poll's vote, a session's rating), kept on the device and
 * followed through the outbox: a refusal with `conflict` means it came too late (the poll closed).
 * Checked by hand, not with zod, as it is read on every page.
 */
export function createOutboxRecords<T>(storageKey: string, type: CommandType, valid: (value: unknown) => value is T) {
  function load(): Record<string, SentRecord<T>> {
    try {
      const stored: unknown = JSON.parse(readItem(storageKey) ?? '{}');
      if (!isRecord(stored)) return {};
      const entries = Object.entries(stored).filter((e): e is [string, SentRecord<T>] => isSent(e[1]) && valid(e[1].value));
      return Object.fromEntries(entries);
    } catch {
      return {};
    }
  }
  const [records, setRecords] = createSignal<Readonly<Record<string, SentRecord<T>>>>(load());

  function save(key: string, record: SentRecord<T>): void {
    const next = Object.fromEntries([...Object.entries(untrack(records)).filter(([k]) => k !== key), [key, record] as const].slice(-100));
    setRecords(next);
    writeItem(storageKey, JSON.stringify(next));
  }

  onOutboxSettled((command, result) => {
    if (command.type !== type) return;
    const entry = Object.entries(untrack(records)).find(([, r]) => r.commandId === command.id);
    if (!entry) return;
    const state: SentState = result.ok ? 'accepted' : result.error.code === 'conflict' ? 'too-late' : 'failed';
    save(entry[0], { ...entry[1], state });
  });

  return {
    get: (key: string): SentRecord<T> | undefined => (Object.hasOwn(records(), key) ? records()[key] : undefined),
    /** Every record, by key ("Meine Daten" lists them). */
    all: records,
    /** Every record's value rewritten ("Meine Daten" erases the words), each keeping where it stands. */
    rewriteAll(rewrite: (value: T) => T): void {
      const next = Object.fromEntries(Object.entries(untrack(records)).map(([key, record]) => [key, { ...record, value: rewrite(record.value) }] as const));
      setRecords(next);
      writeItem(storageKey, JSON.stringify(next));
    },
    /** Records what was queued under its outbox command's id. */
    queued: (key: string, value: T, commandId: string) => save(key, { value, commandId, state: 'sending' }),
  };
}
