import { Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { AdministratiesClient, HostorganisatiesClient, OrganisatiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SOORTEN_VAN_BEWONERS } from '../organisaties/organisatie-namen';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** The gemeente opens an administratie for a group without a legal entity of its own, kept by one of its hosts. */
@Component({
  selector: 'app-administratie-nieuw',
  imports: [Foutsamenvatting, Keuzeveld, Tekstveld],
  template: `
    <h1 class="utrecht-heading-1" id="nieuw-kop">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="nieuw-kop" (submit)="$event.preventDefault(); open()">
      <app-keuzeveld veldId="administratie-groep" [label]="T.groepLabel" [uitleg]="T.groepUitleg" [leeg]="T.kies" [keuzes]="groepen()"
        [fouten]="formulier.van('groep')" [(waarde)]="groepId" />
      <app-keuzeveld veldId="administratie-host" [label]="T.hostLabel" [leeg]="T.kies" [keuzes]="hosts.waarde() ?? []"
        [fouten]="formulier.van('host')" [(waarde)]="hostId" />
      <app-tekstveld veldId="administratie-startdatum" type="date" [label]="T.startLabel" [verplicht]="true" [fouten]="formulier.van('startdatum')"
        [(waarde)]="startdatum" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.openen }}</button>
      </div>
    </form>
  `,
})
export class AdministratieNieuw {
  protected readonly T = T;
  private readonly router = inject(Router);
  private readonly client = inject(AdministratiesClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly hostsClient = inject(HostorganisatiesClient);
  private readonly organisaties = laadbaar({
    laad: () => this.register.listOrganisaties(1, 100, null, null, null)
      .pipe(map((l) => l.items.filter((o) => o.status === 'actief' && SOORTEN_VAN_BEWONERS.includes(o.soort) && o.rechtsvorm === 'informeel'))),
  });
  protected readonly groepen = computed(() => (this.organisaties.waarde() ?? []).map((o) => ({ id: o.id, naam: o.naam })));
  protected readonly hosts = laadbaar({ laad: () => this.hostsClient.listHostorganisaties(1, 100).pipe(map((l) => l.items.map((h) => ({ id: h.id, naam: h.naam })))) });
  protected readonly groepId = signal('');
  protected readonly hostId = signal('');
  protected readonly startdatum = signal('');
  protected readonly formulier = new Formulier(
    { groep: T.groepLabel, host: T.hostLabel, startdatum: T.startLabel },
    { aliassen: { groepId: 'groep', hostorganisatieId: 'host' }, veldId: (v) => `administratie-${v}`, veldVanMelding: (m) => (/groep/i.test(m) ? 'groep' : /host/i.test(m) ? 'host' : null) },
  );

  open(): void {
    if (!this.formulier.controleer({
      groep: this.groepId() ? [] : [T.groepFout], host: this.hostId() ? [] : [T.hostFout], startdatum: this.startdatum() ? [] : [T.datumFout],
    })) return;
    this.formulier.verstuur(
      () => this.client.createAdministratie({ groepId: this.groepId(), hostorganisatieId: this.hostId(), startdatum: this.startdatum() }),
      (a) => void this.router.navigate(['/administraties', a.id]),
    );
  }
}
