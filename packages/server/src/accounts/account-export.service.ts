import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MediaService } from '../media/media.service.ts';
import type { Clock } from '../shared/clock.ts';
import { createRateLimiter, type RateLimit } from '../shared/rate-limiter.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { readArchiveData } from './account-export.repository.ts';
import { archiveFiles } from './account-export.serializer.ts';
import { readDefenceData } from './account-export-defence.repository.ts';

/** Archives per person: reading every post is heavy, and nobody needs more than a few an hour. */
export const DEFAULT_EXPORT_LIMIT: RateLimit = { max: 5, windowMs: 60 * 60_000 };

export type ExportError =
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface Archive {
  fileName: string;
  bytes: Uint8Array;
}

export type AccountExportService = ReturnType<typeof createAccountExportService>;

/**
 * Builds a person's archive as a ZIP, in memory: a person's own posts are small (text only, no
 * media yet), so even tens of thousands fit comfortably. Only the owner's token reaches it.
 */
export function createAccountExportService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  publicUrl: string;
  domain: string;
  limit?: RateLimit;
  /** The person's images, added to the archive as files (`media/`). */
  media?: Pick<MediaService, 'exportFiles'>;
}) {
  const limiter = createRateLimiter(deps.limit ?? DEFAULT_EXPORT_LIMIT, deps.clock);
  return {
    async archive(accountId: string): Promise<Result<Archive, ExportError>> {
      const decision = limiter.hit(accountId);
      if (!decision.ok) return err({ kind: 'rate_limited', ...decision });
      const data = await readArchiveData(deps.db, accountId);
      if (!data) return err({ kind: 'not_found' });
      const now = deps.clock.now();
      const files = archiveFiles(data, {
        publicUrl: deps.publicUrl,
        domain: deps.domain,
        exportedAt: now.toISOString(),
      });
      const defence = await readDefenceData(deps.db, accountId, deps.domain);
      files.set('empathie/defence.json', `${JSON.stringify(defence, null, 2)}\n`);
      const zippable: Zippable = {};
      for (const [path, text] of files) zippable[path] = [strToU8(text), { mtime: now }];
      // Images as they are served (already without metadata), named by their id.
      const images = deps.media ? await deps.media.exportFiles(accountId) : [];
      for (const { row, bytes } of images) {
        zippable[`media/${mediaFileName(row)}`] = [bytes, { mtime: now }];
      }
      const described = images.map(({ row }) => ({
        file: `media/${mediaFileName(row)}`,
        post_id: row.post_id,
        description: row.description,
        focus: { x: row.focus_x, y: row.focus_y },
        created_at: row.created_at,
      }));
      zippable['media/media.json'] = [
        strToU8(`${JSON.stringify(described, null, 2)}\n`),
        { mtime: now },
      ];
      const day = now.toISOString().slice(0, 10);
      return ok({
        fileName: `empathie-${data.account.username}-${day}.zip`,
        bytes: zipSync(zippable, { level: 6 }),
      });
    },
  };
}

/** `<id>.<ext>`: the id ties the file to media.json and to the post in outbox.json. */
function mediaFileName(row: { id: string; original_key: string | null }): string {
  return `${row.id}.${row.original_key?.split('.').pop() ?? 'bin'}`;
}
