import { Object as APObject, type RequestContext } from '@fedify/fedify';
import { EMPATHIE_NS } from '../empathie-extension.ts';
import type { EmpathieFederation, FederationDeps } from '../federation.deps.ts';
import type { FetchGate } from '../fetch-gate.ts';
import { servedCall, servedSpotlight } from './empathie-objects.repository.ts';
import { callDocument, spotlightDocument } from './empathie-vocabulary.ts';

/**
 * A structured document Fedify serves as is. Fedify 1.5's vocabulary has no class for our types,
 * and its object dispatchers are keyed by a class's `typeId`: each kind is a subclass with our
 * type IRI, whose JSON-LD is the document we built (empathie-vocabulary.ts). Fedify still does
 * the routing, the content negotiation (a browser goes on to the web app) and the signature.
 */
class EmpathieDocument extends APObject {
  // lookup-safe: the document we built (empathie-vocabulary.ts), serialised whole, never indexed
  document: Record<string, unknown> = {};

  override async toJsonLd(): Promise<unknown> {
    return this.document;
  }
}

export class CallToActionObject extends EmpathieDocument {
  static override get typeId(): URL {
    return new URL(`${EMPATHIE_NS}CallToAction`);
  }
}

export class SpotlightObject extends EmpathieDocument {
  static override get typeId(): URL {
    return new URL(`${EMPATHIE_NS}Spotlight`);
  }
}

/** The paths, which federation/uri.ts builds (`call`, `spotlight`); a test keeps them equal. */
export const CALL_PATH = '/calls/{id}';
export const SPOTLIGHT_PATH = '/spotlights/{id}';

/**
 * Serves the structured calls to action and spotlights of this instance. Only those whose post
 * anyone may read (public, unlisted; the author live; not moderated away): any other answers
 * 404 like one that does not exist. In secure mode (AUTHORIZED_FETCH) only to a signed request
 * whose signer the author's blocks and the domain rules allow (fetch-gate.ts), like our posts.
 */
export function registerEmpathieObjectDispatchers(
  federation: EmpathieFederation,
  deps: FederationDeps,
  gate: Pick<FetchGate, 'mayServe'>,
): void {
  const db = deps.database.db;
  const { uris } = deps;

  async function mayServe(ctx: RequestContext<void>, authorId: string): Promise<boolean> {
    if (!deps.config.authorizedFetch) return true;
    let signer: string | undefined;
    try {
      signer = (await ctx.getSignedKeyOwner())?.id?.href;
    } catch {
      signer = undefined;
    }
    return signer !== undefined && (await gate.mayServe(authorId, signer));
  }

  federation.setObjectDispatcher(CallToActionObject, CALL_PATH, async (ctx, { id }) => {
    if (!/^\d{1,20}$/.test(id)) return null;
    const source = await servedCall(db, id, uris);
    if (!source || !(await mayServe(ctx, source.authorId))) return null;
    const object = new CallToActionObject({ id: new URL(source.uri) });
    object.document = callDocument(source);
    return object;
  });

  federation.setObjectDispatcher(SpotlightObject, SPOTLIGHT_PATH, async (ctx, { id }) => {
    if (!/^\d{1,20}$/.test(id)) return null;
    const source = await servedSpotlight(db, id, uris);
    if (!source || !(await mayServe(ctx, source.authorId))) return null;
    const object = new SpotlightObject({ id: new URL(source.uri) });
    object.document = spotlightDocument(source);
    return object;
  });
}
