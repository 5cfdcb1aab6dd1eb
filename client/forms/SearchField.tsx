import { limits } from '../../shared/limits';

export interface SearchFieldProps {
  /** The input's id: the page focuses it again after clearing its filters. */
  id: string;
  label: string;
  hint: string;
  query: string;
  onQuery: (query: string) => void;
}

/**
 * A page's search field (the stand directory, the library): results follow the typing, so "Enter"
 * only closes the phone's keyboard.
 */
export function SearchField(props: SearchFieldProps) {
  const hintId = () => `${props.id}-hint`;
  let input: HTMLInputElement | undefined;
  return (
    <form
      class="search-field"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        input?.blur();
      }}
    >
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <input
        ref={input}
        id={props.id}
        type="search"
        value={props.query}
        onInput={(event) => props.onQuery(event.currentTarget.value)}
        aria-describedby={hintId()}
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
        maxLength={limits.searchQuery}
      />
      <p id={hintId()} class="field-hint">
        {props.hint}
      </p>
    </form>
  );
}
