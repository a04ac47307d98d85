import { Component, ElementRef, OnDestroy, effect, inject, input, viewChild } from '@angular/core';
import * as L from 'leaflet';
import { KAARTTEGELS } from './kaart-config';
import { Markering, grenzen } from './plekken';

const STATUSKLEUR: Record<string, string> = { actief: '#2e7d32', bedreigd: '#b35900', gesloten: '#6d6d6d', beschikbaar: '#01689b' };

/**
 * A Leaflet map of the places with coordinates, as circle markers (no icon images, nothing from a CDN). Tiles only
 * when configured (KAARTTEGELS). The table of places beside it is the text alternative.
 */
@Component({
  selector: 'app-plekkenkaart',
  template: `<div #kaart class="kaart" role="region" [attr.aria-label]="label()"></div>`,
  styles: `.kaart { block-size: 20rem; inline-size: 100%; background: #eef3f6; border: 1px solid #ccc; }`,
})
export class Plekkenkaart implements OnDestroy {
  readonly markeringen = input.required<readonly Markering[]>();
  readonly label = input.required<string>();
  private readonly element = viewChild.required<ElementRef<HTMLElement>>('kaart');
  private readonly tegels = inject(KAARTTEGELS);
  private kaart?: L.Map;

  constructor() {
    effect(() => {
      const m = this.markeringen();
      this.kaart?.remove();
      const kaart = L.map(this.element().nativeElement, { zoomControl: false, attributionControl: !!this.tegels, keyboard: false });
      L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(kaart);
      if (this.tegels) L.tileLayer(this.tegels, { maxZoom: 19 }).addTo(kaart);
      for (const p of m) {
        const kleur = STATUSKLEUR[p.status] ?? '#01689b';
        L.circleMarker([p.breedtegraad, p.lengtegraad], { radius: 9, color: '#000', weight: 2, fillColor: kleur, fillOpacity: 0.9 })
          .bindTooltip(p.naam)
          .addTo(kaart);
      }
      const g = grenzen(m);
      if (g) kaart.fitBounds(g, { padding: [30, 30], maxZoom: 16 });
      else kaart.setView([52.1, 5.1], 7);
      this.kaart = kaart;
    });
  }

  ngOnDestroy(): void {
    this.kaart?.remove();
  }
}
