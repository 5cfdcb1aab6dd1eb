/**
 * What a file is, from its first bytes: the type a phone declares is only a claim, and a file
 * that claims to be a video but is a page with a script must never be stored as one.
 */
export type SniffedType = 'video/mp4' | 'video/webm' | 'image/png' | 'image/jpeg' | 'image/svg+xml';

/** How many first bytes `sniffType` needs to tell the types apart. */
export const sniffBytes = 64;

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** An ISO media file (MP4) begins with its `ftyp` box; QuickTime's brand is not MP4. */
function isMp4(head: Uint8Array): boolean {
  return ascii(head, 4, 4) === 'ftyp' && ascii(head, 8, 4) !== 'qt  ';
}

/** WebM is Matroska (EBML magic) whose DocType element (0x4282) says `webm`. */
function isWebm(head: Uint8Array): boolean {
  if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return false;
  for (let i = 4; i + 7 <= head.length; i += 1) {
    if (head[i] === 0x42 && head[i + 1] === 0x82 && ascii(head, i + 3, 4) === 'webm') return true;
  }
  return false;
}

/**
 * Text that may begin an SVG file: an XML declaration, a comment, or the element itself. Only a
 * first look: the plan image's cleaning parses the whole file and refuses what is no SVG.
 */
function looksLikeSvg(head: Uint8Array): boolean {
  const text = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^<(\?xml[\s?]|!--|svg[\s>/])/.test(text);
}

export function sniffType(head: Uint8Array): SniffedType | null {
  if (isMp4(head)) return 'video/mp4';
  if (isWebm(head)) return 'video/webm';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (looksLikeSvg(head)) return 'image/svg+xml';
  return null;
}
