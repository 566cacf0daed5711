import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Status } from '../../api/mastodon.types.ts';
import type { AdminReport, Decision, QueueGroup, Rule } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { StatusContent } from '../status/status-content.tsx';
import { categoryKey, formatWhen } from './labels.ts';
import { ModerationNav } from './moderation-nav.tsx';
import './moderation.css';

const LEGAL = [
  'threats',
  'harassment',
  'hate',
  'privacy',
  'intellectual_property',
  'child_safety',
  'other',
] as const;

/**
 * The moderators' queue: reports and notices grouped by the account they are about, threats and
 * child safety first, then trusted flaggers, then the rest. Each group opens on its reported
 * posts, their thread, edits and the engine's hint, and offers the actions, each with a ground.
 */
export function QueuePage() {
  const api = useApi();
  const { t } = useI18n();
  const [groups, setGroups] = useState<QueueGroup[] | null>(null);
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const [queue, rulesResult] = await Promise.all([api.queue(), api.rules()]);
    if (!queue.ok) return setError(queue.error);
    setError(null);
    setGroups(queue.value);
    if (rulesResult.ok) setRules(rulesResult.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('mod.queue')} />
      <ModerationNav />
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {groups === null && !error ? <Loading /> : null}
      {groups?.length === 0 ? <EmptyState title={t('mod.queueEmpty')} /> : null}
      <ul className="mod-list" data-testid="mod-queue">
        {groups?.map((g) => (
          // A group whose items changed is a new card: its panel starts closed again.
          <QueueGroupCard
            key={[g.key, ...g.reports.map((r) => r.id), ...g.notices.map((n) => n.id)].join(':')}
            group={g}
            rules={rules}
            onDone={load}
          />
        ))}
      </ul>
    </section>
  );
}

