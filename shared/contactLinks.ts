/** How a stand's contact becomes links: pure, so the odd phone number is tested without a page. */

/** A `tel:` address from a number as people write it ("+49 631 365-0", "(0631) 365 0"), or null. */
export function telHref(phone: string): string | null {
  const dialable = phone.trim().replace(/(?!^\+)\D/g, '');
  return /\d{3,}/.test(dialable) ? `tel:${dialable}` : null;
}

/** A `mailto:` address for something shaped like an email address, or null. */
export function mailHref(email: string): string | null {
  return /^[^\s@:/?#]+@[^\s@:/?#]+$/.test(email) ? `mailto:${email}` : null;
}

/**
 * The address to link to, only when it is a web page: the import checks this already, and a
 * second look where it turns into an `href` keeps a `javascript:` address out for good.
 */
export function webHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "kl.digital/projekte" instead of the full address: shorter on a phone, still recognisable. */
export function webLabel(href: string): string {
  const parsed = new URL(href);
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  return `${parsed.host.replace(/^www\./, '')}${path}`;
}
