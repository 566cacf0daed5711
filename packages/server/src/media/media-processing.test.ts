import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_PIXELS, processImage, sniffFormat } from './media-processing.ts';
import { animatedGif, hasGpsPointer, phonePhoto, png, SVG } from './media-test-images.ts';

// What leaves the server is only the picture: upright, resized, and without a word of metadata.

describe('image processing', () => {
  it('turns a phone photo upright and strips every metadata, GPS position included', async () => {
    const photo = await phonePhoto(300, 150);
    const before = await sharp(photo).metadata();
    // The fixture really carries what must go: orientation, camera, a GPS block.
    expect(before.orientation).toBe(6);
    expect(before.exif && hasGpsPointer(before.exif)).toBe(true);
    expect(photo.includes(Buffer.from('SecretCam'))).toBe(true);

    const result = await processImage(photo);
    if (!result.ok) throw new Error(result.error.kind);
    const { original, small, contentType, blurhash } = result.value;
    expect(contentType).toBe('image/jpeg');
    // Lying on its side (orientation 6): 300 × 150 stored becomes 150 × 300 shown.
    expect([original.width, original.height]).toEqual([150, 300]);
    for (const file of [original.bytes, small.bytes]) {
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(file.includes(Buffer.from('SecretCam'))).toBe(false);
      expect(file.includes(Buffer.from('Serial-12345'))).toBe(false);
      expect(hasGpsPointer(file.subarray(0, 2000))).toBe(false);
    }
    expect(blurhash).toMatch(/^[0-9A-Za-z#$%*+,-.:;=?@[\]^_{|}~]{6,}$/);
  });

  it('keeps the long side at most 1920 px and the preview near 400 px', async () => {
    const big = await sharp({
      create: { width: 4000, height: 1000, channels: 3, background: '#fff' },
    })
      .jpeg()
      .toBuffer();
    const result = await processImage(big);
    if (!result.ok) throw new Error(result.error.kind);
    expect([result.value.original.width, result.value.original.height]).toEqual([1920, 480]);
    expect([result.value.small.width, result.value.small.height]).toEqual([400, 100]);
  });

  it('keeps PNG as PNG (transparency) and never enlarges a small image', async () => {
    const result = await processImage(await png(64, 32));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.contentType).toBe('image/png');
    expect([result.value.original.width, result.value.original.height]).toEqual([64, 32]);
  });

  it('turns a still GIF into a PNG and refuses an animated one', async () => {
    const still = await sharp({
      create: { width: 10, height: 10, channels: 3, background: '#00f' },
    })
      .gif()
      .toBuffer();
    const result = await processImage(still);
    expect(result.ok && result.value.contentType).toBe('image/png');
    expect(await processImage(await animatedGif())).toEqual({
      ok: false,
      error: { kind: 'animated' },
    });
  });

  it('refuses SVG, text and a truncated image by their bytes, whatever their name', async () => {
    expect(sniffFormat(SVG)).toBeNull();
    expect(await processImage(SVG)).toEqual({ ok: false, error: { kind: 'unsupported' } });
    expect(await processImage(Buffer.from('hello, this is not an image'))).toEqual({
      ok: false,
      error: { kind: 'unsupported' },
    });
    const photo = await phonePhoto();
    expect(await processImage(photo.subarray(0, 200))).toEqual({
      ok: false,
      error: { kind: 'unreadable' },
    });
  });

  it('refuses a decompression bomb: a tiny file that declares too many pixels', async () => {
    // A real 1 × 1 PNG whose header then claims 50,000 × 50,000 pixels (2.5 billion).
    const bomb = Buffer.from(await png(1, 1));
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    expect(bomb.length).toBeLessThan(200);
    expect(MAX_INPUT_PIXELS).toBeLessThan(50_000 * 50_000);
    expect(await processImage(bomb)).toEqual({ ok: false, error: { kind: 'too_many_pixels' } });
  });
});
