/**
 * One writer per map across the browser's tabs and windows. Each map page holds (or waits for) a Web Lock
 * named after the map (`navigator.locks`); the tab holding it is the writer, every other tab with the map
 * open is a reader: it shows the map read-only and saves nothing.
 *
 * Taking over (a reader's "edit here" button) asks the writer over a BroadcastChannel to hand over: the
 * writer turns read-only at once, saves what it still has, answers `handed-over`, and the reader then
 * takes the lock with `steal` (so it goes ahead of other waiting tabs). A writer that does not answer within
 * `takeOverTimeoutMs` (a frozen tab) loses the lock all the same.
 *
 * A reader does not queue for the lock: the writer reloading its page must find it free again. Instead
 * the writer says `leaving` when its page goes (or the map page closes), and readers try to take the lock
 * (`ifAvailable`) a moment later, and every `pollMs` in case a writer vanished without a word (a crash).
 * So a reader becomes the writer once the writer's tab is closed, and a reloaded writer stays the writer.
 *
 * Where the browser has no Web Locks, every tab is a writer (as before this existed).
 */
export type LockRole = 'pending' | 'writer' | 'reader';

/** Why the role changed: first decision, another tab took over, or this tab got the lock. */
export type RoleReason = 'opened' | 'taken-over' | 'acquired';

type Message =
  | { type: 'take-over'; mapId: string; from: string }
  | { type: 'handed-over'; mapId: string; to: string }
  | { type: 'saved'; mapId: string; from: string }
  | { type: 'leaving'; mapId: string; from: string };

interface Channel {
  postMessage(message: Message): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Message>) => void): void;
  close(): void;
}

export interface MapLockOptions {
  mapId: string;
  /** Default `navigator.locks`. */
  locks?: LockManager | undefined;
  /** Default `new BroadcastChannel('kring-demo-maps')`. */
  channel?: Channel | undefined;
  /** Called when the role changes; a `writer` role after `reader` means: load the map again, then edit. */
  onrole: (role: LockRole, reason: RoleReason) => void;
  /** The writer is asked to hand over: save everything still pending. */
  beforeHandOver: () => Promise<void>;
  /** Another tab (the writer) saved this map. */
  onremotesave?: () => void;
  /** How long a newly opened page waits for the lock before it shows the map read-only. Default 1 s. */
  waitMs?: number;
  /** How long a take-over waits for the writer's answer before it takes the lock anyway. Default 3 s. */
  takeOverTimeoutMs?: number;
  /** How often a reader checks whether the lock has become free. Default 5 s. */
  pollMs?: number;
  /** Where to listen for `pagehide` (default globalThis). */
  windowTarget?: EventTarget;
}

export const LOCK_PREFIX = 'kring-demo-map:';
export const CHANNEL_NAME = 'kring-demo-maps';

export class MapLock {
  role: LockRole = 'pending';
  readonly tabId = crypto.randomUUID();
  readonly #options: MapLockOptions;
  readonly #locks: LockManager | undefined;
  readonly #channel: Channel | undefined;
  #release: (() => void) | undefined;
  #disposed = false;
  #handedOver: (() => void) | undefined;
  #poll: ReturnType<typeof setTimeout> | undefined;
  readonly #onPageHide = () => this.#leaving();

  constructor(options: MapLockOptions) {
    this.#options = options;
    this.#locks = 'locks' in options ? options.locks : globalThis.navigator?.locks;
    const channel =
      'channel' in options
        ? options.channel
        : typeof BroadcastChannel === 'function'
          ? (new BroadcastChannel(CHANNEL_NAME) as Channel)
          : undefined;
    this.#channel = channel;
    channel?.addEventListener('message', (event) => void this.#onMessage(event.data));
    (options.windowTarget ?? globalThis).addEventListener('pagehide', this.#onPageHide);
  }

  get #name(): string {
    return LOCK_PREFIX + this.#options.mapId;
  }

  /** Asks for the lock; the role becomes `writer`, or `reader` after `waitMs` when another tab holds it. */
  start(): void {
    if (!this.#locks) {
      this.#setRole('writer', 'opened');
      return;
    }
    // Waits in line briefly: a page reloaded by the writer gets the lock once the old page has let go.
    const waitMs = this.#options.waitMs ?? 1000;
    void this.#request({ signal: AbortSignal.timeout(waitMs) }).then(() => {
      if (this.role !== 'pending' || this.#disposed) return;
      this.#setRole('reader', 'opened');
      this.#tryLater(this.#options.pollMs ?? 5000);
    });
  }

