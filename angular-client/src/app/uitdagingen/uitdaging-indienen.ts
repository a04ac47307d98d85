import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { GebiedenClient, OrganisatiesClient, ParticipatieverordeningenClient, UitdagingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SOORTEN_VAN_BEWONERS } from '../organisaties/organisatie-namen';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { UitdagingInvoer, UitdagingVeld, controleerUitdaging, uitdagingVeldVanMelding, uitdagingVerzoek } from './uitdaging';
import { UITDAGINGEN_ROLLEN } from './uitdagingen.routes';

const LEEG: UitdagingInvoer = { organisatieId: '', groepsnaam: '', contactnaam: '', contactEmail: '', taak: '', wijkId: '', voorstel: '', bedrag: '', van: '', tot: '' };


/**
 * Submitting a challenge: who challenges (a bewonersorganisatie, or, when the gemeente submits for them, a group of
 * residents with a contact that is never published), the task to take over, the wijk, why the residents do it better,
 * the budget asked and the period. The excluded tasks are shown above the field; a task the verordening excludes is
 * refused by the server at the field, naming the exclusion.
 */
@Component({
  selector: 'app-uitdaging-indienen',
  imports: [RouterLink, Foutsamenvatting, Keuzeveld, Laadblok, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="indienen-kop">{{ T.indienenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.indienenUitleg }}</p>
    @if (verordening.waarde(); as v) {
      <div class="utrecht-alert utrecht-alert--info">
        <p class="utrecht-paragraph"><strong>{{ T.uitgeslotenKop }}:</strong> {{ v.uitgeslotenTaken.length ? v.uitgeslotenTaken.join(', ') : T.geenUitgesloten }}</p>
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/uitdagingen">{{ T.criteriaKop }}</a></p>
      </div>
    }
    <app-laadblok [bron]="organisaties" [ladenTekst]="T.organisatiesLaden" />
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="indienen-kop" (submit)="$event.preventDefault(); dien()">
      <app-keuzeveld veldId="uitdaging-organisatie" [label]="T.organisatie" [uitleg]="T.organisatieUitleg" [leeg]="geenOrganisatie()"
        [keuzes]="bewoners()" [fouten]="formulier.van('organisatie')" [waarde]="u().organisatieId" (waardeChange)="zet('organisatieId', $event)" />
      <app-tekstveld veldId="uitdaging-groepsnaam" [label]="T.groepsnaam" [uitleg]="T.groepsnaamUitleg" autocomplete="off" [maxlength]="200"
        [fouten]="formulier.van('groepsnaam')" [waarde]="u().groepsnaam" (waardeChange)="zet('groepsnaam', $event)" />
      <app-tekstveld veldId="uitdaging-contactnaam" [label]="T.contactnaam" [uitleg]="T.contactUitleg" autocomplete="name" [maxlength]="200"
        [fouten]="formulier.van('contactnaam')" [waarde]="u().contactnaam" (waardeChange)="zet('contactnaam', $event)" />
      <app-tekstveld veldId="uitdaging-contactEmail" type="email" [label]="T.contactEmail" autocomplete="email" [maxlength]="254"
        [fouten]="formulier.van('contactEmail')" [waarde]="u().contactEmail" (waardeChange)="zet('contactEmail', $event)" />
      <app-tekstveld veldId="uitdaging-taak" [label]="T.taakLabel" [uitleg]="T.taakUitleg" autocomplete="off" [maxlength]="300" [verplicht]="true"
        [fouten]="formulier.van('taak')" [waarde]="u().taak" (waardeChange)="zet('taak', $event)" />
      <app-keuzeveld veldId="uitdaging-wijk" [label]="T.wijkLabel" [leeg]="T.geenWijk" [keuzes]="wijken.waarde() ?? []" [fouten]="formulier.van('wijk')"
        [waarde]="u().wijkId" (waardeChange)="zet('wijkId', $event)" />
      <app-tekstvak veldId="uitdaging-voorstel" [label]="T.voorstelLabel" [uitleg]="T.voorstelUitleg" [maxlength]="20000" [regels]="8"
        [fouten]="formulier.van('voorstel')" [waarde]="u().voorstel" (waardeChange)="zet('voorstel', $event)" />
      <app-tekstveld veldId="uitdaging-bedrag" [label]="T.bedragLabel" [uitleg]="T.euroUitleg" autocomplete="off" [verplicht]="true"
        [fouten]="formulier.van('bedrag')" [waarde]="u().bedrag" (waardeChange)="zet('bedrag', $event)" />
      <div class="naast">
        <app-tekstveld veldId="uitdaging-van" type="date" [label]="T.van" [verplicht]="true" [fouten]="formulier.van('van')"
          [waarde]="u().van" (waardeChange)="zet('van', $event)" />
        <app-tekstveld veldId="uitdaging-tot" type="date" [label]="T.tot" [verplicht]="true" [fouten]="formulier.van('tot')"
          [waarde]="u().tot" (waardeChange)="zet('tot', $event)" />
      </div>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.indienen }}</button>
      </div>
    </form>
  `,
  styles: `.naast { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }`,
})
export class UitdagingIndienen {
  protected readonly T = T;
  private readonly router = inject(Router);
  private readonly sessie = inject(Sessie);
  private readonly client = inject(UitdagingenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly verordeningen = inject(ParticipatieverordeningenClient);
  protected readonly verordening = laadbaar({ laad: () => this.verordeningen.getParticipatieverordening() });
  protected readonly organisaties = laadbaar({
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => l.items.filter((o) => o.status === 'actief' && SOORTEN_VAN_BEWONERS.includes(o.soort)))),
  });
  protected readonly bewoners = computed(() => (this.organisaties.waarde() ?? []).map((o) => ({ id: o.id, naam: o.naam })));
  protected readonly wijken = laadbaar({ laad: () => this.gebieden.listGebieden(1, 100, 'wijk', null).pipe(map((p) => p.items.map((w) => ({ id: w.id, naam: w.weergavenaam })))) });
  /** Only the gemeente submits for a group without an organisation; a member of a bewonersorganisatie chooses its own. */
  protected readonly geenOrganisatie = computed(() => (this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.behandelen) ? T.geenOrganisatie : T.kies));
  protected readonly u = signal<UitdagingInvoer>(LEEG);
  protected readonly formulier = new Formulier<UitdagingVeld>(
    {
      organisatie: T.organisatie, groepsnaam: T.groepsnaam, contactnaam: T.contactnaam, contactEmail: T.contactEmail, taak: T.taakLabel, wijk: T.wijkLabel,
      voorstel: T.voorstelLabel, bedrag: T.bedragLabel, van: T.van, tot: T.tot,
    },
    { aliassen: { organisatieId: 'organisatie', wijkId: 'wijk', bedragEurocent: 'bedrag' }, veldId: (v) => `uitdaging-${v}`, veldVanMelding: uitdagingVeldVanMelding },
  );

  protected zet<K extends keyof UitdagingInvoer>(veld: K, waarde: UitdagingInvoer[K]): void {
    this.u.update((u) => ({ ...u, [veld]: waarde }));
  }

  dien(): void {
    const invoer = this.u();
    const fouten = controleerUitdaging(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.uitdagingFout[fout]]])))) return;
    this.formulier.verstuur(() => this.client.submitUitdaging(uitdagingVerzoek(invoer)), (x) => void this.router.navigate(['/uitdagingen', x.id]));
  }
}
