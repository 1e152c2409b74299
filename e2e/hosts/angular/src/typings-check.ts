// Type-checked with the host (angular/tsconfig.check.json, ngc with strictTemplates), never built: what the
// element's typings must refuse in Angular. In the class an `@ts-expect-error` that finds no error fails the
// check; a template has no such comment: e2e/hosts.e2e.ts requires an error from ngc on the line after each
// `<!-- refused: … -->` and on no other line, so typings gone loose fail too.
// Angular does not type-check property bindings on custom elements (`[view]="'tree'"` on <kring-editor>
// passes): KringMap's inputs carry the element's property types instead, and those are checked.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { KringDocument } from '@kring/core';
import type { KringChangeDetail, KringSelectionChangeDetail } from '@kring/svelte/element';
import { KringMap } from './kring-map';

@Component({
  selector: 'typings-check',
  imports: [KringMap],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- refused: the detail of kringchange has no doc -->
    <kring-editor (kringchange)="save($event.detail.doc)" />
    <!-- refused: the detail of kringselectionchange is { ids } -->
    <kring-editor (kringselectionchange)="$event.detail.api.fit()" />
    <!-- refused: the reader's problems are not numbers -->
    <kring-editor (kringerror)="$event.detail.problems.push(1)" />
    <!-- refused: not a document -->
    <kring-map [doc]="42" />
    <!-- refused: not a locale -->
    <kring-map [doc]="'{}'" locale="de" />
    <!-- accepted: the typed details -->
    <kring-editor (kringready)="$event.detail.api.fit()" (kringchange)="save($event.detail.document)" />
  `,
})
export class TypingsCheck {
  save = (document: KringDocument): number => document.persons.length;
  readonly el: HTMLElementTagNameMap['kring-editor'] = document.createElement('kring-editor');
  change(detail: KringChangeDetail): KringSelectionChangeDetail {
    // @ts-expect-error — the element's view is one of the three
    this.el.view = 'tree';
    // @ts-expect-error — no such property
    this.el.locales = 'en';
    return { ids: detail.document.persons.map((p) => p.id) };
  }
}
