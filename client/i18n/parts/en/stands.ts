/** The English strings of `../stands.ts`: loaded only when a phone reads English. */
import type { de } from '../stands';

export const en: Record<keyof typeof de, string> = {
  'stands.title': 'Stands',
  'stands.lead': 'Project market: who shows what – and who is free to talk right now?',
  'stands.empty': 'No stands published yet.',
  'stands.notFound': 'This stand does not exist (any more).',
  'stands.back': 'All stands',
  'stands.where': 'Location: {room}',
  'stands.availability.available': 'Free to talk',
  'stands.availability.busy': 'In a conversation',
  'stands.availability.away': 'Away from the stand',
  'stands.statusAt': 'updated {time}',
  'stands.questions': 'Questions to the stand',
};
