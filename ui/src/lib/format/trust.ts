// A pack's trust state in words, the same on every screen that names a pack.

import type { PackTrust } from '$lib/backend/api';
import type { Messages } from '$lib/i18n/i18n.svelte';

export function trustText(t: Messages, pack: { trust: PackTrust; publisherName: string }): string {
  switch (pack.trust) {
    case 'verified':
      return t.packs.trustVerified({ publisher: pack.publisherName });
    case 'signedUnknownKey':
      return t.packs.trustSignedUnknownKey;
    default:
      return t.packs.trustUnsigned;
  }
}
