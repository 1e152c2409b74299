import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import '@kring/svelte/element';
import { save, report } from '../../host-kit/host';

type Kring = HTMLElementTagNameMap['kring-editor'];
@Component({ selector: 'kring-map', schemas: [CUSTOM_ELEMENTS_SCHEMA], template: `
  <kring-editor [document]="doc()" [locale]="locale()" style="height: 600px" (kringready)="$event.detail.api.fit()"
    (kringchange)="save($event.detail.document)" (kringerror)="report($event.detail.problems)" />` })
export class KringMap { doc = input.required<Kring['document']>(); locale = input<Kring['locale']>('en'); save = save; report = report; }
