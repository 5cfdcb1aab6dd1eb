import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';

/** A question's words as shown: one its asker erased ("Meine Daten") reads "Frage gelöscht", its answer below. */
export const questionText = (question: Question): string => (question.erased ? t('question.erased') : question.text);
