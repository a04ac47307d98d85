import { Component, ElementRef, OnDestroy, effect, input, viewChild } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { CijferDto } from '../api/api-client';
import { grafiekData } from './cijfers';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const KLEUREN = ['#01689b', '#8fcae7', '#6d6d6d'];

/** A horizontal bar chart of one lens (wijk, gemeente, previous year). Its text alternative is the table beside it. */
@Component({
  selector: 'app-cijfergrafiek',
  template: `<div class="grafiek" [style.height.px]="hoogte()"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `.grafiek { position: relative; inline-size: 100%; max-inline-size: 48rem; }`,
})
export class Cijfergrafiek implements OnDestroy {
  readonly cijfers = input.required<readonly CijferDto[]>();
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private grafiek?: Chart;
  protected readonly hoogte = () => 80 + this.cijfers().length * 70;

  constructor() {
    effect(() => {
      const data = grafiekData(this.cijfers());
      const canvas = this.canvas().nativeElement;
      this.grafiek?.destroy();
      this.grafiek = new Chart(canvas, {
        type: 'bar',
        data: { labels: data.labels, datasets: data.datasets.map((d, i) => ({ ...d, backgroundColor: KLEUREN[i], borderColor: KLEUREN[i] })) },
        options: {
          indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false, locale: 'nl-NL',
          scales: { y: { ticks: { color: '#333', autoSkip: false } }, x: { ticks: { color: '#333' } } },
          plugins: { legend: { position: 'bottom', labels: { color: '#333' } } },
        },
      });
    });
  }

  ngOnDestroy(): void {
    this.grafiek?.destroy();
  }
}
