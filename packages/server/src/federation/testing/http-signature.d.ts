/** The few calls of Joyent's `http-signature` (a devDependency without types) our tests use. */
declare module 'http-signature' {
  import type { IncomingMessage } from 'node:http';

  interface ParsedSignature {
    keyId: string;
    algorithm: string;
    params: { headers: string[]; signature: string };
  }
  const httpSignature: {
    parseRequest(
      req: IncomingMessage,
      options?: { clockSkew?: number; headers?: string[] },
    ): ParsedSignature;
    verifySignature(parsed: ParsedSignature, publicKeyPem: string): boolean;
  };
  export default httpSignature;
}
