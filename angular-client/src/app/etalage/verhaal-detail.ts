import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EtalageClient, EtalageStatus, EtalageverhaalDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Bijlagen, bijlagenVan } from '../gedeeld/bijlagen';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { BadgeSoort, StatusBadge } from '../gedeeld/status-badge';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { controleerVerhaal, invoerVanVerhaal, verhaalVerzoek, type VerhaalInvoer } from './etalage';
import { ETALAGE_ROLLEN } from './etalage.routes';
import { ETALAGE_TEKSTEN as T } from './teksten';
import { VerhaalBlok } from './verhaal-blok';
import { verhaalFormulier } from './verhaal-formulier';
import { VerhaalVelden } from './verhaal-velden';

const STATUS_SOORT: Record<EtalageStatus, BadgeSoort> = { genomineerd: 'warning', gepubliceerd: 'success', gearchiveerd: 'neutral' };

/**
 * One story. For the gemeente while nominated: photos to place, the story and its photos' captions and consent to
 * edit, the initiative's consent to record and the publication; once published, taking it out. A member of the
 * initiative gives the consent here too (the server checks the organisation).
 */
@Component({
  selector: 'app-verhaal-detail',
  imports: [RouterLink, Bijlagen, Foutsamenvatting, Laadblok, StatusBadge, Tekstveld, VerhaalBlok, VerhaalVelden],
  template: `
    <app-laadblok [bron]="verhaal" [ladenTekst]="T.detailLaden" />
    @if (verhaal.waarde(); as v) {
      <h1 class="utrecht-heading-1" id="detail-kop">{{ v.titel }}</h1>
      <p class="utrecht-paragraph"><app-status-badge [tekst]="T.statusNaam[v.status]" [soort]="statusSoort[v.status]" /></p>
      @if (melding(); as m) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ m }}</p></div></div>
      }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      @if (bewerken() && invoer(); as i) {
        <form class="formulier" novalidate aria-labelledby="detail-kop" (submit)="$event.preventDefault(); sla(v)">
          <app-verhaal-velden [invoer]="i" (invoerChange)="invoer.set($event)" [formulier]="formulier" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.opslaan }}</button>
          </div>
        </form>
      } @else {
        <app-verhaal-blok [verhaal]="v" [slug]="slug()!" />
      }

      @if (v.status === 'genomineerd' || v.toestemming) {
        <h2 class="utrecht-heading-2" id="toestemming-kop">{{ T.toestemmingKop }}</h2>
        @if (v.toestemming; as t) {
          <p class="utrecht-paragraph">{{ T.toestemmingGegeven(t.door, datum(t.op)) }}</p>
        } @else {
          <p class="utrecht-paragraph">{{ T.toestemmingNogNiet }}</p>
        }
        @if (v.status === 'genomineerd' && !v.toestemming && magToestemmen() && !bewerken()) {
          <form class="formulier" novalidate aria-labelledby="toestemming-kop" (submit)="$event.preventDefault(); geefToestemming(v)">
            <app-tekstveld veldId="verhaal-door" [label]="T.toestemmingDoorLabel" [uitleg]="T.toestemmingDoorUitleg" [verplicht]="true" autocomplete="off"
              [maxlength]="200" [fouten]="formulier.van('door')" [waarde]="door()" (waardeChange)="door.set($event)" />
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">{{ T.toestemmingOpslaan }}</button>
            </div>
          </form>
        }
      }

      @if (isGemeente()) {
        @if (v.status === 'genomineerd') {
          @if (!bewerken()) {
            <app-bijlagen [bron]="fotos()" [titel]="T.fotosKop" [magPlaatsen]="true" />
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="bewerk(v)">{{ T.wijzigen }}</button>
            </div>
            <p class="utrecht-paragraph uitleg">{{ T.publicerenUitleg }}</p>
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="publiceer(v)">
                {{ T.publiceren }}</button>
            </div>
          }
        } @else if (v.status === 'gepubliceerd') {
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="archiveer(v)">
              {{ T.archiveren }}</button>
          </div>
        }
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/etalage" [queryParams]="sessie.tenant() ? {} : { gemeente: slug() }">{{ T.terug }}</a></p>
    }
  `,
  styles: `.uitleg { max-inline-size: 70ch; }`,
})
export class VerhaalDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  private readonly eigen = inject(EtalageClient);
  private readonly bijlagen = bijlagenVan();
  protected readonly slug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  private readonly client = computed(() => (this.sessie.tenant() || !this.slug() ? this.eigen : new EtalageClient(this.http, publiekeBasis(this.slug()!))));
  protected readonly verhaal = laadbaar({ params: () => ({ c: this.client(), id: this.id() }), laad: ({ c, id }) => c.getEtalageverhaal(id) });
  protected readonly fotos = computed(() => this.bijlagen(`/etalage/${encodeURIComponent(this.id())}`));
  protected readonly isGemeente = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...ETALAGE_ROLLEN.gemeente));
  protected readonly magToestemmen = computed(() => this.isGemeente() || (!!this.sessie.tenant() && this.sessie.heeftRol(...ETALAGE_ROLLEN.toestemmers)));
  protected readonly formulier = verhaalFormulier();
  protected readonly bewerken = signal(false);
  protected readonly invoer = signal<VerhaalInvoer | null>(null);
  protected readonly door = signal('');
  protected readonly melding = signal<string | null>(null);
  protected readonly statusSoort = STATUS_SOORT;
  protected readonly datum = formatDatum;

  protected bewerk(v: EtalageverhaalDto): void {
    this.melding.set(null);
    this.fotos().lijst().subscribe((geplaatst) => {
      this.invoer.set(invoerVanVerhaal(v, geplaatst));
      this.bewerken.set(true);
    });
  }

  protected sla(v: EtalageverhaalDto): void {
    const invoer = this.invoer();
    if (!invoer) return;
    const fouten = controleerVerhaal(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.fout[fout]]])))) return;
    this.formulier.verstuur(() => this.eigen.updateEtalageverhaal(v.id, verhaalVerzoek(invoer)), (nieuw) => this.klaar(nieuw));
  }

  protected geefToestemming(v: EtalageverhaalDto): void {
    const door = this.door().trim();
    if (!this.formulier.controleer({ door: door ? [] : [T.fout.door] })) return;
    this.formulier.verstuur(() => this.eigen.giveEtalageToestemming(v.id, { door }), (nieuw) => { this.door.set(''); this.klaar(nieuw); });
  }

  protected publiceer(v: EtalageverhaalDto): void {
    this.formulier.verstuur(() => this.eigen.publishEtalageverhaal(v.id), (nieuw) => this.klaar(nieuw));
  }

  protected archiveer(v: EtalageverhaalDto): void {
    this.formulier.verstuur(() => this.eigen.archiveEtalageverhaal(v.id), (nieuw) => this.klaar(nieuw));
  }

  private klaar(nieuw: EtalageverhaalDto): void {
    this.bewerken.set(false);
    this.verhaal.werkBij(() => nieuw);
    this.melding.set(T.gelukt);
  }
}
