import { Component, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Formulier } from './formulier';
import { Tekstveld } from './tekstveld';
import { GEDEELD_TEKSTEN as T } from './teksten';

/**
 * For the public (no sign-in, so no gemeente yet): asks which gemeente to read, by the short name of its web address,
 * and puts it in the page's `?gemeente=` so the page reads that gemeente's public data.
 */
@Component({
  selector: 'app-gemeente-kiezer',
  imports: [Tekstveld],
  template: `
    <form class="formulier" novalidate (submit)="$event.preventDefault(); lees()">
      <p class="utrecht-paragraph">{{ vraag() }}</p>
      <app-tekstveld veldId="gemeente" [label]="T.gemeenteSlug" [uitleg]="T.gemeenteSlugUitleg" autocomplete="off" [verplicht]="true"
        [fouten]="formulier.van('gemeente')" [(waarde)]="slug" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{{ knop() }}</button>
      </div>
    </form>
  `,
})
export class GemeenteKiezer {
  protected readonly T = T;
  /** The question above the field: "Van welke gemeente wilt u … lezen?" */
  readonly vraag = input.required<string>();
  readonly knop = input.required<string>();
  private readonly router = inject(Router);
  protected readonly slug = signal('');
  protected readonly formulier = new Formulier({ gemeente: T.gemeenteSlug });

  lees(): void {
    const slug = this.slug().trim().toLowerCase();
    if (!this.formulier.controleer({ gemeente: slug ? [] : [T.gemeenteSlugVerplicht] })) return;
    void this.router.navigate([], { queryParams: { gemeente: slug } });
  }
}
