import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import '@kring/svelte/element';
import { save, report } from '../../shared/host';

@Component({ selector: 'kring-map', schemas: [CUSTOM_ELEMENTS_SCHEMA], template: `
  <kring-editor [document]="doc()" [locale]="locale()" style="height: 600px" (kringready)="$any($event).detail.api.fit()"
    (kringchange)="save($any($event).detail.document)" (kringerror)="report($any($event).detail.problems)" />` })
export class KringMap { doc = input.required<object | string>(); locale = input('en'); save = save; report = report; }
