export * from './kode-rekening.js';
export * from './bidang.js';
export * from './sumber-dana.js';
export * from './siltap.js';
