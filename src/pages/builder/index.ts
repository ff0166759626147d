import { defineElement } from '../../core/define.js';
import { KpmBuilder } from './builder.js';

defineElement('kpm-builder', KpmBuilder);

export { KpmBuilder };
