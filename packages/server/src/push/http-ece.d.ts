// http_ece ships no types; the tests use it as the independent receiver of our messages.
declare module 'http_ece' {
  interface DecryptParams {
    version: 'aes128gcm';
    privateKey: import('node:crypto').ECDH;
    authSecret: Buffer;
  }
  const ece: { decrypt(buffer: Buffer, params: DecryptParams): Buffer };
  export default ece;
}
