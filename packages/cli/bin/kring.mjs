#!/usr/bin/env node
// The `kring` bin: runs the TypeScript sources through tsx's loader (no build step in this monorepo).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