function QueueGroupCard(props: { group: QueueGroup; rules: Rule[]; onDone: () => void }) {
  const { group } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<AdminReport[]>([]);
  const [ground, setGround] = useState('law:threats');
  const [facts, setFacts] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const expand = async () => {
    setOpen((v) => !v);
    if (details.length > 0) return;
    const loaded: AdminReport[] = [];
    for (const r of group.reports) {
      const result = await api.adminReport(r.id);
      if (result.ok) loaded.push(result.value);
    }
    setDetails(loaded);
  };

  const firstReport = group.reports[0]?.id;
  const noticeFor = (statusId: string) =>
    group.notices.find((n) => n.target_status_id === statusId)?.id ?? group.notices[0]?.id;
  const decision = (links: {
    report?: string | undefined;
    notice?: string | undefined;
  }): Decision => ({
    ground,
    text: facts,
    ...(links.report ? { report_id: links.report } : {}),
    ...(links.notice ? { notice_id: links.notice } : {}),
  });

  const run = async (action: () => Promise<{ ok: boolean; error?: ApiError }>) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error ?? null);
    setError(null);
    props.onDone();
  };

  const statusIds = [
    ...new Set([
      ...group.reports.flatMap((r) => r.statuses.map((s) => s.id)),
      ...group.notices.flatMap((n) => (n.target_status_id ? [n.target_status_id] : [])),
    ]),
  ];
  const statusById = new Map<string, Status>();
  for (const r of [...details, ...group.reports])
    for (const s of r.statuses) statusById.set(s.id, s);
  const accountId = group.account?.id;

  return (
    <li
      className={group.priority === 2 ? 'mod-card mod-urgent stack' : 'mod-card stack'}
      data-testid="mod-group"
    >
      <p>
        <strong data-testid="mod-group-account">@{group.account?.account.acct ?? '?'}</strong>{' '}
        {group.priority === 2 ? (
          <span className="badge" data-testid="mod-urgent">
            {t('mod.urgent')}
          </span>
        ) : null}
        {group.priority === 1 ? <span className="badge">{t('mod.trusted')}</span> : null}
        {group.account?.silenced ? <span className="badge">{t('mod.outcome.limit')}</span> : null}
      </p>
      <ul className="mod-list">
        {group.reports.map((r) => (
          <li key={r.id} data-testid="mod-report">
            {t('mod.reportBy', { name: r.account?.account.acct ?? '?' })} ·{' '}
            {t(categoryKey(r.empathie.reason ?? r.category))} · {formatWhen(r.created_at, language)}
            {r.comment ? <p className="mod-quote">{r.comment}</p> : null}
          </li>
        ))}
        {group.notices.map((n) => (
          <li key={n.id} data-testid="mod-notice">
            {t('mod.noticeRef', { reference: n.reference })} · {t(categoryKey(n.category))} ·{' '}
            {formatWhen(n.created_at, language)}
            <p className="mod-quote">{n.explanation}</p>
            <p className="hint">{n.url}</p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open}
        data-testid="mod-open"
        onClick={expand}
      >
        {open ? t('mod.close') : t('mod.open')}
      </button>
      {open ? (
        <div className="stack">
          {details.map((d) =>
            (d.empathie.context ?? []).map((c) => (
              <div key={`${d.id}-${c.status_id}`} className="stack">
                {c.ancestors.length > 0 ? (
                  <div className="hint">
                    <p>{t('mod.thread')}</p>
                    {c.ancestors.map((a) => (
                      <p key={a.id} className="mod-quote">
                        @{a.account.acct}: <StatusText status={a} />
                      </p>
                    ))}
                  </div>
                ) : null}
                {c.edits.length > 1 ? (
                  <details>
                    <summary>{t('mod.edits', { count: c.edits.length })}</summary>
                    {c.edits.map((e) => (
                      <p key={e.id} className="mod-quote">
                        {formatWhen(e.created_at, language)}: {e.text}
                      </p>
                    ))}
                  </details>
                ) : null}
              </div>
            )),
          )}
          {statusIds.map((id) => {
            const status = statusById.get(id);
            const tone = details
              .flatMap((d) => d.empathie.tones ?? [])
              .find((x) => x.status_id === id);
            return (
              <div key={id} className="mod-card stack" data-testid="mod-status">
                {status ? <StatusText status={status} /> : <Link to={`/statuses/${id}`}>{id}</Link>}
                {tone ? (
                  <p className="mod-hint" data-testid="mod-tone">
                    {t('mod.hint', {
                      threat: Math.round(tone.threat * 100),
                      toxicity: Math.round(tone.toxicity * 100),
                    })}
                  </p>
                ) : null}
                <div className="mod-actions">
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={busy}
                    data-testid="mod-remove-post"
                    onClick={() =>
                      run(() =>
                        api.moderateStatus(
                          id,
                          'remove',
                          decision({
                            notice: noticeFor(id),
                            report: group.notices.length ? undefined : firstReport,
                          }),
                        ),
                      )
                    }
                  >
                    {t('mod.removePost')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    disabled={busy}
                    data-testid="mod-sensitive-post"
                    onClick={() =>
                      run(() =>
                        api.moderateStatus(
                          id,
                          'sensitive',
                          decision({
                            notice: noticeFor(id),
                            report: group.notices.length ? undefined : firstReport,
                          }),
                        ),
                      )
                    }
                  >
                    {t('mod.markSensitive')}
                  </button>
                </div>
              </div>
            );
          })}
          <label htmlFor={`ground-${group.key}`}>{t('mod.ground')}</label>
          <select
            id={`ground-${group.key}`}
            value={ground}
            data-testid="mod-ground"
            onChange={(e) => setGround(e.target.value)}
          >
            <optgroup label={t('mod.legalGrounds')}>
              {LEGAL.map((g) => (
                <option key={g} value={`law:${g}`}>
                  {t(categoryKey(g))}
                </option>
              ))}
            </optgroup>
            {props.rules.length > 0 ? (
              <optgroup label={t('mod.rules')}>
                {props.rules.map((r) => (
                  <option key={r.id} value={`rule:${r.id}`}>
                    {r.text}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          <label htmlFor={`facts-${group.key}`}>{t('mod.facts')}</label>
          <textarea
            id={`facts-${group.key}`}
            rows={3}
            maxLength={5000}
            value={facts}
            data-testid="mod-facts"
            onChange={(e) => setFacts(e.target.value)}
          />
          {accountId ? (
            <div className="mod-actions">
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                data-testid="mod-limit"
                onClick={() =>
                  run(() =>
                    api.moderateAccount(
                      accountId,
                      'silence',
                      decision({
                        report: firstReport,
                        notice: firstReport ? undefined : group.notices[0]?.id,
                      }),
                    ),
                  )
                }
              >
                {t('mod.limit')}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                disabled={busy}
                data-testid="mod-suspend"
                onClick={() =>
                  run(() =>
                    api.moderateAccount(
                      accountId,
                      'suspend',
                      decision({
                        report: firstReport,
                        notice: firstReport ? undefined : group.notices[0]?.id,
                      }),
                    ),
                  )
                }
              >
                {t('mod.suspend')}
              </button>
            </div>
          ) : null}
          <div className="mod-actions">
            {group.reports.map((r) => (
              <button
                key={r.id}
                type="button"
                className="button button-quiet button-small"
                disabled={busy}
                data-testid="mod-resolve-report"
                onClick={() => run(() => api.resolveReport(r.id))}
              >
                {t('mod.resolveReport')}
              </button>
            ))}
            {group.notices.map((n) => (
              <button
                key={n.id}
                type="button"
                className="button button-quiet button-small"
                disabled={busy || facts.trim() === ''}
                data-testid="mod-dismiss-notice"
                onClick={() => run(() => api.dismissNotice(n.id, facts))}
              >
                {t('mod.dismissNotice')}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </li>
  );
}

function StatusText(props: { status: Status }) {
  return (
    <StatusContent
      html={props.status.content}
      language={props.status.language}
      id={props.status.id}
    />
  );
}
