import { html } from 'lit';
import { KpmElement } from '../../src/core/base-element.js';
import { defineElement } from '../../src/core/define.js';
import type { KpmDesaDataset } from '../../src/schema/index.js';
import { createDatasetValidator } from '../../src/schema/dataset-validator.js';
import { apbdesSchema } from '../../src/schema/entities/apbdes.js';
import { ALL_RULES } from '../../src/schema/rules/index.js';

/** The smallest real widget: what the base element gives every widget, and nothing more. */
export class KpmTestWidget extends KpmElement {
  static override dataKeys = ['apbdes'];
  // Like a real widget, it checks what it shows when it loads data itself.
  static override datasetValidator = createDatasetValidator({ collections: { apbdes: apbdesSchema }, rules: ALL_RULES });
  override renderReady(data: KpmDesaDataset) {
    return html`<h2 class="nama">${data.desa.nama}</h2>
      <p class="count">${(data.apbdes ?? []).length}</p>`;
  }
  override hasContent(data: KpmDesaDataset) {
    return (data.apbdes ?? []).length > 0;
  }
  override documentUrl(data: KpmDesaDataset) {
    return data.apbdes?.find((a) => a.dokumenUrl)?.dokumenUrl;
  }
}
defineElement('kpm-test-widget', KpmTestWidget);
