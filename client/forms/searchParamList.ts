import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, on, type Accessor } from 'solid-js';

const keyOf = (values: readonly string[]): string => values.join('\u0000');

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== '');
}

/**
 * Values kept in one search param of the address (`?topic=a&topic=b`), so going back to the page
 * restores the search. The page reads a signal that changes at once; the address follows a tick
 * later (the router navigates in a transition), and a value written by this page arriving late
 * must not undo what was typed since. Any other change of the address (the nav link) wins.
 */
export function useSearchParamList(name: string): [Accessor<string[]>, (values: string[]) => void] {
  const [params, setParams] = useSearchParams<Record<string, string | string[]>>();
  const fromAddress = () => listOf(params[name]);
  const [values, setValues] = createSignal(fromAddress(), { equals: (a, b) => keyOf(a) === keyOf(b) });
  const written: string[] = [];

  createEffect(
    on(
      () => keyOf(fromAddress()),
      (arrived) => {
        const own = written.indexOf(arrived);
        if (own >= 0) written.splice(0, own + 1);
        else setValues(fromAddress());
      },
      { defer: true },
    ),
  );

  const write = (next: string[]) => {
    const kept = next.filter((item) => item !== '');
    setValues(kept);
    if (keyOf(kept) !== keyOf(fromAddress())) written.push(keyOf(kept));
    // Replace: every keystroke in the history would make "back" useless.
    setParams({ [name]: kept }, { replace: true, scroll: false });
  };
  return [values, write];
}
