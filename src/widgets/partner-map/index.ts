import { defineElement } from '../../core/define.js';
import { KpmPartnerMap } from './partner-map.js';

export { KpmPartnerMap };
export { partnerStrings, PARTNER_VIEWS, type PartnerStrings, type PartnerView } from './strings.js';
defineElement('kpm-partner-map', KpmPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-partner-map': KpmPartnerMap;
  }
}
