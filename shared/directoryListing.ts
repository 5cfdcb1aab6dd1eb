import { foldText } from './textFold.js';

/*
 * "Wer ist da?": the people of an event who chose to be listed, as every phone holds them. Apart
 * from the zod schemas (directory.ts): the state's shape and the reducer are on the first page,
 * which loads no zod.
 */

/** Where a card request to a listed person goes: their mailbox (its id, 128 random bits) and the public key it is encrypted to. */
export interface MailboxRef {
  mailbox: string;
  key: string;
}

/** One person listed, with what they ticked on their card; `requests` false: no "Karte anfragen". */
export interface DirectoryListing {
  id: string;
  name: string;
  org: string;
  role: string;
  topics: string[];
  requests: boolean;
  /** Only while requests are on. */
  mailbox: MailboxRef | null;
  joinedAt: string;
}

/** What a listing becomes in the stored log once it left or was erased: its id only. */
export interface ErasedListing {
  id: string;
  erased: true;
}

export const isErasedListing = (listing: DirectoryListing | ErasedListing): listing is ErasedListing => 'erased' in listing;

/** The one key two spellings of a municipality or topic share ("Stadt Kusel", "stadt  kusel"). */
export const directoryKey = (text: string): string => foldText(text).replace(/\s+/g, ' ').trim();

/** The distinct values (first spelling seen), in German order. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = directoryKey(value);
    if (key !== '' && !seen.has(key)) seen.set(key, value.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'de'));
}

/** The municipalities and organisations present, each once. */
export const municipalitiesPresent = (listings: readonly DirectoryListing[]): string[] => distinct(listings.map((listing) => listing.org));

export const topicsPresent = (listings: readonly DirectoryListing[]): string[] => distinct(listings.flatMap((listing) => listing.topics));

export interface DirectoryFilter {
  /** A municipality as `municipalitiesPresent` names it; '' for all. */
  municipality: string;
  topic: string;
}

/** Whether two topic lists share a topic, compared by `directoryKey`. */
export function sharesTopic(topics: readonly string[], others: readonly string[]): boolean {
  const keys = new Set(others.map(directoryKey));
  return topics.some((topic) => keys.has(directoryKey(topic)));
}

/** The listings the filter lets through, in German order of name. */
export function filterListings(listings: readonly DirectoryListing[], filter: DirectoryFilter): DirectoryListing[] {
  const municipality = directoryKey(filter.municipality);
  return listings
    .filter((listing) => municipality === '' || directoryKey(listing.org) === municipality)
    .filter((listing) => filter.topic.trim() === '' || sharesTopic(listing.topics, [filter.topic]))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
