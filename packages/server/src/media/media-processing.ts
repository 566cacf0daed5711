import { encode as encodeBlurhash } from 'blurhash';
import sharp, { type Sharp } from 'sharp';

/** Uploads larger than this are refused before sharp reads them. */
export const MEDIA_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Decoded pixels sharp may allocate for one image (a 40 MP photo fits): a small PNG that
 * declares 100,000 × 100,000 pixels is refused instead of filling the memory.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
export const ORIGINAL_MAX_SIDE = 1920;
export const SMALL_MAX_SIDE = 400;
export const SUPPORTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

export type ProcessingError =
  | { kind: 'unsupported' }
  | { kind: 'animated' }
  | { kind: 'too_many_pixels' }
  | { kind: 'unreadable' };

export interface ProcessedImage {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  original: { bytes: Buffer; width: number; height: number };
  small: { bytes: Buffer; width: number; height: number };
  blurhash: string;
}

type Format = 'jpeg' | 'png' | 'webp' | 'gif';

/**
 * The format from the file's first bytes, never from the name or the declared type: an SVG
 * (which can carry scripts) or anything else renamed `.png` is not an image we take.
 */
export function sniffFormat(bytes: Uint8Array): Format | null {
  const b = bytes;
  if (b.length < 12) return null;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Reads an upload and writes what is served: turned upright by its EXIF orientation, then
 * re-encoded without any metadata (sharp keeps none unless asked: no EXIF, so no GPS position,
 * no camera serial, no XMP, no ICC profile), at most 1920 px on its long side, plus a ~400 px
 * preview and a blurhash. A static GIF becomes a PNG; an animated GIF or WebP is refused
 * (a first frame alone may not say what the author meant, and video is not supported yet).
 */
export async function processImage(
  input: Uint8Array,
): Promise<{ ok: true; value: ProcessedImage } | { ok: false; error: ProcessingError }> {
  const format = sniffFormat(input);
  if (!format) return { ok: false, error: { kind: 'unsupported' } };
  const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  try {
    const meta = await open().metadata();
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) {
      return { ok: false, error: { kind: 'too_many_pixels' } };
    }
    if ((meta.pages ?? 1) > 1) return { ok: false, error: { kind: 'animated' } };
    const contentType =
      format === 'jpeg' ? 'image/jpeg' : format === 'webp' ? 'image/webp' : 'image/png';
    const encode = (image: Sharp) =>
      contentType === 'image/jpeg'
        ? image.jpeg({ quality: 85, mozjpeg: true })
        : contentType === 'image/webp'
          ? image.webp({ quality: 85 })
          : image.png({ compressionLevel: 9 });
    const resized = (side: number) =>
      encode(
        open()
          .rotate()
          .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }),
      ).toBuffer({ resolveWithObject: true });
    const [original, small] = await Promise.all([
      resized(ORIGINAL_MAX_SIDE),
      resized(SMALL_MAX_SIDE),
    ]);
    const pixels = await sharp(small.data)
      .resize({ width: 32, height: 32, fit: 'inside' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const blurhash = encode_(pixels.data, pixels.info.width, pixels.info.height);
    return {
      ok: true,
      value: {
        contentType,
        original: {
          bytes: original.data,
          width: original.info.width,
          height: original.info.height,
        },
        small: { bytes: small.data, width: small.info.width, height: small.info.height },
        blurhash,
      },
    };
  } catch (error) {
    if (/pixel limit/i.test(String(error))) {
      return { ok: false, error: { kind: 'too_many_pixels' } };
    }
    // A truncated or corrupt file: the person's mistake, not a bug of ours.
    return { ok: false, error: { kind: 'unreadable' } };
  }
}

function encode_(data: Buffer, width: number, height: number): string {
  return encodeBlurhash(new Uint8ClampedArray(data), width, height, 4, 3);
}
