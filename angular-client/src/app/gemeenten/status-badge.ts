import { Component, computed, input } from '@angular/core';
import { ProvisioningStatus } from '../api/api-client';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

/** The provisioning status as an NL Design System status badge (text, not colour alone). */
@Component({
  selector: 'app-status-badge',
  template: `<span class="utrecht-status-badge" [class]="klasse()">{{ tekst() }}</span>`,
})
export class StatusBadge {
  readonly status = input.required<ProvisioningStatus | undefined>();
  protected readonly tekst = computed(() => T.status[this.status() ?? 'pending'] ?? this.status());
  protected readonly klasse = computed(() => {
    switch (this.status()) {
      case 'done': return 'utrecht-status-badge utrecht-status-badge--success';
      case 'failed': return 'utrecht-status-badge utrecht-status-badge--danger';
      case 'running': return 'utrecht-status-badge utrecht-status-badge--warning';
      default: return 'utrecht-status-badge utrecht-status-badge--neutral';
    }
  });
}
