/**
 * The demo's client tag for ids it makes outside the editor (a contact list added to a map): random per page,
 * like each editor's own, so that nothing added here can take an id someone else creates in the same map.
 */
import { CLIENT_TAG_LENGTH, clientTag } from '@kring/core';

let tag: string | undefined;

/** This page's client tag, made on first use. */
export function pageIdTag(): string {
  tag ??= clientTag(crypto.getRandomValues(new Uint8Array(CLIENT_TAG_LENGTH)));
  return tag;
}
