/**
 * Stands by name, as a visitor scans a printed list: German collation, so "Ämter" sits beside
 * "Amt" rather than after "Zoo". The directory, the map, the code form and moderation all list
 * stands in this one order.
 */
export function standsByName<T extends { name: string }>(stands: Iterable<T>): T[] {
  return [...stands].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
