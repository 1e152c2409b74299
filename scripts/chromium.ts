/**
 * The one headless Chromium every browser test, golden image, e2e test and browser benchmark uses:
 * `KRING_CHROMIUM` when set, else Debian's `/usr/bin/chromium` (scripts/toolchain.sh installs it).
 *
 * The flags keep it off the network. The usual headless flags are not enough: Chromium still resolves Google's
 * account and update hosts, and on a closed network those lookups fail, many at a time. The host-resolver rule
 * maps every name but localhost to "not found", so no DNS query leaves the machine.
 */
export const chromiumPath = process.env.KRING_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
