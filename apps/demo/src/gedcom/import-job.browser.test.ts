/**
 * The GEDCOM import job: in a real module worker (the same file the build ships), with progress and a cancel
 * that ends the worker; on the page's thread when no worker can be made or its script does not load.
 */
import { importGedcom } from '@kring/gedcom';
import { describe, expect, test } from 'vitest';
import royal92 from '../../../../packages/gedcom/fixtures/public/royal92.ged?raw';
import { startImport } from './import-job.js';

const bytes = new TextEncoder().encode(royal92);
const REF = importGedcom(bytes);

describe('startImport', () => {
  test('imports royal92 in a worker, with rising progress, to what the page would make', async () => {
    const seen: number[] = [];
    const job = startImport(
      { bytes, focus: 'Victoria', generations: 2 },
      { onprogress: (f) => seen.push(f) },
    );
    expect(job.where).toBe('worker');
    const result = await job.result;
    expect(result.ok).toBe(true);
    if (!result.ok || !REF.ok) return;
    const expected = importGedcom(bytes, { focus: 'Victoria', generations: 2 });
    expect(expected.ok && result.document.persons.map((p) => p.id)).toEqual(
      expected.ok && expected.document.persons.map((p) => p.id),
    );
    expect(result.report.persons).toBeLessThan(REF.report.persons);
    expect(seen[0]).toBe(0);
    expect(seen.every((f, i) => f < 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });

  test('cancel ends the worker: no result and no progress after it', async () => {
    let worker: Worker | undefined;
    let terminated = false;
    const seen: number[] = [];
    const job = startImport(
      { bytes },
      {
        onprogress: (f) => seen.push(f),
        makeWorker: () => {
          worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
          const terminate = worker.terminate.bind(worker);
          worker.terminate = () => {
            terminated = true;
            terminate();
          };
          return worker;
        },
      },
    );
    job.cancel();
    expect(terminated).toBe(true);
    const outcome = await Promise.race([
      job.result.then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1500)),
    ]);
    expect(outcome).toBe('still waiting');
    expect(seen).toEqual([0]);
  });

  test('runs on the page when no worker can be made', async () => {
    const job = startImport(
      { bytes, focus: 'Victoria' },
      {
        makeWorker: () => {
          throw new DOMException('Workers are not allowed here', 'SecurityError');
        },
      },
    );
    expect(job.where).toBe('page');
    const result = await job.result;
    const expected = importGedcom(bytes, { focus: 'Victoria' });
    expect(result.ok && result.document.focus).toBe(expected.ok && expected.document.focus);
    expect(result.ok && result.document.focus).not.toBe(REF.ok && REF.document.focus);
  });

  test('runs on the page when the worker script does not load', async () => {
    const job = startImport(
      { bytes: new TextEncoder().encode('0 HEAD\n0 TRLR\n') },
      { makeWorker: () => new Worker('/no-such-worker.js', { type: 'module' }) },
    );
    const result = await job.result;
    expect(job.where).toBe('page');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message.key).toBe('interop.gedcom.noIndividuals');
  });
});
