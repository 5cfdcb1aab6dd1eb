import { For, Show } from 'solid-js';
import { dateWithYear } from '../../../shared/agendaDays';
import type { LibraryProject } from '../../../shared/library';
import { dateLocale, t, type MessageKey } from '../../i18n/i18n';

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** A project's profile as the library keeps it (the latest date's), and its answers from the stand. */
export function LibraryProfile(props: { project: LibraryProject }) {
  const parts = () => {
    const p = props.project.profile;
    const all: { key: MessageKey; text: string | undefined }[] = [
      { key: 'standDir.project', text: [p.summary, p.description].filter(filled).join('\n\n') },
      { key: 'standDir.implementation', text: [p.implementation, p.team, p.duration].filter(filled).join('\n\n') },
      { key: 'standDir.cost', text: [p.cost, p.costOneOff, p.costPerYear, p.funding].filter(filled).join('\n\n') },
    ];
    return all.filter((part) => filled(part.text));
  };
  return (
    <div class="library-profile">
      <For each={parts()}>
        {(part) => (
          <section class="stand-part">
            <h3>{t(part.key)}</h3>
            <p class="stand-text">{part.text}</p>
          </section>
        )}
      </For>
      <Show when={props.project.answers.length > 0}>
        <section class="stand-part">
          <h3>{t('library.answers')}</h3>
          <For each={props.project.answers}>
            {(answer) => {
              const shown = () => props.project.shown.find((s) => s.slug === answer.eventSlug);
              return (
                <div class="library-answer">
                  <p class="faq-question">{answer.question}</p>
                  <p class="stand-text">{answer.answer}</p>
                  <Show when={shown()}>{(s) => <p class="muted">{t('library.answerFrom', { date: dateWithYear(s().firstDay, dateLocale()) })}</p>}</Show>
                </div>
              );
            }}
          </For>
        </section>
      </Show>
    </div>
  );
}
