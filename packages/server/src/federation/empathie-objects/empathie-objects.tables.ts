/** Tables of Empathie's own objects across servers (migration 0031-remote-empathie-objects). */

/**
 * The structured form of a remote post that carries another Empathie's call to action or
 * spotlight: the document its Note's Link names, fetched, validated and reduced to plain text.
 * One per post; it goes with the post (foreign key, cascade).
 */
export interface RemoteEmpathieObjectTable {
  post_id: string;
  kind: 'call' | 'spotlight';
  /** The object's own URI (the Link's `href`), on the same origin as the Note. */
  object_uri: string;
  /** JSON of `RemoteEmpathieObject` (empathie-vocabulary.ts), validated before it was stored. */
  data_json: string;
  /** When the document was last read (the Create, or the latest Update of the Note). */
  fetched_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    remote_empathie_objects: RemoteEmpathieObjectTable;
  }
}
