import { Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { BeleidskadersClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** The griffie (or a gemeente-beheerder) records that the raad adopted a proposal: date, reference and link of the raadsbesluit. */
@Component({
  selector: 'app-kader-vaststellen',
  imports: [RouterLink, Laadblok, Tekstveld, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.vaststellenTitel }}</h1>
    <app-laadblok [bron]="kader" [ladenTekst]="T.laden" />
    @if (kader.waarde(); as k) {
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ T.versieKop(k.versie, k.titel) }}</p>
      @if (k.status !== 'terBesluitvorming') {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.nietTerBesluitvorming }}</p></div>
      } @else {
        <p class="utrecht-paragraph">{{ T.vaststellenIntro }}</p>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate (submit)="$event.preventDefault(); stelVast()">
          <app-tekstveld veldId="datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
          <app-tekstveld veldId="kenmerk" [label]="T.kenmerk" [uitleg]="T.kenmerkUitleg" autocomplete="off" [maxlength]="100" [verplicht]="true"
            [fouten]="formulier.van('kenmerk')" [(waarde)]="kenmerk" />
          <app-tekstveld veldId="documentUrl" type="url" [label]="T.documentUrl" [uitleg]="T.documentUrlUitleg" autocomplete="url" [maxlength]="500"
            [fouten]="formulier.van('documentUrl')" [(waarde)]="documentUrl" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
              [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.vaststellen }}</button>
            <a class="utrecht-link" [routerLink]="['/beleidskader/versies', id()]">{{ T.annuleren }}</a>
          </div>
        </form>
      }
    }
  `,
})
export class KaderVaststellen {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(BeleidskadersClient);
  private readonly router = inject(Router);
  protected readonly kader = laadbaar({ params: () => this.id(), laad: (id) => this.client.getBeleidskader(id) });
  protected readonly datum = signal('');
  protected readonly kenmerk = signal('');
  protected readonly documentUrl = signal('');
  protected readonly formulier = new Formulier({ datum: T.datum, kenmerk: T.kenmerk, documentUrl: T.documentUrl });

  stelVast(): void {
    const datum = this.datum();
    const kenmerk = this.kenmerk().trim();
    const documentUrl = this.documentUrl().trim() || null;
    if (!this.formulier.controleer({ datum: datum ? [] : [T.datumVerplicht], kenmerk: kenmerk ? [] : [T.kenmerkVerplicht] })) return;
    this.formulier.verstuur(
      () => this.client.adoptBeleidskader(this.id(), { datum, kenmerk, documentUrl }),
      () => void this.router.navigate(['/beleidskader']),
    );
  }
}
