// A tiny typed GraphQL client over fetch: what a UI needs when it does not want a cache. It takes the
// generated TypedDocumentNode, so `data` and `variables` are typed by the operation. With `persisted`, it
// sends only the document's SHA-256 (the id the preset embeds), which is what a rolegraph in safelist mode
// (ROLEGRAPH_PERSISTED_OPERATIONS) runs; otherwise it sends the document's text.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as rolegraph sends it: `extensions.code` says what went wrong, `path` which field. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A root field that fails is null in `data` with its error beside it; its siblings keep their answers. */
export interface Result<TData> {
  status: number;
  data: TData | null;
  errors: ApiError[];
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Send the preset's document id instead of the text (safelist mode). */
  persisted?: boolean;
  headers?: Record<string, string>;
}

export type Request = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) => Promise<Result<TData>>;

/** The hash the client preset embeds in each document when `persistedDocuments` is on ("sha256:<hex>"). */
export function documentId(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('document has no persisted hash: generate with persistedDocuments: { hashAlgorithm: "sha256" }');
  return hash;
}

export function createClient({ url, persisted = false, headers = {} }: ClientOptions): Request {
  return async (document, variables) => {
    const body = persisted ? { documentId: documentId(document as TypedDocumentNode<unknown, never>), variables } : { query: print(document), variables };
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const json = (await res.json()) as { data?: unknown; errors?: ApiError[] };
    return { status: res.status, data: (json.data ?? null) as never, errors: json.errors ?? [] };
  };
}
