/**
 * Runs a GEDCOM import in a Web Worker (import.worker.ts, a same-origin module file built beside the page's
 * scripts; the page's CSP allows it with `worker-src 'self'`), with progress and a cancel that ends the
 * worker. Where no worker can be made (or its script does not load), the import runs on the page's thread
 * instead, after one frame so the progress bar shows; royal92 takes a tenth of a second there.
 */
import { importGedcom, type ImportResult } from '@kring/gedcom';
import type { ImportReply, ImportRequest } from './import-protocol.js';

export interface ImportJob {
  /** The import's result; never settles once cancelled. */
  result: Promise<ImportResult>;
  /** Where the work ran: in a worker, or on the page's thread. */
  readonly where: 'worker' | 'page';
  /** Stops the work: the worker is ended (or the page's import not started). */
  cancel(): void;
}

export interface ImportJobOptions {
  onprogress?: (fraction: number) => void;
  /** Test seam for the fallback: make the worker (default: the real one). */
  makeWorker?: () => Worker;
}

function realWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gedcom-import',
  });
}

function onPage(request: ImportRequest, onprogress?: (fraction: number) => void): ImportJob {
  let cancelled = false;
  const result = new Promise<ImportResult>((resolve, reject) => {
    onprogress?.(0);
    setTimeout(() => {
      if (cancelled) return;
      const { bytes, ...choices } = request;
      try {
        resolve(importGedcom(bytes, choices));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 16);
  });
  return {
    result,
    where: 'page',
    cancel: () => {
      cancelled = true;
    },
  };
}

/** Starts importing `request.bytes` with the dialog's choices. */
export function startImport(request: ImportRequest, options: ImportJobOptions = {}): ImportJob {
  let worker: Worker;
  try {
    worker = (options.makeWorker ?? realWorker)();
  } catch {
    return onPage(request, options.onprogress);
  }
  let fallback: ImportJob | undefined;
  let cancelled = false;
  const result = new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (cancelled) return;
      if (data.type === 'progress') options.onprogress?.(data.fraction);
      else {
        worker.terminate();
        resolve(data.result);
      }
    };
    // The script did not load, or the worker died: do the work here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (cancelled || fallback) return;
      fallback = onPage(request, options.onprogress);
      fallback.result.then(resolve, reject);
    };
    options.onprogress?.(0);
    worker.postMessage(request);
  });
  return {
    result,
    get where() {
      return fallback ? 'page' : 'worker';
    },
    cancel() {
      cancelled = true;
      worker.terminate();
      fallback?.cancel();
    },
  };
}
