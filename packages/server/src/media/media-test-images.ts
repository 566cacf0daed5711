import sharp from 'sharp';

/**
 * Images the media tests write themselves. The "phone photo" is a JPEG lying on its side
 * (EXIF orientation 6) that says where and with what it was taken (GPS position, camera make).
 */
export async function phonePhoto(width = 300, height = 150): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c84' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'SecretCam', Model: 'Serial-12345' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 24/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 3/1',
      },
    })
    .toBuffer();
}

export function png(width = 64, height = 64): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#36a8' } })
    .png()
    .toBuffer();
}

/** A GIF of two frames, red then green. */
export async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all(
    ['#a00', '#0a0'].map((background) =>
      sharp({ create: { width: 20, height: 20, channels: 3, background } })
        .raw()
        .toBuffer(),
    ),
  );
  return sharp(Buffer.concat(frames), {
    raw: { width: 20, height: 40, channels: 3, pageHeight: 20 },
  })
    .gif({ loop: 0 })
    .toBuffer();
}

export const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);

/** GPS IFD pointer tag (0x8825) in either byte order. */
export function hasGpsPointer(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from([0x88, 0x25])) || bytes.includes(Buffer.from([0x25, 0x88]));
}
