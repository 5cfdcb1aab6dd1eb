import { describe, expect, it } from 'vitest';
import { sniffType } from '../../server/kernel/fileTypes.js';
import { byteRange } from '../../server/transport/byteRange.js';
import { pageClaimingToBeVideo, tinyMp4, tinyWebm } from '../support/mediaFiles.js';

describe('what an upload is, from its first bytes', () => {
  it('tells MP4, WebM, PNG and JPEG apart, whatever the name or declared type says', () => {
    expect(sniffType(tinyMp4())).toBe('video/mp4');
    expect(sniffType(tinyWebm())).toBe('video/webm');
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('knows a web page, a QuickTime movie, a Matroska file that is not WebM and an empty file as none of them', () => {
    expect(sniffType(pageClaimingToBeVideo)).toBeNull();
    const quickTime = Buffer.from(tinyMp4());
    quickTime.write('qt  ', 8, 'latin1');
    expect(sniffType(quickTime)).toBeNull();
    expect(sniffType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x88, ...Buffer.from('matroska')]))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });
});

describe('the byte range a phone asks for', () => {
  it('reads a-b, a- and -n, and stops at the last byte', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(byteRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('answers with the whole file for no range, a malformed one or several; unsatisfiable past the end', () => {
    expect(byteRange(undefined, 1000)).toBeNull();
    expect(byteRange('bytes=0-9,20-29', 1000)).toBeNull();
    expect(byteRange('items=0-9', 1000)).toBeNull();
    expect(byteRange('bytes=9-0', 1000)).toBeNull();
    expect(byteRange('bytes=-', 1000)).toBeNull();
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });
});
