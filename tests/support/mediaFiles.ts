import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

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

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  // The CRC is not checked by the upload; a zero one keeps this helper free of a CRC table.
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A PNG's signature and chunks (IHDR, a text chunk with an author, IDAT, IEND): what the upload reads. */
export function tinyPng(text = 'Author\0Hausmeister Müller'): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(text, 'latin1')),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x60, 0x60, 0, 0, 0, 4, 0, 1])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpegSegment(marker: number, data: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(data.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), length, data]);
}

/** A JPEG's segments: JFIF, EXIF with a place and a camera, a comment, a table, then the scan. */
export function tinyJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    jpegSegment(0xe1, Buffer.from('Exif\0\0GPS 49.4447N 7.7690E Kamera Pixel 7', 'latin1')),
    jpegSegment(0xfe, Buffer.from('Foto: Hausmeister Müller', 'latin1')),
    jpegSegment(0xdb, Buffer.alloc(65, 1)),
    jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0x56, 0xff, 0xd9]),
  ]);
}

function checkedPngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
}

/** A real PNG a browser draws: `width` × `height` pixels of one colour, with an author in a text chunk. */
export function solidPng(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    checkedPngChunk('IHDR', header),
    checkedPngChunk('tEXt', Buffer.from('Author\0Hausmeister Müller', 'latin1')),
    checkedPngChunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    checkedPngChunk('IEND', Buffer.alloc(0)),
  ]);
}
