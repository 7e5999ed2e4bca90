/// <reference types="vite/client" />
import { buildResources, type Resources } from './buildResources';

// Bundled at build time: the app never fetches translations (it runs offline).
const modules = import.meta.glob('./*/*.json', { eager: true, import: 'default' });

export const resources: Resources = buildResources(modules);
