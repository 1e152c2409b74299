/**
 * This editor's part of the ids it creates (core's `idMaker`): a client tag made once per editor from
 * `crypto.getRandomValues`, so two editors on one map (merged over a CRDT) never create the same id.
 */
import { CLIENT_TAG_LENGTH, clientTag } from '@kring/core';

/** A fresh random client tag, e.g. `k7q2m`. */
export function newClientTag(): string {
  return clientTag(crypto.getRandomValues(new Uint8Array(CLIENT_TAG_LENGTH)));
}
