import { describe, expect, it } from 'vitest';
import { imageMetadata } from './image-metadata.ts';

const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), Buffer.from([(body.length + 2) >> 8, (body.length + 2) & 255]), body]);
const scan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])), Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])]);
const jpeg = (...parts: Buffer[]) => Buffer.concat([Buffer.from([0xff, 0xd8]), ...parts, Buffer.from([0xff, 0xd9])]);

describe('metadata left in an image after stripping', () => {
  it('walks a JPEG through its scans (stuffed bytes, restarts) to the end', () => {
    expect(imageMetadata(jpeg(segment(0xdb, Buffer.alloc(65)), scan), 'image/jpeg')).toBe('clean');
  });

  it('finds an EXIF or XMP segment, even after a scan', () => {
    expect(imageMetadata(jpeg(segment(0xe1, Buffer.from('Exif\0\0MM', 'latin1')), scan), 'image/jpeg')).toBe('metadata left');
    expect(imageMetadata(jpeg(scan, segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/', 'latin1'))), 'image/jpeg')).toBe('metadata left');
  });

  it('calls a JPEG cut short, or one whose segment lies about its length, unreadable', () => {
    expect(imageMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x58, 0x45, 0x78]), 'image/jpeg')).toBe('unreadable');
    expect(imageMetadata(jpeg(segment(0xdb, Buffer.alloc(65))).subarray(0, 30), 'image/jpeg')).toBe('unreadable');
  });

  it('walks a PNG to IEND and finds text, time and EXIF chunks', () => {
    const chunk = (type: string, data = Buffer.alloc(0)) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
    const sig = Buffer.from('89504e470d0a1a0a', 'hex');
    expect(imageMetadata(Buffer.concat([sig, chunk('IHDR', Buffer.alloc(13)), chunk('IDAT', Buffer.from('tEXt')), chunk('IEND')]), 'image/png')).toBe('clean');
    expect(imageMetadata(Buffer.concat([sig, chunk('IHDR', Buffer.alloc(13)), chunk('tEXt', Buffer.from('GPS')), chunk('IEND')]), 'image/png')).toBe('metadata left');
    expect(imageMetadata(Buffer.concat([sig, chunk('IHDR', Buffer.alloc(13))]), 'image/png')).toBe('unreadable');
  });
});
