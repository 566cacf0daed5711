import { type ChangeEvent, useState } from 'react';
import { Link } from 'react-router';
import { describeVerdict } from '../../../../server/src/dossiers/verify/verdict-text.ts';
import {
  isFetchableKeyUrl,
  manifestKeyUrl,
  parsePublicKey,
  type RawPublicKey,
  type Verdict,
  verifyDossierZip,
} from '../../../../server/src/dossiers/verify/verify-dossier.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import './dossiers.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'needs_key'; keyUrl: string | null }
  | { kind: 'done'; verdict: Verdict; fileName: string };

/**
 * Anyone, signed in or not, drops a dossier's ZIP here and gets the verdict of
 * `npx empathie-dossier verify`: the same code, run in this browser (WebCrypto's Ed25519). The
 * file never leaves the device; only the instance's public key is fetched, from the address the
 * manifest names when it is this instance or https, or read from a key file the person gives.
 */
export function VerifyDossierPage() {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [zip, setZip] = useState<{ bytes: Uint8Array; name: string } | null>(null);
  const [keyText, setKeyText] = useState<string | null>(null);

  const run = async (file: { bytes: Uint8Array; name: string }, givenKey: string | null) => {
    setOutcome({ kind: 'checking' });
    const key = givenKey ? parsePublicKey(givenKey) : await fetchKey(file.bytes);
    if (!key) {
      setOutcome({ kind: 'needs_key', keyUrl: manifestKeyUrl(file.bytes) });
      return;
    }
    setOutcome({
      kind: 'done',
      verdict: await verifyDossierZip(file.bytes, key),
      fileName: file.name,
    });
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const picked = { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
    setZip(picked);
    await run(picked, keyText);
  };

  const takeKey = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setKeyText(text);
    if (zip) await run(zip, text);
  };

  const intact = outcome.kind === 'done' && outcome.verdict.kind === 'intact';
  return (
    <>
      <PageHeader title={t('dossiers.verify.title')}>
        <p className="page-lede">{t('dossiers.verify.lede')}</p>
      </PageHeader>
      {/* A file input takes a dropped file by itself: the whole zone is the input. */}
      <section className="verify-drop card stack">
        <label htmlFor="verify-file">{t('dossiers.verify.drop')}</label>
        <input
          id="verify-file"
          type="file"
          accept=".zip,application/zip"
          data-testid="verify-file"
          onChange={(event) => void takeFile(event.target.files?.[0])}
        />
        <label htmlFor="verify-key">{t('dossiers.verify.keyLabel')}</label>
        <input
          id="verify-key"
          type="file"
          accept=".pem,.json,.jwk,application/json"
          data-testid="verify-key"
          onChange={takeKey}
        />
        <p className="hint">{t('dossiers.verify.private')}</p>
      </section>
      <div aria-live="polite">
        {outcome.kind === 'checking' ? <p>{t('dossiers.verify.checking')}</p> : null}
        {outcome.kind === 'needs_key' ? (
          <p className="verdict" data-verdict="needs-key" data-testid="verify-verdict">
            {t('dossiers.verify.needsKey', { url: outcome.keyUrl ?? '—' })}
          </p>
        ) : null}
        {outcome.kind === 'done' ? (
          <div
            className="verdict stack"
            data-verdict={intact ? 'intact' : 'altered'}
            data-testid="verify-verdict"
          >
            <p className="muted">{outcome.fileName}</p>
            {describeVerdict(outcome.verdict, language === 'fr' ? 'fr' : 'en').map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
      </div>
      <p>
        <Link to="/dossiers/guide">{t('dossiers.guideLink')}</Link>
      </p>
    </>
  );
}

/** The instance's key, from the manifest's address when it may be fetched; null otherwise. */
async function fetchKey(zip: Uint8Array): Promise<RawPublicKey | null> {
  const url = manifestKeyUrl(zip);
  if (!url) return null;
  const sameOrigin = new URL(url, window.location.href).origin === window.location.origin;
  if (!sameOrigin && !isFetchableKeyUrl(url)) return null;
  try {
    // Same origin: the relative path, so the page's Content-Security-Policy allows it.
    const target = sameOrigin ? new URL(url).pathname : url;
    const response = await fetch(target, { headers: { Accept: 'application/json' } });
    return response.ok ? parsePublicKey(await response.text()) : null;
  } catch {
    return null;
  }
}
