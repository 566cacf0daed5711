import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { NoticeCategory } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import '../moderation/moderation.css';

type Reason = NoticeCategory | 'spam';
const REASONS: ReadonlyArray<[Reason, MessageKey]> = [
  ['threats', 'report.reason.threats'],
  ['harassment', 'report.reason.harassment'],
  ['hate', 'report.reason.hate'],
  ['spam', 'report.reason.spam'],
  ['child_safety', 'report.reason.child_safety'],
  ['privacy', 'report.reason.privacy'],
  ['other', 'report.reason.other'],
];

/**
 * "Report", in a post's or a profile's menu: the first click opens the reasons, the second
 * sends the report (a comment is optional, above the reasons). Moderators see it in their queue.
 */
export function ReportButton(props: { accountId: string; statusId?: string; testId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const send = async (reason: Reason) => {
    setBusy(true);
    const result = await api.report({
      account_id: props.accountId,
      ...(props.statusId ? { status_ids: [props.statusId] } : {}),
      reason,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSent(true);
    setOpen(false);
  };

  return (
    <div className="report-button">
      <button
        type="button"
        className="danger"
        data-testid={props.testId}
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        {t('report.open')}
      </button>
      {sent ? (
        <p className="success" role="status" data-testid="report-sent">
          {t('report.sent')} <Link to="/reports">{t('report.mine')}</Link>
        </p>
      ) : null}
      {open ? (
        <div className="report-panel stack" data-testid="report-panel">
          <label htmlFor={`report-comment-${props.statusId ?? props.accountId}`}>
            {t('report.comment')}
          </label>
          <textarea
            id={`report-comment-${props.statusId ?? props.accountId}`}
            maxLength={1000}
            rows={2}
            value={comment}
            data-testid="report-comment"
            onChange={(event) => setComment(event.target.value)}
          />
          <p className="hint">{t('report.chooseReason')}</p>
          <ul className="report-reasons">
            {REASONS.map(([reason, label]) => (
              <li key={reason}>
                <button
                  type="button"
                  disabled={busy}
                  data-testid={`report-reason-${reason}`}
                  onClick={() => send(reason)}
                >
                  {t(label)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
