import { Component, computed, inject, input, output, signal } from '@angular/core';
import { GebiedenClient, LedenClient, OrganisatiesClient, Panelrol, VisitatieDto, VisitatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Tekstvak } from '../gedeeld/tekstvak';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { PanellidFout, PanellidInvoer, controleerPanellid } from './visitatie';
import { VISITATIES_ROLLEN } from './visitaties.routes';

const LEEG: PanellidInvoer = { gebruiker: '', rol: '', woonwijk: '', organisaties: [], belang: '' };
const ROLLEN: readonly Panelrol[] = ['bewoner', 'raadslid', 'collega'];

/**
 * The panel: who sits on it and in which seat; while the visitatie is planned the gemeente proposes members with what
 * they declared, takes one off again, and confirms the panel (the server checks the composition rules).
 */
@Component({
  selector: 'app-panel-sectie',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Keuzeveld, Tekstvak],
  template: `
    @let v = visitatie();
    <h2 class="utrecht-heading-2" id="panel-kop">{{ T.panelKop }}</h2>
    @if (v.panel.length) {
      <ul class="utrecht-unordered-list">
        @for (p of v.panel; track p.gebruikerId) {
          <li class="utrecht-unordered-list__item">
            {{ p.naam }}, {{ T.rolNaam[p.rol] }}
            @if (samenstellen()) {
              <button type="button" class="utrecht-button utrecht-button--subtle" (click)="haalWeg(p.gebruikerId)">{{ T.uitPanel(p.naam) }}</button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="utrecht-paragraph">{{ T.geenPanel }}</p>
    }
    @if (samenstellen()) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <p class="utrecht-paragraph uitleg">{{ T.panelBevestigenUitleg }}</p>
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="bevestig()">
          {{ T.panelBevestigen }}</button>
      </div>
      <h3 class="utrecht-heading-3" id="panellid-kop">{{ T.panellidKop }}</h3>
      <p class="utrecht-paragraph uitleg">{{ T.panellidUitleg }}</p>
      @if (magLedenKiezen()) {
        <form class="formulier" novalidate aria-labelledby="panellid-kop" (submit)="$event.preventDefault(); stelVoor($any($event.target))">
          <app-keuzeveld veldId="panellid-gebruiker" [label]="T.gebruikerLabel" [leeg]="T.kies" [keuzes]="ledenKeuzes()" [fouten]="formulier.van('gebruiker')"
            [waarde]="p().gebruiker" (waardeChange)="zet('gebruiker', $event)" />
          <app-keuzeveld veldId="panellid-rol" [label]="T.rolLabel" [leeg]="T.kies" [keuzes]="rolKeuzes" [fouten]="formulier.van('rol')"
            [waarde]="p().rol" (waardeChange)="zet('rol', $any($event))" />
          <app-keuzeveld veldId="panellid-woonwijk" [label]="T.woonwijkLabel" [uitleg]="T.woonwijkUitleg" [leeg]="T.geenKeuze" [keuzes]="wijkKeuzes()"
            [fouten]="formulier.van('woonwijk')" [waarde]="p().woonwijk" (waardeChange)="zet('woonwijk', $event)" />
          <app-veldgroep veldId="panellid-organisaties" [legenda]="T.organisatiesLabel">
            @for (o of organisatieKeuzes(); track o.id) {
              <app-formulierveld soort="checkbox" [veldId]="'panellid-organisatie-' + o.id" [label]="o.naam">
                <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input"
                  [checked]="p().organisaties.includes(o.id)" (change)="wissel(o.id, $any($event.target).checked)" />
              </app-formulierveld>
            }
          </app-veldgroep>
          <app-tekstvak veldId="panellid-belang" [label]="T.belangLabel" [uitleg]="T.belangUitleg" [maxlength]="1000" [regels]="2"
            [waarde]="p().belang" (waardeChange)="zet('belang', $event)" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.voorstellen }}</button>
          </div>
        </form>
      } @else {
        <p class="utrecht-paragraph">{{ T.ledenAlleenBeheerder }}</p>
      }
    }
  `,
  styles: `.uitleg { max-inline-size: 70ch; }`,
})
export class PanelSectie {
  protected readonly T = T;
  readonly visitatie = input.required<VisitatieDto>();
  readonly bijgewerkt = output<VisitatieDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VisitatiesClient);
  private readonly ledenClient = inject(LedenClient);
  private readonly gebiedenClient = inject(GebiedenClient);
  private readonly organisatiesClient = inject(OrganisatiesClient);
  protected readonly samenstellen = computed(() =>
    this.visitatie().status === 'gepland' && this.visitatie().kant === 'gemeente' && this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente));
  protected readonly magLedenKiezen = computed(() => this.sessie.heeftRol(...VISITATIES_ROLLEN.ledenKiezen));
  private readonly leden = laadbaar({ params: () => (this.samenstellen() && this.magLedenKiezen() ? true : undefined), laad: () => this.ledenClient.listLeden(1, 100) });
  private readonly wijken = laadbaar({ params: () => (this.samenstellen() ? true : undefined), laad: () => this.gebiedenClient.listGebieden(1, 100, 'wijk', null) });
  private readonly organisaties = laadbaar({
    params: () => (this.samenstellen() ? true : undefined), laad: () => this.organisatiesClient.listOrganisaties(1, 100, null, null, null),
  });
  protected readonly ledenKeuzes = computed(() => {
    const inPanel = new Set(this.visitatie().panel.map((p) => p.gebruikerId));
    return (this.leden.waarde()?.items ?? []).filter((l) => !inPanel.has(l.gebruikerId)).map((l) => ({ id: l.gebruikerId, naam: l.naam }));
  });
  protected readonly wijkKeuzes = computed(() => (this.wijken.waarde()?.items ?? []).map((g) => ({ id: g.id, naam: g.naam ?? g.code })));
  protected readonly organisatieKeuzes = computed(() => (this.organisaties.waarde()?.items ?? []).map((o) => ({ id: o.id, naam: o.naam })));
  protected readonly rolKeuzes = ROLLEN.map((r) => ({ id: r, naam: T.rolNaam[r] }));
  protected readonly p = signal<PanellidInvoer>(LEEG);
  protected readonly formulier = new Formulier<PanellidFout>(
    { gebruiker: T.gebruikerLabel, rol: T.rolLabel, woonwijk: T.woonwijkLabel },
    {
      aliassen: { gebruikerId: 'gebruiker', woonwijkId: 'woonwijk' },
      veldId: (v) => `panellid-${v}`,
      veldVanMelding: (m) => (/woont|wijk/.test(m) ? 'woonwijk' : /raadslid|collega|professional|zetel/.test(m) ? 'rol' : /lid van|belang|organisatie/.test(m) ? 'gebruiker' : null),
    },
  );

  protected zet<K extends keyof PanellidInvoer>(veld: K, waarde: PanellidInvoer[K]): void {
    this.p.update((p) => ({ ...p, [veld]: waarde }));
  }

  protected wissel(organisatie: string, aan: boolean): void {
    this.p.update((p) => ({ ...p, organisaties: aan ? [...p.organisaties.filter((o) => o !== organisatie), organisatie] : p.organisaties.filter((o) => o !== organisatie) }));
  }

  /** Resets the form element too, so the emptied fields do not show as wrongly filled in (:user-invalid). */
  protected stelVoor(form: HTMLFormElement): void {
    const invoer = this.p();
    const fouten = controleerPanellid(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.fout[fout]]])))) return;
    this.formulier.verstuur(
      () => this.client.addPanellid(this.visitatie().id, {
        gebruikerId: invoer.gebruiker, rol: invoer.rol as Panelrol, woonwijkId: invoer.woonwijk || null, organisatieIds: invoer.organisaties,
        belang: invoer.belang.trim() || null,
      }),
      (v) => {
        form.reset();
        this.p.set(LEEG);
        this.bijgewerkt.emit(v);
      },
    );
  }

  protected haalWeg(gebruikerId: string): void {
    this.formulier.verstuur(() => this.client.removePanellid(this.visitatie().id, gebruikerId), (v) => this.bijgewerkt.emit(v));
  }

  protected bevestig(): void {
    this.formulier.verstuur(() => this.client.confirmPanel(this.visitatie().id), (v) => this.bijgewerkt.emit(v));
  }
}
