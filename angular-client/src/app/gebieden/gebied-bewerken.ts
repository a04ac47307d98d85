import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { GebiedenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

/** Edit naam, pilot and parent of an area (PUT /gebieden/{id}); gemeente-beheerder and beleidsmedewerker. */
@Component({
  selector: 'app-gebied-bewerken',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Formulierveld, VeldInvoer],
  template: `
    @if (gebied(); as g) {
      <h1 class="utrecht-heading-1">{{ T.bewerkenTitel(g.weergavenaam) }}</h1>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); opslaan()">
        <app-tekstveld veldId="naam" [label]="T.naam" [uitleg]="T.naamUitleg" autocomplete="off" [maxlength]="200" [verplicht]="true"
          [fouten]="formulier.van('naam')" [(waarde)]="naam" />
        <app-formulierveld veldId="pilot" soort="checkbox" [label]="T.pilot" [fouten]="formulier.van('pilot')">
          <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="pilot()"
            (change)="pilot.set($any($event.target).checked)" />
        </app-formulierveld>
        <app-formulierveld veldId="ouderId" [label]="T.ouderLabel" [uitleg]="T.ouderUitleg" [fouten]="formulier.van('ouderId')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="ouderId.set($any($event.target).value || null)">
            <option value="" [selected]="!ouderId()">{{ T.geenOuder }}</option>
            @for (o of ouders(); track o.id) {
              <option [value]="o.id" [selected]="o.id === ouderId()">{{ o.weergavenaam }} ({{ T.soort[o.soort] }})</option>
            }
          </select>
        </app-formulierveld>
        @if (opgeslagen()) {
          <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.opgeslagen }}</p></div>
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigOpslaan : T.opslaan }}</button>
          <a class="utrecht-link" [routerLink]="['/wijken', g.id]">{{ T.annuleren }}</a>
        </div>
      </form>
    } @else {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
    }
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.detailLaden" />
  `,
})
export class GebiedBewerken {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(GebiedenClient);
  private readonly router = inject(Router);
  /** The area and the candidates for its parent (the gemeente and its wijken). */
  protected readonly gegevens = laadbaar({
    params: () => this.id(),
    laad: (id) =>
      forkJoin({
        gebied: this.client.getGebied(id),
        gemeenten: this.client.listGebieden(1, 100, 'gemeente', null),
        wijken: this.client.listGebieden(1, 100, 'wijk', null),
      }),
  });
  protected readonly gebied = computed(() => this.gegevens.waarde()?.gebied ?? null);
  /** Possible parents: the gemeente and its wijken (never the area itself). */
  protected readonly ouders = computed(() => {
    const g = this.gegevens.waarde();
    return g ? [...g.gemeenten.items, ...g.wijken.items].filter((k) => k.id !== this.id()) : [];
  });
  // The form starts from the loaded area.
  protected readonly naam = linkedSignal(() => this.gebied()?.naam ?? this.gebied()?.weergavenaam ?? '');
  protected readonly pilot = linkedSignal(() => this.gebied()?.pilot ?? false);
  protected readonly ouderId = linkedSignal<string | null>(() => this.gebied()?.ouderId ?? null);
  protected readonly opgeslagen = signal(false);
  protected readonly formulier = new Formulier({ naam: T.naam, pilot: T.pilot, ouderId: T.ouderLabel });

  opslaan(): void {
    if (this.formulier.bezig()) return;
    this.opgeslagen.set(false);
    const naam = this.naam().trim();
    if (!this.formulier.controleer({ naam: naam ? [] : [T.naamVerplicht] })) return;
    this.formulier.verstuur(
      () => this.client.updateGebied(this.id(), { naam, pilot: this.pilot(), ouderId: this.ouderId() }),
      (g) => {
        this.gegevens.werkBij((x) => ({ ...x, gebied: g }));
        this.opgeslagen.set(true);
        void this.router.navigate(['/wijken', g.id]);
      },
    );
  }
}
