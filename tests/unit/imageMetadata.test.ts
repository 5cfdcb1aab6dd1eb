import { describe, expect, it } from 'vitest';
import { withoutJpegMetadata, withoutPngMetadata } from '../../server/planImage/imageMetadata.js';
import { tinyJpeg, tinyPng } from '../support/mediaFiles.js';

describe('a plan image without its metadata', () => {
  it('JPEG: EXIF (place, camera) and comments go; JFIF, tables and the image data stay, in order', () => {
    const original = tinyJpeg();
    const cleaned = withoutJpegMetadata(original);
    expect(cleaned).not.toBeNull();
    const text = cleaned?.toString('latin1') ?? '';
    expect(text).not.toContain('GPS');
    expect(text).not.toContain('Kamera');
    expect(text).not.toContain('Hausmeister');
    expect(text).toContain('JFIF');
    // The quantisation table and everything from the scan on are the original's bytes.
    expect(cleaned?.subarray(-11).equals(original.subarray(-11))).toBe(true);
    expect(cleaned?.includes(Buffer.concat([Buffer.from([0xff, 0xdb, 0, 67]), Buffer.alloc(65, 1)]))).toBe(true);
  });

  it('PNG: text chunks go, the pixels and the end stay', () => {
    const cleaned = withoutPngMetadata(tinyPng());
    const text = cleaned?.toString('latin1') ?? '';
    expect(text).not.toContain('Hausmeister');
    expect(text).not.toContain('tEXt');
    for (const chunk of ['IHDR', 'IDAT', 'IEND']) expect(text).toContain(chunk);
  });

  it('refuses a file whose structure does not hold (cut short, or not the format at all)', () => {
    expect(withoutJpegMetadata(tinyJpeg().subarray(0, 30))).toBeNull();
    expect(withoutJpegMetadata(Buffer.from('<svg onload="alert(1)"/>'))).toBeNull();
    expect(withoutPngMetadata(tinyPng().subarray(0, 40))).toBeNull();
  });
});
