#!/usr/bin/env node
// The `kring` bin: the built CLI (dist/, from `pnpm build:packages`) on plain Node ≥ 20.19. Inside the
// workspace, `pnpm kring …` runs the TypeScript sources through tsx instead, with no build step.
import '../dist/main.js';
