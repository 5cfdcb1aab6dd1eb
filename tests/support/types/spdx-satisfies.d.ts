declare module 'spdx-satisfies' {
  /** Whether an SPDX expression ("(MIT OR WTFPL)") is satisfied by licences from the list. */
  export default function satisfies(expression: string, allowed: readonly string[]): boolean;
}
