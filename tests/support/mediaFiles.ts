import { randomBytes } from 'node:crypto';

/** A WebM file's EBML header (DocType `webm`), then `extra` random bytes: what the upload checks see first. */
export function tinyWebm(extra = 1000): Buffer {
  const docType = Buffer.from('webm');
  const header = Buffer.from([0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84, ...docType, 0x42, 0x87, 0x81, 0x02, 0x42, 0x85, 0x81, 0x02]);
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | header.length]), header, randomBytes(extra)]);
}

/** An MP4 file's `ftyp` box (brand isom), then `extra` random bytes. */
export function tinyMp4(extra = 1000): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  return Buffer.concat([ftyp, randomBytes(extra)]);
}

/** A "video" that is a web page: what a declared type alone would let through. */
export const pageClaimingToBeVideo = Buffer.from('<!doctype html><script>alert(document.cookie)</script>'.padEnd(200, ' '));

/** The bytes in pieces, with no length declared (chunked), as a phone on slow Wi-Fi may send them. */
export function chunkedBody(bytes: Buffer, piece = 4096): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, at + piece)));
      at += piece;
    },
  });
}
