import { useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { CircleFindings, CircleMessage } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CoachedTextForm } from '../calls/coached-text-form.tsx';

/**
 * Writing to a person under attack. The composer's coach reads the message as it is typed; the
 * server judges it again, and a message that may hurt comes back with the coach's findings
 * (why it may hurt, a calmer way to say it) instead of reaching the person.
 */
export function CircleWriteForm(props: {
  circleId: string;
  onSent: (message: CircleMessage) => void;
  onFindings: (findings: CircleFindings) => void;
}) {
  const api = useApi();
  const { t, language } = useI18n();
  const [findings, setFindings] = useState<CircleFindings | null>(null);
  const [sent, setSent] = useState(0);
  const box = useRef<HTMLDivElement>(null);

  const send = async (text: string): Promise<ApiError | null> => {
    const result = await api.writeInCircle(props.circleId, text);
    if (!result.ok) {
      const coach = coachOf(result.error);
      if (coach) {
        setFindings(coach);
        props.onFindings(coach);
        requestAnimationFrame(() => box.current?.focus());
      }
      return result.error;
    }
    setFindings(null);
    setSent(sent + 1);
    props.onSent(result.value);
    return null;
  };

  return (
    <div className="card stack" data-testid="circle-write">
      <CoachedTextForm
        key={sent}
        label={t('circles.write')}
        submitLabel={t('circles.send')}
        testId="circle-form"
        send={send}
      />
      {findings ? (
        <div
          ref={box}
          tabIndex={-1}
          className="circle-coached stack"
          role="alert"
          data-testid="circle-coached"
        >
          <p>{t('circles.coached')}</p>
          <ul>
            {findings.findings.map((f) => (
              <li key={`${f.kind}-${f.begin}`}>
                {language === 'fr' ? f.explanation.fr : f.explanation.en}
              </li>
            ))}
          </ul>
          {findings.rewrite ? (
            <p data-testid="circle-coached-rewrite">
              {t('circles.tryInstead')} <q dir="auto">{findings.rewrite}</q>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The coach's findings from a refused message (422, `details.coach`), if that is why. */
function coachOf(error: ApiError): CircleFindings | null {
  const coach = error.kind === 'http' ? error.coach : undefined;
  return coach && typeof coach === 'object' ? (coach as CircleFindings) : null;
}
