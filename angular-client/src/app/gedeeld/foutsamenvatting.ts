import { Component, ElementRef, effect, inject, input } from '@angular/core';

export interface VeldFout {
  veldId: string;
  label: string;
  berichten: readonly string[];
}

/** Error summary above a form: links to the fields; receives focus when it appears. */
@Component({
  selector: 'app-foutsamenvatting',
  template: `
    @if (fouten().length > 0 || algemeen().length > 0) {
      <div class="utrecht-alert utrecht-alert--error foutsamenvatting" role="alert" tabindex="-1">
        <div class="utrecht-alert__content">
          <p class="utrecht-paragraph"><strong>{{ titel() }}</strong></p>
          <ul class="utrecht-unordered-list">
            @for (a of algemeen(); track a) { <li class="utrecht-unordered-list__item">{{ a }}</li> }
            @for (f of fouten(); track f.veldId) {
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" [href]="'#' + f.veldId" (click)="focus($event, f.veldId)">{{ f.label }}: {{ f.berichten.join(' ') }}</a>
              </li>
            }
          </ul>
        </div>
      </div>
    }
  `,
})
export class Foutsamenvatting {
  readonly titel = input.required<string>();
  readonly fouten = input<readonly VeldFout[]>([]);
  readonly algemeen = input<readonly string[]>([]);
  private readonly el = inject(ElementRef<HTMLElement>);

  constructor() {
    effect(() => {
      if (this.fouten().length > 0 || this.algemeen().length > 0) {
        queueMicrotask(() => (this.el.nativeElement.querySelector('.foutsamenvatting') as HTMLElement | null)?.focus());
      }
    });
  }

  focus(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }
}
