/** Pages only staff open: never in a search engine, whatever the organizer chose. */
const staffPages = ['/staff', '/moderation', '/host', '/organizer'];

/**
 * The robots.txt of an installation (RFC 9309). The API and staff pages are never for robots, in
 * any event of a series (`/2026-mai/organizer`); attendee pages only when the organizer allows it.
 */
export function robotsTxt(attendeePagesIndexable: boolean): string {
  if (!attendeePagesIndexable) return 'User-agent: *\nDisallow: /\n';
  // Anchored ($, /) so that an event called "staffel-2027" stays open; `/*` reaches every event's copy.
  const closed = ['/api/', '/socket.io/', ...staffPages.flatMap((page) => [`${page}$`, `${page}/`, `/*${page}$`, `/*${page}/`])];
  return ['User-agent: *', ...closed.map((path) => `Disallow: ${path}`), 'Allow: /', ''].join('\n');
}

/** Whether a path asks for a file (its last part has an extension): app routes never have one. */
export function isFilePath(path: string): boolean {
  const last = path.split('/').pop() ?? '';
  return /\.[A-Za-z0-9]{1,8}$/.test(last);
}
