import { defineElement } from '../../core/define.js';
import { KpmData } from './kpm-data.js';

export { KpmData };
defineElement('kpm-data', KpmData);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-data': KpmData;
  }
}
