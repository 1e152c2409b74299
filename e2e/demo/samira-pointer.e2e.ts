/**
 * Issue 10's intake built in the demo by pointer — the counterpart of samira.e2e.ts (keyboard only). With the
 * mouse at 1440×900: the toolbar's buttons, Shift+click to select several, the context menu by right click,
 * a link drawn by dragging from one symbol to another ("Verbinding tekenen"), a person dragged out of the
 * tray "Nog niet in deze kaart" onto the circle. With touch on a 390×844 phone: taps, the context menu by a
 * long press, tap-to-link (the link tool, a tap on each symbol), the tray's buttons. Client Samira (15); mother
 * Fatima and father Karim, divorced in 2019 with no known wedding date; brother Yusuf; oma Aicha who lives
 * with them; an interaction line between Samira and oma; friend Lotte, neighbour mevrouw De Boer, the
 * mentor at school and the jeugdconsulent in the network circle. Only the names and the year are typed. The
 * document is read back after a reload; axe finds nothing.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { axeViolations, downloadText, fromFileMenu, openDemo, type Demo } from './harness.js';

interface Saved {
  focus: string;
  persons: { id: string; name: string; birth?: string }[];
  organisations: { id: string; name: string }[];
  partnerships: { a: string; b: string; events: { kind: string; date?: string }[] }[];
  parentChild: { parent: string; child: string }[];
  households: { members: string[]; current?: boolean }[];
  emotional: { a: string; b: string; kind: string }[];
  ties: { from: string; to: string; ring?: number; sector?: string }[];
}

/** How the hand works: a mouse, or a finger. */
interface Hand {
  phone: boolean;
  /** Click or tap an element. */
  press(target: Locator): Promise<void>;
  /** Click or tap a spot of the page. */
  pressAt(x: number, y: number): Promise<void>;
  /** The context menu of a symbol: right click, or a long press. */
  menu(target: Locator): Promise<void>;
  /** Link two symbols: drag from one to the other with the link tool, or tap one, then the other. */
  link(from: Locator, to: Locator): Promise<void>;
}

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

async function centre(target: Locator): Promise<{ x: number; y: number }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function mouse(page: Page): Hand {
  return {
    phone: false,
    press: (target) => target.click(),
    pressAt: (x, y) => page.mouse.click(x, y),
    menu: (target) => target.click({ button: 'right' }),
    async link(from, to) {
      await page.getByRole('button', { name: 'Verbinding tekenen' }).click();
      const a = await centre(from);
      const b = await centre(to);
      await page.mouse.move(a.x, a.y);
      await page.mouse.down();
      await page.mouse.move(b.x, b.y, { steps: 10 });
      await page.mouse.up();
    },
  };
}

