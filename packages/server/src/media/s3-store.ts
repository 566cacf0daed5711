import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import aws4 from 'aws4';
import { checkKey, type MediaStore } from './media-store.ts';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  publicUrl: string;
}

interface S3Answer {
  status: number;
  body: Buffer;
}

/**
 * An S3-compatible bucket (AWS, Scaleway, OVH, MinIO, Garage…), addressed path-style, every
 * request signed with SigV4 by `aws4`. Files are written with their content type and a long
 * cache lifetime; the bucket (or the CDN in front of it) serves them at `publicUrl/<key>`.
 */
export function createS3Store(settings: S3Settings): MediaStore {
  const endpoint = new URL(settings.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');
  const send = (
    method: string,
    key: string,
    body?: Buffer,
    // lookup-safe: header names written by this file, never read by a key from outside
    headers: Record<string, string> = {},
  ) =>
    new Promise<S3Answer>((resolve, reject) => {
      checkKey(key);
      const signed = aws4.sign(
        {
          service: 's3',
          region: settings.region,
          method,
          host: endpoint.host,
          path: `${basePath}/${settings.bucket}/${key}`,
          headers: body ? { ...headers, 'Content-Length': String(body.length) } : headers,
          ...(body ? { body } : {}),
        },
        { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      );
      const send = endpoint.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        {
          protocol: endpoint.protocol,
          hostname: endpoint.hostname,
          port: endpoint.port || undefined,
          method,
          path: signed.path,
          headers: signed.headers,
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`S3 ${method} timed out`)));
      req.on('error', reject);
      req.end(body);
    });
  const fail = (method: string, answer: S3Answer) =>
    new Error(`S3 ${method} answered ${answer.status}: ${answer.body.toString('utf8', 0, 300)}`);

  return {
    async put(key, bytes, contentType) {
      const answer = await send('PUT', key, Buffer.from(bytes), {
        'Content-Type': contentType,
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      if (answer.status < 200 || answer.status >= 300) throw fail('PUT', answer);
    },
    async get(key) {
      const answer = await send('GET', key);
      if (answer.status === 404) return null;
      if (answer.status < 200 || answer.status >= 300) throw fail('GET', answer);
      return new Uint8Array(answer.body);
    },
    async delete(key) {
      const answer = await send('DELETE', key);
      // S3 answers 204 whether or not the object existed; some stores answer 404.
      if (answer.status !== 404 && (answer.status < 200 || answer.status >= 300)) {
        throw fail('DELETE', answer);
      }
    },
    urlOf: (key) => `${settings.publicUrl}/${key}`,
  };
}
