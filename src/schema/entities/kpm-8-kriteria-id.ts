/**
 * The built-in framework's id, apart from the framework itself (kpm-8-kriteria.ts): the
 * reference rules every widget runs need only the id, and in a build split into chunks
 * (dist/autoload/) importing the framework would put it into every widget's download.
 */
export const KPM_8_KRITERIA_ID = 'kpm-8-kriteria';