function touch(page: Page, cdp: CDPSession): Hand {
  const tapAt = (x: number, y: number) => page.touchscreen.tap(x, y);
  return {
    phone: true,
    press: (target) => target.tap(),
    pressAt: tapAt,
    async menu(target) {
      const { x, y } = await centre(target);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await page.getByRole('menu').waitFor({ timeout: 3000 }); // the long press (550 ms) opens it
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
    async link(from, to) {
      await openTool(page, this, 'Verbinding tekenen');
      const a = await centre(from);
      await tapAt(a.x, a.y);
      await page
        .getByText(/^Kies wie je met .* wilt verbinden\.$/)
        .first()
        .waitFor({ state: 'attached' });
      const b = await centre(to);
      await tapAt(b.x, b.y);
    },
  };
}

/**
 * A toolbar button, from the toolbar or its "Meer" menu when the toolbar is too narrow for it. A tool that
 * stays on (the link tool) is left alone when it is on already.
 */
async function openTool(page: Page, hand: Hand, name: string): Promise<void> {
  const editor = page.locator('.kring-editor');
  const direct = editor.getByRole('toolbar').getByRole('button', { name, exact: true });
  if (await direct.isVisible()) {
    if ((await direct.getAttribute('aria-pressed')) !== 'true') await hand.press(direct);
    return;
  }
  await hand.press(editor.getByRole('button', { name: /^Meer/ }));
  // A tool that stays on is a menuitemcheckbox; an action a menuitem.
  const item = page.locator('[role="menu"] [role^="menuitem"]').filter({ hasText: name });
  if ((await item.getAttribute('aria-checked')) === 'true') await page.keyboard.press('Escape');
  else await hand.press(item);
}

const nodeOf = (page: Page, name: string) =>
  page.locator(`.kring-editor .kring-node[aria-label^="${name},"]`);

/** A symbol in the drawing by its name, brought into the visible drawing first ("Passend maken") if need be. */
async function symbol(page: Page, hand: Hand, name: string): Promise<Locator> {
  const node = nodeOf(page, name);
  await node.waitFor();
  // On a phone the side panel, when opened by hand, lies below the drawing and may cover it: close it first.
  const hide = page.getByRole('button', { name: 'Zijpaneel verbergen' });
  if (hand.phone && (await hide.isVisible())) await hand.press(hide);
  const inside = async () => {
    const canvas = await page.locator('.kring-editor svg.kring-canvas').boundingBox();
    const box = await node.boundingBox();
    if (!canvas || !box) return false;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const viewport = page.viewportSize()!;
    return (
      x > canvas.x &&
      x < canvas.x + canvas.width &&
      y > canvas.y &&
      y < canvas.y + canvas.height &&
      x > 0 &&
      x < viewport.width &&
      y > 0 &&
      y < viewport.height
    );
  };
  if (!(await inside())) {
    await page.locator('.kring-editor svg.kring-canvas').scrollIntoViewIfNeeded();
    if (!(await inside())) await openTool(page, hand, 'Passend maken');
  }
  return node;
}

/**
 * Works in the side panel (the inspector): opens it when it is closed and, on a phone, where the open panel
 * lies over the drawing, closes it again afterwards.
 */
async function inPanel(page: Page, hand: Hand, work: () => Promise<void>) {
  const show = page.getByRole('button', { name: 'Zijpaneel tonen' });
  if (await show.isVisible()) await hand.press(show);
  await work();
  if (hand.phone) await hand.press(page.getByRole('button', { name: 'Zijpaneel verbergen' }));
}

/** Types a name into the inspector's name field (the one thing the hand cannot do). */
async function name(page: Page, hand: Hand, value: string) {
  await inPanel(page, hand, async () => {
    const field = page.locator('.kring-editor').getByRole('textbox', { name: 'Naam', exact: true });
    await hand.press(field);
    await field.fill(value);
    await field.press('Tab');
  });
  await expect.poll(() => nodeOf(page, value).count()).toBe(1);
}

/** Adds a relative of `of` with the toolbar's "… toevoegen" and names it. */
async function relative(page: Page, hand: Hand, of: string, kind: string, value: string) {
  await hand.press(await symbol(page, hand, of));
  await hand.press(page.getByRole('button', { name: `${kind} toevoegen`, exact: true }));
  await name(page, hand, value);
}

/**
 * A spot of the drawing: its middle moved by `dx`, `dy` times half its smaller side (so the same spot of
 * the network circle on a wide screen and on a tall phone).
 */
async function spot(page: Page, dx: number, dy: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.kring-editor svg.kring-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no drawing');
  const half = Math.min(box.width, box.height) / 2;
  return { x: box.x + box.width / 2 + dx * half, y: box.y + box.height / 2 + dy * half };
}

/** Places a new person (or organisation) with the toolbar's tool at a spot of the drawing, and names it. */
async function place(page: Page, hand: Hand, tool: string, fx: number, fy: number, value: string) {
  await openTool(page, hand, tool);
  const at = await spot(page, fx, fy);
  await hand.pressAt(at.x, at.y);
  await name(page, hand, value);
}

/** Runs the context menu's item for what is selected now, opened on `on`. */
async function fromMenu(page: Page, hand: Hand, on: string, item: RegExp) {
  await hand.menu(await symbol(page, hand, on));
  const menu = page.getByRole('menu');
  await hand.press(menu.getByRole('menuitem', { name: item }));
  await menu.waitFor({ state: 'detached' });
}

async function build(page: Page, hand: Hand, phone: boolean) {
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  await page.getByLabel('Naam van de cliënt').fill('Samira');
  await hand.press(page.getByRole('button', { name: 'Kaart maken' }));
  await page.getByRole('heading', { level: 1, name: 'Netwerk van Samira' }).waitFor();
  await nodeOf(page, 'Samira').waitFor();
  // Samira is 15: her birth year in the inspector (the side panel starts closed: the drawing gets the screen).
  await hand.press(await symbol(page, hand, 'Samira'));
  await inPanel(page, hand, async () => {
    const born = page.locator('.kring-editor').getByRole('textbox', { name: /^Geboren/ });
    await hand.press(born);
    await born.fill('2011');
    await born.press('Tab');
  });

  // Parents, brother and oma (Fatima's mother) by the toolbar's relative buttons.
  await relative(page, hand, 'Samira', 'Ouder', 'Fatima');
  await relative(page, hand, 'Samira', 'Ouder', 'Karim');
  await relative(page, hand, 'Samira', 'Broer of zus', 'Yusuf');
  await relative(page, hand, 'Fatima', 'Ouder', 'oma Aicha');

  // Fatima and Karim divorced in 2019, their wedding date unknown: the couple in the inspector.
  await hand.press(await symbol(page, hand, 'Fatima'));
  await inPanel(page, hand, async () => {
    await hand.press(page.getByRole('button', { name: /^Karim \(huwelijk\)/ }));
    await page.getByRole('heading', { name: 'Relatie: Fatima en Karim' }).waitFor();
    await page.getByRole('combobox', { name: 'Nieuwe gebeurtenis' }).selectOption({ label: 'gescheiden' });
    await hand.press(page.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
    await expect
      .poll(() => page.locator('.kring-inspector [role="status"]').first().textContent())
      .toContain('Ook "getrouwd" (zonder datum) toegevoegd vóór "gescheiden"');
    const when = page
      .locator('.kring-inspector')
      .getByRole('textbox', { name: /^Wanneer/ })
      .last();
    await hand.press(when);
    await when.fill('2019');
    await when.press('Tab');
  });

  // Oma lives with them: with the mouse, four selected by Shift+click and the context menu; on a phone,
  // linking oma to Samira ("wonen samen"), then the others by the same link to oma.
  if (!phone) {
    await (await symbol(page, hand, 'Samira')).click();
    for (const who of ['Fatima', 'Yusuf', 'oma Aicha'])
      await (await symbol(page, hand, who)).click({ modifiers: ['Shift'] });
    await fromMenu(page, hand, 'oma Aicha', /wonen samen$/);
  } else {
    await hand.link(await symbol(page, hand, 'Samira'), await symbol(page, hand, 'oma Aicha'));
    await hand.press(page.getByRole('menu').getByRole('menuitem', { name: /wonen samen$/ }));
  }

  // An interaction line between Samira and oma: a link drawn from one to the other, chosen in its menu.
  await hand.link(await symbol(page, hand, 'Samira'), await symbol(page, hand, 'oma Aicha'));
  await hand.press(
    page
      .getByRole('menu')
      .getByRole('menuitem', { name: /^Relatielijn tussen (Samira en oma Aicha|oma Aicha en Samira)/ }),
  );
  await page.getByRole('menu').waitFor({ state: 'detached' });

  // The network circle: Karim out of the tray (dragged, or its button), then the close family in one go.
  await hand.press(page.locator('.kring-editor').getByRole('button', { name: 'sociogram', exact: true }));
  await hand.press(page.getByRole('button', { name: /^Nog niet in deze kaart: \d+$/ }));
  const karim = page.getByRole('button', { name: 'Karim plaatsen' });
  if (!phone) {
    const canvas = page.locator('.kring-editor svg.kring-canvas');
    const box = (await canvas.boundingBox())!;
    const at = await spot(page, -0.35, -0.3);
    await karim.dragTo(canvas, { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
  } else await hand.press(karim);
  await nodeOf(page, 'Karim').waitFor();
  await hand.press(page.getByRole('button', { name: 'Gezin en naaste familie plaatsen' }));
  await nodeOf(page, 'oma Aicha').waitFor();

  await place(page, hand, 'Persoon toevoegen', 0.25, -0.45, 'Lotte');
  await place(page, hand, 'Persoon toevoegen', 0.45, 0.25, 'mevrouw De Boer');
  await place(page, hand, 'Persoon toevoegen', -0.3, 0.45, 'meneer Visser (mentor)');
  await place(page, hand, 'Organisatie toevoegen', -0.5, -0.1, 'Jeugdconsulent gemeente');
}

async function check(page: Page, d: Demo, phone: boolean) {
  expect(await axeViolations(page)).toEqual([]);
  await page.getByText('Opgeslagen op dit apparaat').waitFor({ state: 'attached' });
  await d.reload();
  await page.getByRole('heading', { level: 1, name: 'Netwerk van Samira' }).waitFor();
  const { text } = await downloadText(page, () => fromFileMenu(page, '.kring.json downloaden'));
  const doc = JSON.parse(text) as Saved;
  const id = (n: string) =>
    doc.persons.find((p) => p.name === n)?.id ?? doc.organisations.find((o) => o.name === n)?.id;
  const [samira, fatima, karim, yusuf, oma] = ['Samira', 'Fatima', 'Karim', 'Yusuf', 'oma Aicha'].map(id);
  expect(doc.focus).toBe(samira);
  expect(doc.persons.find((p) => p.id === samira)?.birth).toBe('2011');
  const couple = doc.partnerships.find((p) => [p.a, p.b].sort().join() === [fatima, karim].sort().join())!;
  expect(couple.events).toEqual([{ kind: 'married' }, { kind: 'divorced', date: '2019' }]);
  for (const parent of [fatima, karim])
    for (const child of [samira, yusuf])
      expect(doc.parentChild).toContainEqual(expect.objectContaining({ parent, child }));
  expect(doc.households).toHaveLength(1);
  expect(doc.households[0]!.current).toBe(true);
  expect([...doc.households[0]!.members].sort()).toEqual(
    (phone ? [samira, oma] : [samira, fatima, yusuf, oma]).map(String).sort(),
  );
  expect(doc.emotional).toEqual([expect.objectContaining({ kind: 'close' })]);
  expect([doc.emotional[0]!.a, doc.emotional[0]!.b].sort()).toEqual([samira, oma].map(String).sort());
  const tied = doc.ties.filter((t) => t.from === samira).map((t) => t.to);
  for (const n of [
    'Fatima',
    'Karim',
    'Yusuf',
    'oma Aicha',
    'Lotte',
    'mevrouw De Boer',
    'meneer Visser (mentor)',
    'Jeugdconsulent gemeente',
  ])
    expect(tied, n).toContain(id(n));
  // Oma (who lives with them) in the inner ring; everyone placed by the mouse, by touch or in one go has a
  // ring (on the phone Karim was placed from the tray with the ring "none yet"; placing the family gives it).
  expect(doc.ties.find((t) => t.to === oma)?.ring).toBe(1);
  expect(doc.ties.find((t) => t.to === karim)?.ring).toBe(2);
  expect(doc.ties.filter((t) => t.ring === undefined)).toEqual([]);
  expect(d.consoleErrors).toEqual([]);
}

test('the Samira network by mouse at 1440×900, read back after a reload', async () => {
  demo = await openDemo({ viewport: { width: 1440, height: 900 } });
  await demo.markLoaded();
  const { page } = demo;
  await build(page, mouse(page), false);
  await check(page, demo, false);
});

test('the Samira network by touch on a 390×844 phone, read back after a reload', async () => {
  demo = await openDemo({ viewport: { width: 390, height: 844 }, touch: true });
  await demo.markLoaded();
  const { page } = demo;
  const cdp = await page.context().newCDPSession(page);
  await build(page, touch(page, cdp), true);
  await check(page, demo, true);
});
