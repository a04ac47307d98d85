import { Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { GemeentenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

/** Create a gemeente; the API's field errors (problem+json `errors`) appear next to the fields. */
@Component({
  selector: 'app-gemeente-nieuw',
  imports: [RouterLink, Tekstveld, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwIntro }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate (submit)="$event.preventDefault(); verstuur()">
      <app-tekstveld veldId="naam" [label]="T.naam" [uitleg]="T.naamUitleg" [verplicht]="true" autocomplete="off"
        [fouten]="formulier.van('naam')" [(waarde)]="naam" />
      <app-tekstveld veldId="slug" [label]="T.slug" [uitleg]="T.slugUitleg" [verplicht]="true" autocomplete="off"
        [fouten]="formulier.van('slug')" [(waarde)]="slug" />
      <app-tekstveld veldId="gemeentecode" [label]="T.gemeentecode" [uitleg]="T.gemeentecodeUitleg" [verplicht]="true"
        autocomplete="off" [maxlength]="6" [fouten]="formulier.van('gemeentecode')" [(waarde)]="gemeentecode" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null"
          [class.utrecht-button--busy]="formulier.bezig()">{{ formulier.bezig() ? T.bezigToevoegen : T.toevoegen }}</button>
        <a class="utrecht-link" routerLink="/gemeenten">{{ T.annuleren }}</a>
      </div>
    </form>
  `,
})
export class GemeenteNieuw {
  protected readonly T = T;
  private readonly client = inject(GemeentenClient);
  private readonly router = inject(Router);
  protected readonly naam = signal('');
  protected readonly slug = signal('');
  protected readonly gemeentecode = signal('');
  protected readonly formulier = new Formulier({ naam: T.naam, slug: T.slug, gemeentecode: T.gemeentecode });

  verstuur(): void {
    if (this.formulier.bezig()) return;
    const invoer = { naam: this.naam().trim(), slug: this.slug().trim().toLowerCase(), gemeentecode: this.gemeentecode().trim().toUpperCase() };
    const leeg = (w: string) => (w ? [] : [T.verplicht]);
    if (!this.formulier.controleer({ naam: leeg(invoer.naam), slug: leeg(invoer.slug), gemeentecode: leeg(invoer.gemeentecode) })) return;
    this.formulier.verstuur(
      () => this.client.createGemeente({ ...invoer, actief: true }),
      (g) => void this.router.navigate(['/gemeenten', g.slug]),
    );
  }
}
