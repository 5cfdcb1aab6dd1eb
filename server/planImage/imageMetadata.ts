/*
 * A plan photographed or exported carries what the venue did not mean to publish: where and when
 * it was taken, the camera, the author (EXIF, XMP, IPTC, comments; PNG text chunks). These go
 * before the image is stored; what draws the picture (and its colour profile) stays. A file whose
 * structure does not hold is refused (null), not guessed at.
 */

/** JPEG segments kept: JFIF (APP0), the ICC colour profile (APP2), Adobe's colour transform (APP14). */
const keptAppSegments = new Set([0xe0, 0xe2, 0xee]);

export function withoutJpegMetadata(jpeg: Buffer): Buffer | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return null;
    const marker = jpeg[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = jpeg.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > jpeg.length) return null;
    const segment = jpeg.subarray(at, at + 2 + length);
    // Start of scan: the image data follows to the end, with no more metadata segments in it.
    if (marker === 0xda) return Buffer.concat([...kept, jpeg.subarray(at)]);
    const metadata = (marker >= 0xe0 && marker <= 0xef && !keptAppSegments.has(marker)) || marker === 0xfe;
    if (!metadata) kept.push(segment);
    at += 2 + length;
  }
  return null;
}

/** PNG chunks that hold words and dates, never pixels. */
const pngTextChunks = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export function withoutPngMetadata(png: Buffer): Buffer | null {
  const kept: Buffer[] = [png.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > png.length) return null;
    if (!pngTextChunks.has(type)) kept.push(png.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return null;
}
