import type { SerializerContext } from './account.serializer.ts';

/** The short Tag of a status's `tags`. */
export interface MastodonTag {
  name: string;
  url: string;
}

/** The Tag entity of search results and tag pages. */
export interface MastodonTagEntity extends MastodonTag {
  history: never[];
  following: boolean;
}

export function serializeTagRef(name: string, ctx: SerializerContext): MastodonTag {
  return { name, url: `${ctx.publicUrl}/tags/${encodeURIComponent(name)}` };
}

export function serializeTag(name: string, ctx: SerializerContext): MastodonTagEntity {
  return { ...serializeTagRef(name, ctx), history: [], following: false };
}
