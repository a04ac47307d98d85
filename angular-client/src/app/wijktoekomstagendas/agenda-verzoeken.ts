import { Component, computed, inject, input, signal } from '@angular/core';
import { map } from 'rxjs';
import { InstellingToezeggingDto, OrganisatiesClient, VerzoekDto, VerzoekenClient, WijktoekomstagendaDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstvak } from '../gedeeld/tekstvak';
import { formatDatum } from '../wijkbeelden/datum';
import { antwoordSoort } from './agenda-client';
import { AGENDAS_TEKSTEN as T } from './teksten';
import { ToezeggingVoortgangFormulier } from './toezegging-voortgang';
import { lopendeToezeggingen, metToezegging } from './toezeggingen';

/**
 * The team's requests to institutions of the register about this agenda: the list with their state, the outcome of
 * the promises in the answers, and a new request.
 */
@Component({
  selector: 'app-agenda-verzoeken',
  imports: [Laadblok, Tabel, TabelRij, StatusBadge, Formulierveld, VeldInvoer, Foutsamenvatting, Tekstvak, ToezeggingVoortgangFormulier],
  template: `
    <section aria-labelledby="verzoeken-kop">
      <h2 class="utrecht-heading-2" id="verzoeken-kop">{{ T.verzoeken }}</h2>
      <p class="utrecht-paragraph">{{ T.verzoekenUitleg }}</p>
      <app-laadblok [bron]="lijst" [ladenTekst]="T.verzoekenLaden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.verzoeken" [kolommen]="kolommen" [rijen]="l" [leegTekst]="T.geenVerzoeken" [sleutel]="sleutel">
          <ng-template [appTabelRij]="l" let-v>
            <th class="utrecht-table__header-cell" scope="row">{{ v.organisatieNaam }}</th>
            <td class="utrecht-table__cell lang">
              {{ v.vraag }}
              @if (v.ambitieTitel) { <br /><span class="klein">{{ T.overAmbitie }}: {{ v.ambitieTitel }}</span> }
              @if (v.antwoord) { <br /><span class="klein">{{ T.antwoord }}: {{ v.antwoord }}</span> }
              @if (v.toezeggingen.length) {
                <ul class="utrecht-unordered-list">
                  @for (z of v.toezeggingen; track z.id) {
                    <li class="utrecht-unordered-list__item">{{ z.omschrijving }} ({{ T.uiterlijk }} {{ datum(z.uiterlijk) }}, {{ T.voortgangNaam[z.voortgang] }}@if (z.verlopen) {, <strong>{{ T.verlopen }}</strong>})</li>
                  }
                </ul>
              }
            </td>
            <td class="utrecht-table__cell">{{ datum(v.verzondenOp) }}</td>
            <td class="utrecht-table__cell">{{ datum(v.uiterlijk) }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.standNaam[v.stand]" [soort]="soort(v.stand)" /></td>
          </ng-template>
        </app-tabel>
        @if (lopend().length || voortgangMelding()) {
          <h3 class="utrecht-heading-3">{{ T.voortgangTitel }}</h3>
          <p class="utrecht-paragraph">{{ T.voortgangUitleg }}</p>
          @if (voortgangMelding()) {
            <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ voortgangMelding() }}</p></div></div>
          }
          @for (x of lopend(); track x.toezegging.id) {
            <app-toezegging-voortgang [lopend]="x" (vastgelegd)="vastgelegd(x.verzoek.id, $event)" />
          } @empty { <p class="utrecht-paragraph">{{ T.geenLopendeToezeggingen }}</p> }
        }
      }

      @if (magSturen()) {
        <h3 class="utrecht-heading-3">{{ T.verzoekSturen }}</h3>
        @if (verstuurd()) {
          <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ verstuurd() }}</p></div></div>
        }
        <app-laadblok [bron]="organisaties" />
        @if (organisaties.waarde(); as orgs) {
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
          <form class="formulier" novalidate [attr.aria-label]="T.verzoekSturen" (submit)="$event.preventDefault(); stuur()">
            <app-formulierveld veldId="verzoek-organisatie" [label]="T.organisatie" [fouten]="formulier.van('organisatieId')">
              <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="organisatieId.set($any($event.target).value)">
                <option value="">{{ T.kiesOrganisatie }}</option>
                @for (o of orgs; track o.id) { <option [value]="o.id" [selected]="organisatieId() === o.id">{{ o.naam }}</option> }
              </select>
            </app-formulierveld>
            <app-formulierveld veldId="verzoek-ambitie" [label]="T.overAmbitie" [fouten]="formulier.van('ambitieId')">
              <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="ambitieId.set($any($event.target).value)">
                <option value="">{{ T.geenAmbitie }}</option>
                @for (a of agenda().ambities; track a.id) { <option [value]="a.id" [selected]="ambitieId() === a.id">{{ a.titel }}</option> }
              </select>
            </app-formulierveld>
            <app-tekstvak veldId="verzoek-vraag" [label]="T.vraag" [maxlength]="4000" [fouten]="formulier.van('vraag')" [(waarde)]="vraag" />
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.verzoekSturen }}</button>
          </form>
        }
      } @else {
        <p class="utrecht-paragraph">{{ T.verzoekenAlleenGepubliceerd }}</p>
      }
    </section>
  `,
  styles: `.klein { font-size: 0.9em; } td.lang { white-space: normal; min-inline-size: 14rem; }`,
})
export class AgendaVerzoeken {
  protected readonly T = T;
  readonly agenda = input.required<WijktoekomstagendaDto>();
  private readonly client = inject(VerzoekenClient);
  private readonly register = inject(OrganisatiesClient);
  protected readonly magSturen = computed(() => ['gepubliceerd', 'inUitvoering', 'herijking'].includes(this.agenda().status));
  protected readonly lijst = laadbaar({
    params: () => this.agenda().id,
    laad: (id) => this.client.listVerzoeken(1, 100, id, null).pipe(mapItems()),
  });
  protected readonly lopend = computed(() => lopendeToezeggingen(this.lijst.waarde() ?? []));
  protected readonly voortgangMelding = signal('');
  protected readonly organisaties = laadbaar({
    params: () => (this.magSturen() ? true : undefined),
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(mapItems()),
  });
  protected readonly kolommen: Kolom[] = [{ kop: T.organisatie }, { kop: T.vraag }, { kop: T.verzonden }, { kop: T.uiterlijk }, { kop: T.stand }];
  protected readonly sleutel = (v: VerzoekDto) => v.id;
  protected readonly soort = antwoordSoort;
  protected readonly datum = formatDatum;
  protected readonly organisatieId = signal('');
  protected readonly ambitieId = signal('');
  protected readonly vraag = signal('');
  protected readonly verstuurd = signal('');
  protected readonly formulier = new Formulier(
    { organisatieId: T.organisatie, ambitieId: T.overAmbitie, vraag: T.vraag },
    { veldId: (v) => ({ organisatieId: 'verzoek-organisatie', ambitieId: 'verzoek-ambitie', vraag: 'verzoek-vraag' })[v] },
  );

  protected vastgelegd(verzoekId: string, toezegging: InstellingToezeggingDto): void {
    this.lijst.werkBij((l) => metToezegging(l, verzoekId, toezegging));
    this.voortgangMelding.set(T.voortgangVastgelegd);
  }

  stuur(): void {
    const command = { agendaId: this.agenda().id, ambitieId: this.ambitieId() || null, organisatieId: this.organisatieId(), vraag: this.vraag().trim() };
    const ok = this.formulier.controleer({
      organisatieId: command.organisatieId ? [] : [T.organisatieVerplicht],
      vraag: command.vraag ? [] : [T.vraagVerplicht],
    });
    if (!ok) return;
    this.verstuurd.set('');
    this.formulier.verstuur(() => this.client.sendVerzoek(command), (v) => {
      this.organisatieId.set('');
      this.ambitieId.set('');
      this.vraag.set('');
      this.verstuurd.set(T.verzoekVerstuurd(formatDatum(v.uiterlijk)));
      this.lijst.werkBij((l) => [v, ...l]);
    });
  }
}

function mapItems<T>() {
  return map((p: { items: T[] }) => p.items);
}