  /** Tells readers that the map was saved (they show the saved map). */
  announceSave(): void {
    this.#post({ type: 'saved', mapId: this.#options.mapId, from: this.tabId });
  }

  /** A reader takes the map over: the writer saves and turns read-only, and this tab becomes the writer. */
  async takeOver(): Promise<void> {
    if (this.role === 'writer' || !this.#locks || this.#disposed) return;
    const answered = new Promise<void>((resolve) => {
      this.#handedOver = resolve;
      setTimeout(resolve, this.#options.takeOverTimeoutMs ?? 3000);
    });
    this.#post({ type: 'take-over', mapId: this.#options.mapId, from: this.tabId });
    await answered;
    this.#handedOver = undefined;
    // The role may have changed while waiting (the writer closed and this tab got the lock).
    if (this.#disposed || (this.role as LockRole) === 'writer') return;
    // Resolves once the stolen lock is held (the request itself settles only when it is given up).
    await new Promise<void>((granted) => void this.#request({ steal: true }, granted));
  }

  /** Gives the lock up (leaving the page) and stops listening. */
  dispose(): void {
    this.#leaving();
    this.#disposed = true;
    clearTimeout(this.#poll);
    this.#release?.();
    this.#release = undefined;
    this.#channel?.close();
    (this.#options.windowTarget ?? globalThis).removeEventListener('pagehide', this.#onPageHide);
  }

  #leaving(): void {
    if (this.role === 'writer' && !this.#disposed)
      this.#post({ type: 'leaving', mapId: this.#options.mapId, from: this.tabId });
  }

  /** As a reader: takes the lock after `ms` if it is free then, else tries again later. */
  #tryLater(ms: number): void {
    clearTimeout(this.#poll);
    this.#poll = setTimeout(() => {
      if (this.#disposed || this.role === 'writer') return;
      void this.#request({ ifAvailable: true }, undefined, () =>
        this.#tryLater(this.#options.pollMs ?? 5000),
      );
    }, ms);
  }

  /**
   * Requests the lock and holds it until released or stolen; `granted` is called once it is held (or the
   * request failed). Resolves once the lock is no longer held.
   */
  async #request(options: LockOptions, granted?: () => void, unavailable?: () => void): Promise<void> {
    const locks = this.#locks;
    if (!locks) return;
    try {
      await locks.request(this.#name, options, (lock) => {
        if (!lock) {
          unavailable?.();
          return undefined;
        }
        if (this.#disposed) return undefined;
        this.#setRole('writer', this.role === 'pending' ? 'opened' : 'acquired');
        granted?.();
        return new Promise<void>((resolve) => (this.#release = resolve));
      });
    } catch {
      // Stolen by a tab that took over, or not granted within the wait (the promise rejects).
    } finally {
      granted?.();
    }
    this.#release = undefined;
    if (!this.#disposed && this.role === 'writer') {
      this.#setRole('reader', 'taken-over');
      this.#tryLater(this.#options.pollMs ?? 5000);
    }
  }

  async #onMessage(message: Message): Promise<void> {
    if (this.#disposed || message.mapId !== this.#options.mapId) return;
    if (message.type === 'take-over' && message.from !== this.tabId && this.role === 'writer') {
      this.#setRole('reader', 'taken-over');
      try {
        await this.#options.beforeHandOver();
      } finally {
        this.#post({ type: 'handed-over', mapId: message.mapId, to: message.from });
        this.#tryLater(this.#options.pollMs ?? 5000);
      }
    } else if (message.type === 'handed-over' && message.to === this.tabId) {
      this.#handedOver?.();
    } else if (message.type === 'saved' && message.from !== this.tabId && this.role !== 'writer') {
      this.#options.onremotesave?.();
    } else if (message.type === 'leaving' && message.from !== this.tabId && this.role === 'reader') {
      // A reloading writer asks for the lock at once and waits up to `waitMs`: give it that chance.
      this.#tryLater((this.#options.waitMs ?? 1000) + 500);
    }
  }

  #post(message: Message): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // a closed channel: nobody left to tell
    }
  }

  #setRole(role: LockRole, reason: RoleReason): void {
    if (this.role === role) return;
    this.role = role;
    this.#options.onrole(role, reason);
  }
}
