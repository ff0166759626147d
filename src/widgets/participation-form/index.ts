import { defineElement } from '../../core/define.js';
import { KpmParticipationForm } from './participation-form.js';

export { KpmParticipationForm };
export type { KpmSubmitDetail, SubmitOutcome } from './participation-form.js';
export { formStrings, type FormStrings } from './strings.js';
defineElement('kpm-participation-form', KpmParticipationForm);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-participation-form': KpmParticipationForm;
  }
}
