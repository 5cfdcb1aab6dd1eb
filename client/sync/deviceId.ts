import { readItem, writeItem } from './storage';
import { uuid } from './uuid';

const deviceIdKey = 'ortstermin.deviceId';
let cached: string | null = null;

/** A random id this device keeps: rate limits and receipts tell phones apart without an account. */
export function deviceId(): string {
  if (cached) return cached;
  const stored = readItem(deviceIdKey);
  if (stored && stored.length >= 8 && stored.length <= 64) return (cached = stored);
  cached = uuid();
  writeItem(deviceIdKey, cached);
  return cached;
}
