/** The English strings of `../staff.ts`: loaded only when a phone reads English. */
import type { de } from '../staff';

export const en: Record<keyof typeof de, string> = {
  'role.attendee': 'Guest',
  'role.host': 'Stand host',
  'role.moderator': 'Moderator',
  'role.organizer': 'Organizer',
  'login.title': 'Team sign-in',
  'login.hint': 'Open the link from your invitation or enter the access code.',
  'login.code': 'Access code',
  'login.submit': 'Sign in',
  'login.working': 'Checking the access code …',
  'login.invalid': 'This access code is invalid or has been revoked.',
  'login.signedIn': 'Signed in as {role}.',
  'login.noModeration': 'This role has no moderation page.',
  'login.signOut': 'Sign out',
  'moderation.title': 'Moderation',
  'moderation.needLogin': 'This page is for the moderation team only.',
  'moderation.toLogin': 'Go to sign-in',
  'moderation.sessions': 'Change the programme',
  'staffTabs.label': 'Team areas',
  'staffTabs.questions': 'Questions',
  'staffTabs.pending': '{count} new',
  'staffTabs.programme': 'Programme & info',
  'staffTabs.organizer': 'Access & figures',
};
