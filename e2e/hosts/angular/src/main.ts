// The Angular host page (AOT, zoneless): KringMap (the example in docs/embedding.md) with the test's
// controls, which change its inputs through signals.
import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { broken, doc } from '../../host-kit/host';
import { KringMap } from './kring-map';

@Component({
  selector: 'kring-host',
  imports: [KringMap],
  template: `
    <button id="nl" (click)="locale.set('nl')">nl</button>
    <button id="break" (click)="document.set(broken)">break</button>
    <kring-map [doc]="document()" [locale]="locale()" />
  `,
})
class Host {
  readonly document = signal<object | string>(doc);
  readonly locale = signal<HTMLElementTagNameMap['kring-editor']['locale']>('en');
  readonly broken = broken;
}

bootstrapApplication(Host, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);
