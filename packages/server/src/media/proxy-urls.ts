/** The image proxy's address of a remote post's attachment (`small`: its ~400 px preview). */
export function proxyUrlOf(publicUrl: string, proxyKey: string, size: 'original' | 'small') {
  return `${publicUrl}/media/proxy/${proxyKey}${size === 'small' ? '/small' : ''}`;
}

/** The image proxy's address of a remote account's avatar or header (keyed by our account id). */
export function pictureUrlOf(publicUrl: string, accountId: string, purpose: 'avatar' | 'header') {
  return `${publicUrl}/media/proxy/accounts/${accountId}/${purpose}`;
}
